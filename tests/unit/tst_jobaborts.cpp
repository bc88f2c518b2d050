// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/adapterresolver.h"
#include "adapters/dialectdetector.h"
#include "adapters/imageadapter.h"
#include "democloud/democloud.h"
#include "download/filedownloader.h"
#include "identity/cloudconnector.h"
#include "identity/keystoneauthenticator.h"
#include "net/httpjob.h"
#include "net/resultjob.h"
#include "support/fakeidentity.h"
#include "support/faultyfileserver.h"
#include "support/queuedfinishwatch.h"
#include "support/silentserver.h"
#include "support/testimagebytes.h"
#include "support/testjobs.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::FakeIdentity;
using Skylight::Test::FaultyFileServer;
using Skylight::Test::SilentServer;
using Skylight::Test::waitForJob;

namespace {

enum class When
{
    BeforeStart,   // abort(), then start()
    InFlight,      // the request reached a server that never answers
    InnerFinished, // a sub-job has its result, its queued finished() is not delivered yet
    ChildFinished, // the same for a direct child (the sub-job one level down)
    OwnQueued,     // the job itself has its result, its finished() is not delivered yet
    AfterFinished, // finished() was delivered
};

// Which queued finished() is the window: the job's own, or one of its sub-jobs' (at any depth,
// or its direct children only).
enum class Whose
{
    Own,
    AnySubJob,
    DirectChild,
};

std::function<bool(const ApiJob*)> finishOf(ApiJob* job, Whose whose)
{
    return [job = QPointer<ApiJob>(job), whose](const ApiJob* finished) {
        if (!job)
            return false;
        if (whose == Whose::Own)
            return finished == job;
        if (finished == job)
            return false;
        if (whose == Whose::DirectChild)
            return finished->parent() == job;
        for (const QObject* up = finished->parent(); up; up = up->parent()) {
            if (up == job)
                return true;
        }
        return false;
    };
}

// One job of any class, seen through what every job has.
struct Subject
{
    ApiJob* job = nullptr;
    std::function<void()> start;
    std::function<std::optional<ApiError>()> error; // of the result; nothing: success
    std::function<bool()> leftNoTrace = [] {
        return true;
    }; // nothing a success would leave
};

template <class J>
Subject subject(J* job)
{
    Subject s;
    s.job = job;
    s.start = [job] {
        job->start();
    };
    s.error = [job]() -> std::optional<ApiError> {
        if (job->result())
            return std::nullopt;
        return job->result().error();
    };
    return s;
}

constexpr qint64 kFileSize = 256 * 1024 + 7;

} // namespace

Q_DECLARE_METATYPE(When)

// Every job class, aborted before start, with its request in flight, in the window after a sub-job
// finished and before that sub-job's queued finished() arrives, in the window after the job's own
// result and before its finished(), and after it finished: finished() comes exactly once, from
// the event loop; a job aborted before it finished ends Cancelled, with no late success.
class TestJobAborts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void abortRaces_data();
    void abortRaces();

private:
    Subject make(const QString& name, bool silent);
    CloudProfile profile(const QUrl& authUrl) const;

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<DemoCloud> m_demo;
    std::unique_ptr<FakeIdentity> m_identity;
    std::unique_ptr<SilentServer> m_silent;
    std::unique_ptr<FaultyFileServer> m_files;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QObject> m_owner; // parent of the jobs and of the resolved adapters
    QByteArray m_data;
};

void TestJobAborts::initTestCase()
{
    qRegisterMetaType<When>();
    m_data = Test::imageBytes(kFileSize);
}

void TestJobAborts::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_demo = std::make_unique<DemoCloud>();
    QVERIFY(m_demo->start());
    m_identity = std::make_unique<FakeIdentity>();
    QVERIFY(m_identity->start());
    m_identity->setEndpoint(u"image"_s, m_demo->endpoint(Dialect::GlanceV2));
    m_silent = std::make_unique<SilentServer>();
    QVERIFY(m_silent->listenLocal());
    m_files = std::make_unique<FaultyFileServer>(m_data);
    QVERIFY(m_files->listenLocal());
    m_dir = std::make_unique<QTemporaryDir>();
    m_owner = std::make_unique<QObject>();
}

void TestJobAborts::cleanup()
{
    m_owner.reset();
    m_files.reset();
    m_silent.reset();
    m_identity.reset();
    m_demo.reset();
    m_nam.reset();
}

CloudProfile TestJobAborts::profile(const QUrl& authUrl) const
{
    CloudProfile profile;
    profile.name = u"aborts"_s;
    profile.auth.type = AuthSettings::Type::Password;
    profile.auth.authUrl = authUrl;
    profile.auth.username = QString::fromLatin1(FakeIdentity::kUser);
    profile.auth.password = QString::fromLatin1(FakeIdentity::kPassword);
    profile.auth.projectName = u"demo"_s;
    profile.auth.userDomainName = u"Default"_s;
    profile.auth.projectDomainName = u"Default"_s;
    profile.dialect = Dialect::GlanceV2;
    return profile;
}

Subject TestJobAborts::make(const QString& name, bool silent)
{
    QObject* owner = m_owner.get();
    const ServiceEndpoint endpoint{
        .url = silent ? m_silent->url(u"/image/v2"_s) : m_demo->endpoint(Dialect::GlanceV2),
        .token = m_demo->token(),
        .serviceType = u"image"_s,
    };
    if (name == u"HttpJob"_s) {
        HttpRequestSpec spec;
        spec.url = endpoint.url;
        spec.authToken = endpoint.token;
        return subject(new HttpJob(m_nam.get(), spec, {}, owner));
    }
    if (name == u"ResultJob"_s) {
        HttpRequestSpec spec;
        spec.url = endpoint.url;
        spec.authToken = endpoint.token;
        auto* http = new HttpJob(m_nam.get(), spec, {});
        return subject(new ResultJob<int>(
            http,
            [](const Result<HttpResponse>& response) -> Result<int> {
                if (!response)
                    return std::unexpected(response.error());
                return response->status;
            },
            owner));
    }
    if (name == u"KeystoneAuthenticator"_s) {
        const QUrl authUrl = silent ? m_silent->url(u"/v3"_s) : m_identity->url(u"/v3"_s);
        return subject(new KeystoneAuthenticator(m_nam.get(), profile(authUrl).auth, {}, owner));
    }
    if (name == u"CloudConnector"_s) {
        const QUrl authUrl = silent ? m_silent->url(u"/v3"_s) : m_identity->url(u"/v3"_s);
        return subject(new CloudConnector(m_nam.get(), profile(authUrl), {}, owner));
    }
    if (name == u"DialectDetector"_s)
        return subject(new DialectDetector(m_nam.get(), endpoint, {}, owner));
    if (name == u"AdapterResolver"_s)
        return subject(new AdapterResolver(m_nam.get(), endpoint, Dialect::Auto, {}, owner, owner));
    if (name == u"FileDownloader"_s) {
        DownloadRequest request;
        request.imageId = u"img"_s;
        request.url = silent ? m_silent->url(u"/v2/images/img/file"_s) : m_files->url();
        request.token = "secret-token";
        request.targetPath = m_dir->filePath(u"image.qcow2"_s);
        request.expectedSize = m_data.size();
        request.hashAlgorithm = u"sha512"_s;
        request.hashValue = QCryptographicHash::hash(m_data, QCryptographicHash::Sha512).toHex();
        request.retryDelay = std::chrono::milliseconds(10);
        Subject s = subject(new FileDownloader(m_nam.get(), request, {}, owner));
        // A cancelled download never puts the file in place.
        s.leftNoTrace = [path = request.targetPath] {
            return !QFile::exists(path);
        };
        return s;
    }
    qFatal("unknown job class");
}

void TestJobAborts::abortRaces_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<When>("when");
    // The nested ones run a job that runs a job: their direct child is not the first sub-job to finish.
    const QStringList nested = {u"CloudConnector"_s, u"AdapterResolver"_s};
    for (const QString& name :
         {u"HttpJob"_s, u"ResultJob"_s, u"KeystoneAuthenticator"_s, u"DialectDetector"_s, u"FileDownloader"_s,
          u"CloudConnector"_s, u"AdapterResolver"_s}) {
        {
            const auto row = [&name](const char* when) {
                return (name + u": "_s + QLatin1StringView(when)).toUtf8();
            };
            QTest::newRow(row("before start").constData()) << name << When::BeforeStart;
            QTest::newRow(row("in flight").constData()) << name << When::InFlight;
            if (name != u"HttpJob"_s) // its sub-work is a QNetworkReply, not a job
                QTest::newRow(row("sub-job finished, not delivered").constData())
                    << name << When::InnerFinished;
            if (nested.contains(name))
                QTest::newRow(row("child job finished, not delivered").constData())
                    << name << When::ChildFinished;
            QTest::newRow(row("own result set, not delivered").constData()) << name << When::OwnQueued;
            QTest::newRow(row("after finished").constData()) << name << When::AfterFinished;
        }
    }
}

void TestJobAborts::abortRaces()
{
    QFETCH(QString, name);
    QFETCH(When, when);

    Subject s = make(name, when == When::InFlight);
    ApiJob* job = s.job;
    QSignalSpy finished(job, &ApiJob::finished);
    bool finishedAtAbort = false;
    int emittedInAbort = -1;
    const auto abortNow = [&] {
        finishedAtAbort = job->isFinished();
        const int before = int(finished.count());
        job->abort();
        emittedInAbort = int(finished.count()) - before;
        // Whatever its state, the job has ended now; finished() comes later, from the event loop.
        QVERIFY(job->isFinished());
    };

    std::unique_ptr<Test::QueuedFinishWatch> watch;
    switch (when) {
    case When::BeforeStart:
        abortNow();
        s.start();
        break;
    case When::InFlight:
        s.start();
        QTRY_VERIFY_WITH_TIMEOUT(!m_silent->received().isEmpty(), 10000);
        abortNow();
        break;
    case When::InnerFinished:
    case When::ChildFinished:
    case When::OwnQueued: {
        const Whose whose = when == When::OwnQueued       ? Whose::Own
                            : when == When::ChildFinished ? Whose::DirectChild
                                                          : Whose::AnySubJob;
        watch = std::make_unique<Test::QueuedFinishWatch>(finishOf(job, whose), abortNow);
        s.start();
        QTRY_VERIFY_WITH_TIMEOUT(watch->fired() || job->isFinished(), 15000);
        QVERIFY2(watch->fired(), "the window was not reached");
        break;
    }
    case When::AfterFinished:
        s.start();
        QVERIFY(waitForJob(job));
        if (const auto error = s.error())
            QFAIL(qPrintable(error->describe()));
        abortNow();
        break;
    }
    QCOMPARE(emittedInAbort, 0); // never from inside abort()

    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 15000);
    QTest::qWait(100); // anything late would come now
    QCOMPARE(finished.count(), 1);

    const std::optional<ApiError> error = s.error();
    if (finishedAtAbort) { // OwnQueued, AfterFinished: the result stands
        QVERIFY2(!error, qPrintable(error ? error->describe() : QString()));
        return;
    }
    QVERIFY2(error, "a job aborted before it finished succeeded");
    QCOMPARE(ApiError::kindName(error->kind), ApiError::kindName(ApiError::Kind::Cancelled));
    QVERIFY(s.leftNoTrace());
}

QTEST_GUILESS_MAIN(TestJobAborts)
#include "tst_jobaborts.moc"
