#include "democloud.h"
#include "net/httpjob.h"
#include "silentserver.h"
#include "testjobs.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::SilentServer;
using Skylight::Test::waitForJob;
using Skylight::Test::why;

namespace {
const QString kCirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;
}

class TestHttpJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void sendsTokenAndIdentityEncoding();
    void crossOriginRedirectDropsToken();
    void sameOriginRedirectKeepsToken();
    void redirectLoopEnds();
    void errorStatusCarriesRequestIdAndDetail();
    void retryAfterIsRead();
    void idleTimeout();
    void connectionRefused();
    void tlsFailure();
    void bodyCap();
    void truncatedBody();
    void versionDocumentIsAnAnswer();
    void abortFinishesOnceAsCancelled();
    void invalidUrlFailsAsynchronously();

private:
    HttpJob* get(const QUrl& url, TransportOptions options = {});

    QNetworkAccessManager* m_nam = nullptr;
    DemoCloud* m_cloud = nullptr;
};

void TestHttpJob::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_cloud = new DemoCloud(this);
    QVERIFY(m_cloud->start());
}

void TestHttpJob::cleanup()
{
    delete m_cloud;
    delete m_nam;
}

HttpJob* TestHttpJob::get(const QUrl& url, TransportOptions options)
{
    HttpRequestSpec spec;
    spec.url = url;
    spec.authToken = m_cloud->token();
    auto* job = new HttpJob(m_nam, spec, options, this);
    job->start();
    return job;
}

void TestHttpJob::sendsTokenAndIdentityEncoding()
{
    QUrl url = m_cloud->glanceV2Endpoint();
    url.setPath(url.path() + u"/v2/images/"_s + kCirros);
    HttpJob* job = get(url);
    QVERIFY(waitForJob(job));
    QVERIFY2(job->result().has_value(), why(job->result()).constData());
    QCOMPARE(job->result()->status, 200);
    QVERIFY(job->result()->body.contains(kCirros.toLatin1()));
    QCOMPARE(m_cloud->requests().size(), 1);
    const DemoRequest& seen = m_cloud->requests().first();
    QCOMPARE(seen.header("X-Auth-Token"), m_cloud->token());
    QCOMPARE(seen.header("Accept-Encoding"), QByteArray("identity"));
}

void TestHttpJob::crossOriginRedirectDropsToken()
{
    DemoCloud other;
    QVERIFY(other.start());
    other.setToken(m_cloud->token()); // it would accept the token, were it sent

    QUrl target = other.glanceV2Endpoint();
    target.setPath(target.path() + u"/v2/images/"_s + kCirros);
    m_cloud->injectFault(
        {u"/image/v2/images/"_s, 1, DemoResponse{302, {{"Location", target.toEncoded()}}, {}}});

    QUrl url = m_cloud->glanceV2Endpoint();
    url.setPath(url.path() + u"/v2/images/"_s + kCirros);
    HttpJob* job = get(url);
    QVERIFY(waitForJob(job));

    QCOMPARE(other.requests().size(), 1);
    QVERIFY2(!other.requests().first().hasHeader("X-Auth-Token"), "the token crossed to another origin");
    QVERIFY(!job->result().has_value());
    QCOMPARE(job->result().error().kind, ApiError::Kind::Unauthorized);
}

void TestHttpJob::sameOriginRedirectKeepsToken()
{
    QUrl target = m_cloud->glanceV2Endpoint();
    target.setPath(target.path() + u"/v2/images/"_s + kCirros);
    m_cloud->injectFault({u"/image/old/"_s, 1, DemoResponse{307, {{"Location", target.toEncoded()}}, {}}});

    QUrl url = m_cloud->glanceV2Endpoint();
    url.setPath(url.path() + u"/old/"_s + kCirros);
    HttpJob* job = get(url);
    QVERIFY(waitForJob(job));
    QVERIFY2(job->result().has_value(), why(job->result()).constData());
    QCOMPARE(job->result()->url, target);
    QCOMPARE(m_cloud->requests().size(), 2);
    QCOMPARE(m_cloud->requests().at(1).header("X-Auth-Token"), m_cloud->token());
}

void TestHttpJob::redirectLoopEnds()
{
    QUrl url = m_cloud->glanceV2Endpoint();
    url.setPath(url.path() + u"/loop"_s);
    m_cloud->injectFault({u"/image/loop"_s, -1, DemoResponse{302, {{"Location", url.toEncoded()}}, {}}});
    HttpJob* job = get(url);
    QVERIFY(waitForJob(job));
    QVERIFY(!job->result().has_value());
    QCOMPARE(job->result().error().kind, ApiError::Kind::BadPayload);
    QVERIFY(job->result().error().message.contains(u"redirect"_s));
    QCOMPARE(m_cloud->requests().size(), 6); // the first and five redirects
}

void TestHttpJob::errorStatusCarriesRequestIdAndDetail()
{
    m_cloud->injectFault(
        {u"/image/"_s, 1,
         DemoResponse{500,
                      {{"Content-Type", "application/json"}, {"x-openstack-request-id", "req-abc-123"}},
                      R"({"computeFault": {"message": "The database is on fire", "code": 500}})"}});
    QUrl url = m_cloud->glanceV2Endpoint();
    url.setPath(url.path() + u"/v2/images"_s);
    HttpJob* job = get(url);
    QVERIFY(waitForJob(job));
    QVERIFY(!job->result().has_value());
    const ApiError& error = job->result().error();
    QCOMPARE(error.kind, ApiError::Kind::Server);
    QCOMPARE(error.httpStatus, 500);
    QCOMPARE(error.requestId, u"req-abc-123"_s);
    QVERIFY2(error.message.contains(u"The database is on fire"_s), qPrintable(error.message));
}

void TestHttpJob::retryAfterIsRead()
{
    m_cloud->injectFault({u"/image"_s, 1, DemoResponse{413, {{"Retry-After", "17"}}, "slow down"}});
    HttpJob* job = get(m_cloud->glanceV2Endpoint());
    QVERIFY(waitForJob(job));
    QCOMPARE(job->result().error().kind, ApiError::Kind::OverLimit);
    QCOMPARE(job->result().error().retryAfterSeconds, 17);
    QVERIFY(job->result().error().describe().contains(u"17"_s));
}

void TestHttpJob::idleTimeout()
{
    SilentServer silent;
    QVERIFY(silent.listenLocal());
    TransportOptions options;
    options.idleTimeout = std::chrono::milliseconds(300);
    QElapsedTimer clock;
    clock.start();
    HttpJob* job = get(silent.url(u"/v2/images"_s), options);
    QVERIFY(waitForJob(job, 10000));
    QVERIFY(!job->result().has_value());
    QCOMPARE(job->result().error().kind, ApiError::Kind::Timeout);
    QVERIFY(clock.elapsed() < 8000);
    QVERIFY(silent.received().startsWith("GET /v2/images"));
}

void TestHttpJob::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    HttpJob* job = get(QUrl(u"http://127.0.0.1:%1/v2/images"_s.arg(port)));
    QVERIFY(waitForJob(job));
    QVERIFY(!job->result().has_value());
    QCOMPARE(job->result().error().kind, ApiError::Kind::Network);
    QVERIFY2(job->result().error().message.contains(u"refused"_s), qPrintable(job->result().error().message));
}

void TestHttpJob::tlsFailure()
{
    SilentServer plain; // answers a TLS hello with plain HTTP
    plain.setCannedReply("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n", true);
    QVERIFY(plain.listenLocal());
    HttpJob* job = get(QUrl(u"https://127.0.0.1:%1/v2/images"_s.arg(plain.serverPort())));
    QVERIFY(waitForJob(job));
    QVERIFY(!job->result().has_value());
    QVERIFY2(job->result().error().kind == ApiError::Kind::Tls, why(job->result()).constData());
}

void TestHttpJob::bodyCap()
{
    TransportOptions options;
    options.maxBodyBytes = 1000;
    QUrl url = m_cloud->glanceV2Endpoint();
    url.setPath(url.path() + u"/v2/images"_s);
    url.setQuery(u"limit=100"_s);
    HttpJob* job = get(url, options);
    QVERIFY(waitForJob(job));
    QVERIFY(!job->result().has_value());
    QCOMPARE(job->result().error().kind, ApiError::Kind::BadPayload);
    QVERIFY(job->result().error().message.contains(u"larger"_s));
}

void TestHttpJob::truncatedBody()
{
    SilentServer server;
    server.setCannedReply(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"images\": [");
    QVERIFY(server.listenLocal());
    HttpJob* job = get(server.url(u"/v2/images"_s));
    QVERIFY(waitForJob(job));
    QVERIFY(!job->result().has_value());
    QCOMPARE(job->result().error().kind, ApiError::Kind::Network);
    QVERIFY2(job->result().error().message.contains(u"early"_s), why(job->result()).constData());
}

void TestHttpJob::versionDocumentIsAnAnswer()
{
    HttpJob* job = get(m_cloud->glanceV2Endpoint()); // Glance answers its root with 300 and JSON
    QVERIFY(waitForJob(job));
    QVERIFY2(job->result().has_value(), why(job->result()).constData());
    QCOMPARE(job->result()->status, 300);
    QVERIFY(job->result()->body.contains("versions"));
}

void TestHttpJob::abortFinishesOnceAsCancelled()
{
    SilentServer silent;
    QVERIFY(silent.listenLocal());
    HttpJob* job = get(silent.url(u"/x"_s));
    QSignalSpy spy(job, &ApiJob::finished);
    QTRY_VERIFY(!silent.received().isEmpty());
    job->abort();
    job->abort();
    QTRY_COMPARE(spy.count(), 1);
    QTest::qWait(50);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(job->result().error().kind, ApiError::Kind::Cancelled);
}

void TestHttpJob::invalidUrlFailsAsynchronously()
{
    HttpRequestSpec spec;
    spec.url = QUrl(u"ftp://127.0.0.1/x"_s);
    HttpJob job(m_nam, spec, {});
    QSignalSpy spy(&job, &ApiJob::finished);
    job.start();
    QCOMPARE(spy.count(), 0); // never from inside start()
    QVERIFY(spy.wait(2000));
    QCOMPARE(job.result().error().kind, ApiError::Kind::Network);
}

QTEST_GUILESS_MAIN(TestHttpJob)
#include "tst_httpjob.moc"
