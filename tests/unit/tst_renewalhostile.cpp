// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/imageadapter.h"
#include "cli/clioptions.h"
#include "cli/clirunner.h"
#include "controllers/cloudcontroller.h"
#include "controllers/downloadcontroller.h"
#include "democloud/democloud.h"
#include "democloud/demohttp.h"
#include "download/downloadrequest.h"
#include "download/transferqueue.h"
#include "identity/cloudsession.h"
#include "identity/keystoneauthenticator.h"
#include "identity/renewingadapter.h"
#include "models/imagetablemodel.h"
#include "settings/appsettings.h"
#include "support/fakeidentity.h"
#include "support/testjobs.h"
#include "widgets/mainwindow.h"

#include <QBuffer>
#include <QFile>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::FakeIdentity;
using Skylight::Test::waitForJob;
using Skylight::Test::why;

// A hostile review of "renewal in one place" (af6c6eb): a server that refuses tokens, an identity
// service that goes away, a user who signs out or refreshes at the wrong time.
class TestRenewalHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aRetiredAdapterNeverSignsTheSessionInAgain();
    void aDownloadLocatedWhileSignedOutResumesOnTheCloudsReturn();
    void refreshNearExpiryListsAgain();
    void cliJsonListingStaysValidWhenTheRenewalFails();
    void cliDownloadWithABareTokenDoesNotPromiseASignIn();
    void aDownloadOfAnEarlierAdapterIsNotRenewedAgain();
    void aStormOfRefusalsWithTheIdentityServiceGone();
    void aRefusedSecretIsNotSentAgainForEveryRefusedRequest();
    void cliRenewalRefusedByTheIdentityServiceExitsFour_data();
    void cliRenewalRefusedByTheIdentityServiceExitsFour();
    void cliListAllRenewedMidwayPrintsEachImageOnce();

private:
    CloudProfile profile() const;
    std::unique_ptr<CloudSession> signedIn();
    int listRequests() const;

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<DemoCloud> m_demo;
    std::unique_ptr<FakeIdentity> m_identity;
};

static const QString kCirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;

void TestRenewalHostile::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_demo = std::make_unique<DemoCloud>();
    QVERIFY(m_demo->start());
    m_identity = std::make_unique<FakeIdentity>();
    QVERIFY(m_identity->start());
    m_identity->setEndpoint(u"image"_s, m_demo->endpoint(Dialect::GlanceV2));
    m_demo->setToken("fake-token-1");
}

void TestRenewalHostile::cleanup()
{
    m_identity.reset();
    m_demo.reset();
    m_nam.reset();
}

CloudProfile TestRenewalHostile::profile() const
{
    CloudProfile profile;
    profile.name = u"hostile"_s;
    profile.source = u"clouds.yaml"_s;
    profile.auth.type = AuthSettings::Type::Password;
    profile.auth.authUrl = m_identity->url(u"/v3"_s);
    profile.auth.username = QString::fromLatin1(FakeIdentity::kUser);
    profile.auth.projectName = u"demo"_s;
    profile.auth.userDomainName = u"Default"_s;
    profile.auth.projectDomainName = u"Default"_s;
    KeystoneAuthenticator::setSecret(profile.auth, QString::fromLatin1(FakeIdentity::kPassword));
    profile.dialect = Dialect::GlanceV2;
    return profile;
}

std::unique_ptr<CloudSession> TestRenewalHostile::signedIn()
{
    auto session = std::make_unique<CloudSession>(m_nam.get(), profile(), nullptr, TransportOptions());
    QSignalSpy ready(session.get(), &CloudSession::ready);
    session->signIn();
    if (!ready.wait(15000) || !qobject_cast<RenewingAdapter*>(session->adapter()))
        return {};
    return session;
}

int TestRenewalHostile::listRequests() const
{
    int count = 0;
    for (const DemoRequest& request : m_demo->requests())
        count += request.url.path().endsWith(u"/v2/images"_s) ? 1 : 0;
    return count;
}

void TestRenewalHostile::aRetiredAdapterNeverSignsTheSessionInAgain()
{
    // forget() retires the adapter and deletes it later: a 401 that reaches it meanwhile (a
    // request's answer already queued, a download's refusal) must not sign the cloud in again.
    auto session = signedIn();
    QVERIFY(session);
    QPointer<ImageAdapter> adapter = session->adapter();
    const int issued = m_identity->tokensIssued();
    session->forget();
    QVERIFY(adapter); // deleted later, from the event loop
    std::optional<std::optional<ApiError>> renewed;
    adapter->renewToken(adapter->tokenGeneration(), this,
                        [&](const std::optional<ApiError>& failure) { renewed = failure; });
    QTest::qWait(1000);
    // Observed: the signed-out session signs in again (a new token, a new adapter, the secret and
    // token back in the keychain), and `done` is never called (its adapter is deleted meanwhile).
    QCOMPARE(session->state(), CloudSession::State::SignedOut);
    QCOMPARE(m_identity->tokensIssued(), issued);
    QVERIFY(!session->adapter());
    QVERIFY(renewed.has_value()); // told, from the event loop, that there is no new token
    QVERIFY(renewed->has_value());
}

void TestRenewalHostile::aDownloadLocatedWhileSignedOutResumesOnTheCloudsReturn()
{
    // A transfer waits for its source; the cloud is asked where the bytes are, and the user signs
    // out before it answers (the request goes with the adapter). Signed in again, the transfer
    // must be located again and resume: "the cloud's return resumes it".
    auto session = signedIn();
    QVERIFY(session);
    ImageShowJob* show = session->adapter()->show(kCirros);
    QVERIFY(waitForJob(show));
    QVERIFY2(show->result().has_value(), why(show->result()).constData());
    const ImageRecord record = *show->result();
    const auto location = session->adapter()->fileLocation(record);
    QVERIFY(location.has_value());

    QTemporaryDir folder;
    TransferQueue queue(m_nam.get(), TransportOptions());
    DownloadController downloads(&queue, nullptr);
    const int id = queue.add(u"hostile"_s, u"cirros"_s,
                             DownloadRequest::forImage(record, *location, folder.filePath(u"cirros.img"_s)));
    queue.pause(id);
    QTRY_VERIFY(queue.transfers().first().state == Transfer::State::Paused);
    queue.requireNewToken(id);

    QPointer<ImageAdapter> retired = session->adapter();
    downloads.locateAndResume(id, session->adapter(), u"hostile"_s);
    session->forget(); // the show under way goes with the adapter
    QTRY_VERIFY_WITH_TIMEOUT(!retired, 10000);

    m_demo->setToken("fake-token-2");
    QSignalSpy ready(session.get(), &CloudSession::ready);
    session->signIn();
    QVERIFY(ready.wait(15000));
    const int before = m_demo->requests().size();
    downloads.resumeWaiting(session->adapter(), u"hostile"_s); // what the window does on ready()
    QTRY_VERIFY_WITH_TIMEOUT(m_demo->requests().size() > before, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(queue.transfers().first().state, Transfer::State::Done, 30000);
}

void TestRenewalHostile::refreshNearExpiryListsAgain()
{
    // Refresh when the token expires within the margin: the window signs in again first, and
    // "ready() then lists". The same adapter gets the new token, and nothing lists any more.
    m_identity->setLifetimeSeconds(120); // always within kRefreshMarginSeconds
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"Skylight.conf"_s), QSettings::IniFormat);
    AppSettings appSettings(&settings);
    CloudController clouds(m_nam.get(), &appSettings, nullptr, TransportOptions());
    clouds.addExternalProfile(profile());
    MainWindow window(&clouds);
    window.show();
    QSignalSpy listed(&window, &MainWindow::listingFinished);
    window.setCurrentCloud(0);
    window.refresh();
    QVERIFY(listed.wait(15000));
    QVERIFY(window.imageModel()->rowCount() > 0);
    QTest::qWait(300);

    m_demo->setToken("fake-token-2");
    const int lists = listRequests();
    listed.clear();
    window.refresh(); // signs in again (the token is about to expire), then should list
    QTRY_COMPARE_WITH_TIMEOUT(m_identity->tokensIssued(), 2, 15000);
    QVERIFY2(listed.count() > 0 || listed.wait(5000), "Refresh near the token's expiry did not list");
    QVERIFY(listRequests() > lists);
}

void TestRenewalHostile::cliJsonListingStaysValidWhenTheRenewalFails()
{
    // list --all --format json: page 1 is printed, page 2 is refused, and the renewal fails (the
    // identity service is gone). The session's failed() reaches the runner before the listing
    // ends: the runner finishes (the CLI's main quits) before the JSON array is closed.
    CloudProfile cloud = profile();
    CliOptions options;
    options.source = CliOptions::Source::OsCloud;
    options.osCloud = cloud.name;
    options.command = u"list"_s;
    options.all = true;
    options.limit = 1;
    options.format = u"json"_s;
    QBuffer out;
    QBuffer err;
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(err.open(QIODevice::WriteOnly));
    CliRunner runner(m_nam.get(), ServiceEndpoint(), Dialect::GlanceV2, TransportOptions(), options, &out,
                     &err);
    runner.setCloudProfile(cloud);
    bool revoked = false;
    connect(m_demo.get(), &DemoCloud::requestServed, this, [&](const DemoRequest& request) {
        if (revoked || !request.url.path().endsWith(u"/v2/images"_s))
            return;
        revoked = true;
        m_demo->setToken("revoked-by-operator"); // page 2 on is refused
        m_identity.reset();                      // and no new token can be had
    });
    std::optional<int> exitCode;
    QByteArray outAtExit;
    connect(&runner, &CliRunner::finished, this, [&](int code) {
        exitCode = code;
        outAtExit = out.data(); // what the CLI has written when its main() quits
    });
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(exitCode.has_value(), 30000);
    QVERIFY(revoked);
    qInfo("exit %d, standard error:\n%s", *exitCode, err.data().constData());
    QVERIFY2(*exitCode != 0, err.data().constData());
    QCOMPARE(err.data().count("error:"), 1);
    if (!outAtExit.isEmpty()) {
        QJsonParseError parsed;
        const QJsonDocument document = QJsonDocument::fromJson(outAtExit, &parsed);
        QVERIFY2(
            parsed.error == QJsonParseError::NoError && document.isArray(),
            QByteArray("standard output is not a JSON array when the CLI exits:\n" + outAtExit).constData());
    }
}

void TestRenewalHostile::cliDownloadWithABareTokenDoesNotPromiseASignIn()
{
    // skylight-cli download with --os-token/--endpoint (no cloud profile): a refused token cannot
    // be renewed. The CLI should not say "Signing in again." and then fail.
    CliOptions options;
    options.source = CliOptions::Source::Endpoint;
    options.command = u"download"_s;
    options.imageId = kCirros;
    QTemporaryDir folder;
    options.outputPath = folder.path() + u'/';
    ServiceEndpoint endpoint;
    endpoint.url = m_demo->endpoint(Dialect::GlanceV2);
    endpoint.token = "fake-token-1";
    connect(m_demo.get(), &DemoCloud::requestServed, this, [this](const DemoRequest& request) {
        if (request.url.path().endsWith(kCirros))
            m_demo->setToken("fake-token-2"); // revoked between the details and the bytes
    });
    QBuffer out;
    QBuffer err;
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(err.open(QIODevice::WriteOnly));
    CliRunner runner(m_nam.get(), endpoint, Dialect::GlanceV2, TransportOptions(), options, &out, &err);
    std::optional<int> exitCode;
    connect(&runner, &CliRunner::finished, this, [&](int code) { exitCode = code; });
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(exitCode.has_value(), 30000);
    QCOMPARE(*exitCode, 4);
    QVERIFY2(!err.data().contains("Signing in again"), err.data().constData());
    QVERIFY(!err.data().contains("fake-token"));
}

void TestRenewalHostile::aDownloadOfAnEarlierAdapterIsNotRenewedAgain()
{
    // A download queued through the first adapter (its token is generation 1 of that adapter);
    // the user signs out and in again: a new adapter, whose first token is generation 1 too. The
    // download's old token is refused: the cloud already has a newer token than the one the
    // download carried, so it should be located with it at once, not sign in a third time
    // (DownloadController::m_tokenGeneration compares generations of different adapters).
    auto session = signedIn();
    QVERIFY(session);
    ImageShowJob* show = session->adapter()->show(kCirros);
    QVERIFY(waitForJob(show));
    QVERIFY2(show->result().has_value(), why(show->result()).constData());
    const ImageRecord record = *show->result();

    QTemporaryDir folder;
    TransferQueue queue(m_nam.get(), TransportOptions());
    DownloadController downloads(&queue, nullptr);
    QVERIFY(downloads.download(session->adapter(), u"hostile"_s, record, folder.filePath(u"cirros.img"_s)));
    const int id = queue.transfers().first().id;
    queue.pause(id);
    QTRY_VERIFY(queue.transfers().first().state == Transfer::State::Paused);

    session->forget();
    m_demo->setToken("fake-token-2"); // the first token is revoked
    QSignalSpy ready(session.get(), &CloudSession::ready);
    session->signIn();
    QVERIFY(ready.wait(15000));
    QCOMPARE(m_identity->tokensIssued(), 2);
    // What the window does on every change of the queue.
    connect(&queue, &TransferQueue::changed, this,
            [&](int row) { downloads.renewRefused(row, session->adapter(), u"hostile"_s); });
    queue.resume(id);
    // Refused (the old token), then either located again with the cloud's token of now and done,
    // or signed in once more first.
    QTRY_VERIFY_WITH_TIMEOUT(
        queue.transfers().first().state == Transfer::State::Done || m_identity->tokensIssued() > 2, 30000);
    QCOMPARE(m_identity->tokensIssued(), 2); // observed: 3, a needless sign-in
    QCOMPARE(queue.transfers().first().state, Transfer::State::Done);
}

void TestRenewalHostile::aStormOfRefusalsWithTheIdentityServiceGone()
{
    // Every request refused, and the identity service unreachable: each request is sent once,
    // the one renewal fails, each ends with that failure; nothing loops, the session says Failed.
    auto session = signedIn();
    QVERIFY(session);
    m_demo->setToken("never");
    m_identity.reset();
    const int before = listRequests();
    QList<ImageListJob*> jobs;
    for (int i = 0; i < 8; ++i)
        jobs << session->adapter()->list(PageRequest{});
    for (ImageListJob* job : std::as_const(jobs)) {
        QVERIFY(waitForJob(job));
        QVERIFY(!job->result());
        QCOMPARE(job->result().error().kind, ApiError::Kind::Network);
    }
    QTest::qWait(300);
    QCOMPARE(listRequests() - before, 8);
    QCOMPARE(session->state(), CloudSession::State::Failed);
}

void TestRenewalHostile::aRefusedSecretIsNotSentAgainForEveryRefusedRequest()
{
    // The user typed the password; later it is changed on the server and the token revoked. A
    // refused listing renews: the identity service refuses the password, the window asks for a
    // new one and the user cancels. Each further refused request (each image clicked) must not
    // send the refused password again: identity services lock accounts after a few failures.
    CloudProfile cloud = profile();
    KeystoneAuthenticator::setSecret(cloud.auth, QString()); // typed by the user
    auto session = std::make_unique<CloudSession>(m_nam.get(), cloud, nullptr, TransportOptions());
    QSignalSpy asked(session.get(), &CloudSession::secretRequired);
    QSignalSpy ready(session.get(), &CloudSession::ready);
    session->signIn();
    QVERIFY(asked.wait(5000));
    session->provideSecret(QString::fromLatin1(FakeIdentity::kPassword));
    QVERIFY(ready.wait(15000));
    ImageAdapter* adapter = session->adapter();

    const quint16 port = quint16(m_identity->url().port());
    m_identity.reset();
    QHttpServer refusing; // the same identity service, now refusing the password
    int attempts = 0;
    refusing.setMissingHandler([&attempts](const QHttpServerRequest&, QHttpServerResponder&& responder) {
        ++attempts;
        responder.write(QJsonDocument(QJsonObject{
                            {u"error"_s, QJsonObject{{u"code"_s, 401},
                                                     {u"message"_s, u"The request you have made requires "
                                                                    u"authentication."_s}}}}),
                        QHttpServerResponder::StatusCode::Unauthorized);
    });
    QCOMPARE(refusing.listen(QHostAddress::LocalHost, port), port);
    m_demo->setToken("revoked");
    asked.clear();
    ImageListJob* list = adapter->list(PageRequest{});
    QVERIFY(waitForJob(list));
    QVERIFY(!list->result());
    QCOMPARE(list->result().error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(attempts, 1);
    QCOMPARE(asked.count(), 1); // the window asks; the user cancels: nothing is provided
    QCOMPARE(session->state(), CloudSession::State::NeedsSecret);

    for (int click = 0; click < 3; ++click) {
        ImageShowJob* show = adapter->show(kCirros);
        QVERIFY(waitForJob(show));
        QVERIFY(!show->result());
    }
    QCOMPARE(attempts, 1); // observed: 4, the refused password sent once per refused request
}

void TestRenewalHostile::cliRenewalRefusedByTheIdentityServiceExitsFour_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("list") << u"list"_s;
    QTest::newRow("show") << u"show"_s;
    QTest::newRow("download") << u"download"_s;
}

void TestRenewalHostile::cliRenewalRefusedByTheIdentityServiceExitsFour()
{
    // The first request is refused, and the identity service refuses the profile's password when
    // asked again: one "error:" line, exit 4, no token in what is written.
    QFETCH(QString, command);
    CloudProfile cloud = profile();
    CliOptions options;
    options.source = CliOptions::Source::OsCloud;
    options.osCloud = cloud.name;
    options.command = command;
    options.imageId = kCirros;
    QTemporaryDir folder;
    options.outputPath = folder.path() + u'/';
    QBuffer out;
    QBuffer err;
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(err.open(QIODevice::WriteOnly));
    CliRunner runner(m_nam.get(), ServiceEndpoint(), Dialect::GlanceV2, TransportOptions(), options, &out,
                     &err);
    runner.setCloudProfile(cloud);
    const quint16 port = quint16(m_identity->url().port());
    std::unique_ptr<QHttpServer> refusing;
    int attempts = 0;
    m_demo->setToken("revoked"); // the first image request is refused
    connect(m_demo.get(), &DemoCloud::requestServed, this, [&](const DemoRequest&) {
        if (refusing)
            return;
        m_identity.reset();
        refusing = std::make_unique<QHttpServer>();
        refusing->setMissingHandler([&attempts](const QHttpServerRequest&, QHttpServerResponder&& responder) {
            ++attempts;
            responder.write(QJsonDocument(QJsonObject{
                                {u"error"_s, QJsonObject{{u"code"_s, 401}, {u"message"_s, u"Nope."_s}}}}),
                            QHttpServerResponder::StatusCode::Unauthorized);
        });
        QCOMPARE(refusing->listen(QHostAddress::LocalHost, port), port);
    });
    std::optional<int> exitCode;
    connect(&runner, &CliRunner::finished, this, [&](int code) { exitCode = code; });
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(exitCode.has_value(), 30000);
    QTest::qWait(300);
    qInfo("exit %d, standard error:\n%s", *exitCode, err.data().constData());
    QCOMPARE(*exitCode, 4);
    QCOMPARE(err.data().count("error:"), 1);
    QCOMPARE(attempts, 1);
    QVERIFY(!err.data().contains("fake-token") && !out.data().contains("fake-token"));
}

void TestRenewalHostile::cliListAllRenewedMidwayPrintsEachImageOnce()
{
    // list --all, one image a page; the token is revoked after the first page: the listing goes
    // on from the refused page, each image printed once, exit 0.
    CloudProfile cloud = profile();
    CliOptions options;
    options.source = CliOptions::Source::OsCloud;
    options.osCloud = cloud.name;
    options.command = u"list"_s;
    options.all = true;
    options.limit = 1;
    options.format = u"json"_s;
    QBuffer out;
    QBuffer err;
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(err.open(QIODevice::WriteOnly));
    CliRunner runner(m_nam.get(), ServiceEndpoint(), Dialect::GlanceV2, TransportOptions(), options, &out,
                     &err);
    runner.setCloudProfile(cloud);
    bool revoked = false;
    connect(m_demo.get(), &DemoCloud::requestServed, this, [&](const DemoRequest& request) {
        if (!revoked && request.url.path().endsWith(u"/v2/images"_s)) {
            revoked = true;
            m_demo->setToken("fake-token-2");
        }
    });
    std::optional<int> exitCode;
    connect(&runner, &CliRunner::finished, this, [&](int code) { exitCode = code; });
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(exitCode.has_value(), 30000);
    QVERIFY2(*exitCode == 0, err.data().constData());
    const QJsonDocument document = QJsonDocument::fromJson(out.data());
    QVERIFY(document.isArray());
    QSet<QString> ids;
    for (const QJsonValue& image : document.array())
        ids.insert(image.toObject().value(u"id"_s).toString());
    QCOMPARE(ids.size(), document.array().size());
    QVERIFY(ids.size() > 2);
    QCOMPARE(m_identity->tokensIssued(), 2);
}

QTEST_MAIN(TestRenewalHostile)
#include "tst_renewalhostile.moc"
