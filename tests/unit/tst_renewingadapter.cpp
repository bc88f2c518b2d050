// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/adapterfactory.h"
#include "adapters/imagelistloader.h"
#include "cli/clidownload.h"
#include "democloud/democloud.h"
#include "democloud/demohttp.h"
#include "identity/cloudsession.h"
#include "identity/keystoneauthenticator.h"
#include "identity/renewingadapter.h"
#include "support/fakeidentity.h"
#include "support/signinfixture.h"
#include "support/testjobs.h"

#include <QBuffer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::FakeIdentity;
using Skylight::Test::waitForJob;
using Skylight::Test::why;

// The one place a refused token is renewed: the adapter a CloudSession hands out. Against a fake
// identity service (it counts the tokens it issues) and the demo cloud (it takes one token at a
// time: setToken() revokes the others, as an operator revoking a token would).
class TestRenewingAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void requestsRefusedAtOnceShareOneRenewal();
    void aListingRefusedMidwayGoesOn();
    void anOlderTokenRefusedLaterIsNotRenewedAgain();
    void refusedAgainIsReportedNeverLooped();
    void abortedWhileWaitingForTheToken();
    void signedOutWhileWaitingForTheToken();
    void signingOutEndsTheRequestsUnderWay();
    void aTokenGivenOnItsOwnCannotBeRenewed();
    void aDownloadRefusedAfterItsShowIsRenewedAndResumes();

private:
    std::unique_ptr<CloudSession> signedIn();
    // Requests for image lists the demo cloud has answered (or refused).
    int listRequests() const;

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<DemoCloud> m_demo;
    std::unique_ptr<FakeIdentity> m_identity;
    QDateTime m_now;
};

void TestRenewingAdapter::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_demo = std::make_unique<DemoCloud>();
    m_identity = std::make_unique<FakeIdentity>();
    QVERIFY(Test::startCloudBehindIdentity(*m_demo, *m_identity));
    m_now = QDateTime::currentDateTimeUtc();
}

void TestRenewingAdapter::cleanup()
{
    m_identity.reset();
    m_demo.reset();
    m_nam.reset();
}

std::unique_ptr<CloudSession> TestRenewingAdapter::signedIn()
{
    CloudProfile profile = Test::passwordProfile(*m_identity, u"renewing"_s);
    KeystoneAuthenticator::setSecret(profile.auth, QString::fromLatin1(FakeIdentity::kPassword));
    auto session = std::make_unique<CloudSession>(m_nam.get(), profile, nullptr, TransportOptions(),
                                                  [this] { return m_now; });
    QSignalSpy ready(session.get(), &CloudSession::ready);
    session->signIn();
    if (!ready.wait(15000) || !qobject_cast<RenewingAdapter*>(session->adapter()))
        return {};
    return session;
}

int TestRenewingAdapter::listRequests() const
{
    int count = 0;
    for (const DemoRequest& request : m_demo->requests())
        count += request.url.path().endsWith(u"/v2/images"_s) ? 1 : 0;
    return count;
}

void TestRenewingAdapter::requestsRefusedAtOnceShareOneRenewal()
{
    auto session = signedIn();
    QVERIFY(session);
    ImageAdapter* adapter = session->adapter();
    m_demo->setToken("fake-token-2"); // the first token is revoked
    QSignalSpy states(session.get(), &CloudSession::stateChanged);
    QList<ImageListJob*> lists;
    QList<ImageShowJob*> shows;
    for (int i = 0; i < 3; ++i) {
        lists << adapter->list(PageRequest{});
        shows << adapter->show(u"70a599e0-31e7-49b7-b260-868f441e862b"_s);
    }
    for (ImageListJob* job : std::as_const(lists)) {
        QVERIFY(waitForJob(job));
        QVERIFY2(job->result().has_value(), why(job->result()).constData());
    }
    for (ImageShowJob* job : std::as_const(shows)) {
        QVERIFY(waitForJob(job));
        QVERIFY2(job->result().has_value() || job->result().error().kind == ApiError::Kind::NotFound,
                 why(job->result()).constData());
    }
    QCOMPARE(m_identity->tokensIssued(), 2); // six refusals, one sign-in
    int signIns = 0;
    for (const QList<QVariant>& state : std::as_const(states))
        signIns += state.at(0).value<CloudSession::State>() == CloudSession::State::SigningIn ? 1 : 0;
    QCOMPARE(signIns, 1);
    QCOMPARE(session->adapter(), adapter);
    QCOMPARE(session->state(), CloudSession::State::SignedIn);
}

void TestRenewingAdapter::aListingRefusedMidwayGoesOn()
{
    auto session = signedIn();
    QVERIFY(session);
    ImageListLoader loader(session->adapter());
    QList<QString> ids;
    connect(&loader, &ImageListLoader::pageLoaded, this, [&](const QList<ImageRecord>& page) {
        for (const ImageRecord& record : page)
            ids << record.id;
        if (ids.size() <= 2) // revoked after the first page, while the next ones are asked for
            m_demo->setToken("fake-token-2");
    });
    QSignalSpy finished(&loader, &ImageListLoader::finished);
    PageRequest first;
    first.limit = 2;
    loader.start(first, -1, true);
    QVERIFY(finished.wait(15000));
    QVERIFY2(!loader.error(), loader.error() ? qPrintable(loader.error()->describe()) : "");
    QCOMPARE(m_identity->tokensIssued(), 2);
    QVERIFY(ids.size() > 2);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size()); // no page twice
}

void TestRenewingAdapter::anOlderTokenRefusedLaterIsNotRenewedAgain()
{
    // A request sent with the first token is refused after another request's renewal has ended:
    // it is sent again with the new token at once, without signing in a third time (which the
    // session would refuse: the token was just issued).
    auto session = signedIn();
    QVERIFY(session);
    ImageAdapter* adapter = session->adapter();
    const int first = adapter->tokenGeneration();
    m_demo->setToken("fake-token-2");
    std::optional<std::optional<ApiError>> renewed;
    adapter->renewToken(first, this, [&](const std::optional<ApiError>& failure) { renewed = failure; });
    QTRY_VERIFY_WITH_TIMEOUT(renewed.has_value(), 15000);
    QVERIFY(!*renewed);
    QCOMPARE(m_identity->tokensIssued(), 2);
    QVERIFY(adapter->tokenGeneration() != first);

    std::optional<std::optional<ApiError>> late;
    adapter->renewToken(first, this, [&](const std::optional<ApiError>& failure) { late = failure; });
    QVERIFY(!late); // from the event loop, never from inside the call
    QTRY_VERIFY_WITH_TIMEOUT(late.has_value(), 5000);
    QVERIFY(!*late);
    QCOMPARE(m_identity->tokensIssued(), 2);
    QCOMPARE(session->state(), CloudSession::State::SignedIn);
}

void TestRenewingAdapter::refusedAgainIsReportedNeverLooped()
{
    auto session = signedIn();
    QVERIFY(session);
    m_demo->setToken("never-valid"); // the image service refuses every token
    const int before = listRequests();
    ImageListJob* job = session->adapter()->list(PageRequest{});
    QVERIFY(waitForJob(job));
    QVERIFY(!job->result());
    QCOMPARE(job->result().error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(m_identity->tokensIssued(), 2); // one renewal, then the refusal is the answer
    QCOMPARE(listRequests() - before, 2);    // sent, refused, sent once more with the new token

    ImageListJob* next = session->adapter()->list(PageRequest{});
    QVERIFY(waitForJob(next));
    QVERIFY(!next->result());
    QVERIFY2(next->result().error().message.contains(u"just issued"_s), why(next->result()).constData());
    QCOMPARE(m_identity->tokensIssued(), 2);
}

void TestRenewingAdapter::abortedWhileWaitingForTheToken()
{
    auto session = signedIn();
    QVERIFY(session);
    m_demo->setToken("fake-token-2");
    ImageListJob* job = session->adapter()->list(PageRequest{});
    QSignalSpy finished(job, &ApiJob::finished);
    connect(session.get(), &CloudSession::stateChanged, job, [job](CloudSession::State state) {
        if (state == CloudSession::State::SigningIn) // refused: the renewal starts
            job->abort();
    });
    QSignalSpy ready(session.get(), &CloudSession::ready);
    QVERIFY(finished.wait(15000));
    QCOMPARE(job->result().error().kind, ApiError::Kind::Cancelled);
    const int requests = listRequests();
    QVERIFY(ready.count() > 0 || ready.wait(15000)); // the renewal ends; the aborted request stays unsent
    QTest::qWait(200);
    QCOMPARE(listRequests(), requests);
    QCOMPARE(finished.count(), 1);
}

void TestRenewingAdapter::signedOutWhileWaitingForTheToken()
{
    auto session = signedIn();
    QVERIFY(session);
    m_demo->setToken("fake-token-2");
    ImageListJob* job = session->adapter()->list(PageRequest{});
    CloudSession* cloud = session.get();
    // The job goes with its adapter, which the session deletes later (possibly before the job's
    // queued finished() is delivered): its result is read as forget() returns, when it is set.
    std::optional<Result<ImagePage>> result;
    connect(cloud, &CloudSession::stateChanged, this, [cloud, job, &result](CloudSession::State state) {
        if (state != CloudSession::State::SigningIn || result) // refused: the renewal starts
            return;
        cloud->forget();
        if (job->isFinished())
            result = job->result();
    });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY(!*result);
    QCOMPARE(result->error().kind, ApiError::Kind::Unauthorized);
    QVERIFY2(result->error().message.contains(u"signed out"_s), why(*result).constData());
    QTest::qWait(200);
    QCOMPARE(session->state(), CloudSession::State::SignedOut); // and it stays signed out
}

void TestRenewingAdapter::signingOutEndsTheRequestsUnderWay()
{
    // Sent, not answered yet, and the cloud is signed out: the request ends Cancelled at once, so
    // its answer (which may still arrive) drives nothing with the old token.
    auto session = signedIn();
    QVERIFY(session);
    ImageShowJob* job = session->adapter()->show(u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s);
    std::optional<Result<ImageRecord>> result;
    job->then(this, [&result](const Result<ImageRecord>& record) { result = record; });
    session->forget();
    QVERIFY(job->isFinished()); // at once, before any answer can be read
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
    QVERIFY(!*result);
    QCOMPARE(result->error().kind, ApiError::Kind::Cancelled);
}

void TestRenewingAdapter::aTokenGivenOnItsOwnCannotBeRenewed()
{
    // An adapter made from a token and an address (no session): a refusal is the answer.
    ServiceEndpoint endpoint;
    endpoint.url = m_demo->endpoint(Dialect::GlanceV2);
    endpoint.token = "revoked";
    const auto made =
        createImageAdapter(Dialect::GlanceV2, m_nam.get(), endpoint, TransportOptions(), nullptr);
    QVERIFY(made.has_value());
    std::unique_ptr<ImageAdapter> adapter(*made);
    std::optional<std::optional<ApiError>> renewed;
    adapter->renewToken(adapter->tokenGeneration(), this,
                        [&](const std::optional<ApiError>& failure) { renewed = failure; });
    QTRY_VERIFY_WITH_TIMEOUT(renewed.has_value(), 5000);
    QVERIFY(renewed->has_value());
    QCOMPARE((*renewed)->kind, ApiError::Kind::Unauthorized);
    QVERIFY((*renewed)->message.contains(u"cannot be renewed"_s));
}

void TestRenewingAdapter::aDownloadRefusedAfterItsShowIsRenewedAndResumes()
{
    // The token is revoked between the image's details and its bytes: the download asks the
    // adapter for the renewal (the same one requests use), then finds the bytes again and ends.
    auto session = signedIn();
    QVERIFY(session);
    const QString cirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;
    connect(m_demo.get(), &DemoCloud::requestServed, this, [this, cirros](const DemoRequest& request) {
        if (request.url.path().endsWith(cirros) && m_demo->token() == "fake-token-1")
            m_demo->setToken("fake-token-2");
    });
    QTemporaryDir folder;
    CliOptions options;
    options.command = u"download"_s;
    options.imageId = cirros;
    options.outputPath = folder.path() + u'/';
    QBuffer out;
    QBuffer err;
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(err.open(QIODevice::WriteOnly));
    CliDownload download(m_nam.get(), session->adapter(), TransportOptions(), options, &out, &err, false);
    QSignalSpy succeeded(&download, &CliDownload::succeeded);
    QSignalSpy failed(&download, &CliDownload::failed);
    download.start();
    QTRY_VERIFY_WITH_TIMEOUT(succeeded.count() + failed.count() > 0, 30000);
    QVERIFY2(succeeded.count() == 1, err.data().constData());
    QCOMPARE(m_identity->tokensIssued(), 2);
    QVERIFY2(err.data().contains("Signed in again; resuming."), err.data().constData());
    QVERIFY2(out.data().contains("Saved "), out.data().constData());
    QVERIFY(!err.data().contains("fake-token"));
}

QTEST_GUILESS_MAIN(TestRenewingAdapter)
#include "tst_renewingadapter.moc"
