// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "democloud/democloud.h"
#include "net/httpjob.h"
#include "support/alpnserver.h"
#include "support/silentserver.h"
#include "support/testjobs.h"
#include "support/tricklingserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::AlpnServer;
using Skylight::Test::SilentServer;
using Skylight::Test::TricklingServer;
using Skylight::Test::waitForJob;
using Skylight::Test::why;

namespace {
const QString kCirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;
const QByteArray kChunkedHead = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                                "Transfer-Encoding: chunked\r\n\r\n";

QByteArray lengthHead(qint64 length)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " +
           QByteArray::number(length) + "\r\n\r\n";
}

// A floor of 100 bytes/s over 1 s windows: a trickle of a few bytes a second fails in ~1 s.
TransportOptions shrunkFloor()
{
    TransportOptions options;
    options.minBytesPerSecond = 100;
    options.rateWindow = std::chrono::milliseconds(1000);
    return options;
}
} // namespace

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
    void floorRate_data();
    void floorRate();
    void slowReaderIsNotTooSlow();
    void chunkedEnd_data();
    void chunkedEnd();
    void streamingAsksForHttp11_data();
    void streamingAsksForHttp11();

private:
    HttpJob* get(const QUrl& url, TransportOptions options = {});
    // Streaming: the body read as it comes, into m_streamedBody.
    HttpJob* fetch(const QUrl& url, const TransportOptions& options, bool streaming);
    void readAll(HttpJob* job);

    QNetworkAccessManager* m_nam = nullptr;
    DemoCloud* m_cloud = nullptr;
    QByteArray m_streamedBody;
};

void TestHttpJob::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_cloud = new DemoCloud(this);
    QVERIFY(m_cloud->start());
    m_streamedBody.clear();
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

HttpJob* TestHttpJob::fetch(const QUrl& url, const TransportOptions& options, bool streaming)
{
    HttpRequestSpec spec;
    spec.url = url;
    auto* job = new HttpJob(m_nam, spec, options, this);
    job->setStreaming(streaming);
    if (streaming)
        connect(job, &HttpJob::bodyAvailable, this, [this, job] { readAll(job); });
    job->start();
    return job;
}

void TestHttpJob::readAll(HttpJob* job)
{
    while (job->bytesAvailable() > 0)
        m_streamedBody += job->read(64 * 1024);
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
    QVERIFY(!job->result().has_value());
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
    QVERIFY(job->result().error().message.contains(u"more than"_s));
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
    QVERIFY(!job->result().has_value());
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
    QVERIFY(!job.result().has_value());
    QCOMPARE(job.result().error().kind, ApiError::Kind::Network);
}

void TestHttpJob::floorRate_data()
{
    QTest::addColumn<bool>("streaming");
    QTest::addColumn<bool>("trickleHead");
    QTest::addColumn<int>("stepBytes");
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<qint64>("bodyBytes");
    QTest::addColumn<QString>("failure"); // empty: succeeds
    for (const bool streaming : {false, true}) {
        const char* mode = streaming ? "streaming" : "collected";
        // One byte every 300 ms: each byte resets the idle timeout (30 s), not the floor.
        QTest::addRow("%s: body trickle", mode)
            << streaming << false << 1 << 300 << qint64(100000) << u"the transfer is too slow"_s;
        QTest::addRow("%s: header trickle", mode)
            << streaming << true << 1 << 300 << qint64(100000) << u"did not send the response headers"_s;
        // 2,000 bytes/s for 2 s, over two windows of the 100 bytes/s floor.
        QTest::addRow("%s: slow but above the floor", mode)
            << streaming << false << 200 << 100 << qint64(4000) << QString();
        QTest::addRow("%s: fast", mode) << streaming << false << 0 << 0 << qint64(3 << 20) << QString();
    }
}

void TestHttpJob::floorRate()
{
    QFETCH(bool, streaming);
    QFETCH(bool, trickleHead);
    QFETCH(int, stepBytes);
    QFETCH(int, intervalMs);
    QFETCH(qint64, bodyBytes);
    QFETCH(QString, failure);
    TricklingServer server;
    const QByteArray body(bodyBytes, 'x');
    server.setAnswer(lengthHead(bodyBytes), body);
    server.setTrickle(stepBytes, intervalMs, trickleHead);
    QVERIFY(server.listenLocal());
    QElapsedTimer clock;
    clock.start();
    HttpJob* job = fetch(server.url(), shrunkFloor(), streaming);
    QVERIFY2(waitForJob(job, 10000), "the job hung");
    if (failure.isEmpty()) {
        QVERIFY2(job->result().has_value(), why(job->result()).constData());
        QCOMPARE(streaming ? m_streamedBody : job->result()->body, body);
        return;
    }
    QVERIFY(!job->result().has_value());
    QCOMPARE(job->result().error().kind, ApiError::Kind::Timeout);
    QVERIFY2(job->result().error().message.contains(failure), why(job->result()).constData());
    QVERIFY2(clock.elapsed() < 5000, QByteArray::number(clock.elapsed()).constData());
    QVERIFY(server.bytesSent() > 0); // it was a trickle, not a silence
}

void TestHttpJob::slowReaderIsNotTooSlow()
{
    TransportOptions options = shrunkFloor();
    // One window is also the headers' deadline: a second, so that a loaded machine is not "too slow".
    options.rateWindow = std::chrono::milliseconds(1000);
    options.minBytesPerSecond = 100 * 1024;
    options.readBufferBytes = 256 * 1024;
    TricklingServer server;
    const QByteArray body(16 << 20, 'y');
    server.setAnswer(lengthHead(body.size()), body);
    QVERIFY(server.listenLocal());

    HttpRequestSpec spec;
    spec.url = server.url();
    HttpJob job(m_nam, spec, options);
    job.setStreaming(true);
    job.start();
    // The reader takes nothing for five windows: the read buffer fills up and the network waits.
    // A loaded machine (CI, parallel tests) may take seconds to move 256 KiB through Qt's threads.
    QTRY_VERIFY2_WITH_TIMEOUT(job.bytesAvailable() >= options.readBufferBytes,
                              QByteArray(QByteArray::number(job.bytesAvailable()) + " bytes buffered; " +
                                         (job.isFinished() ? why(job.result()) : QByteArray("still running")))
                                  .constData(),
                              30000);
    QTest::qWait(5000);
    QVERIFY2(!job.isFinished(), job.isFinished() ? why(job.result()).constData() : "");
    QVERIFY(job.bytesAvailable() >= options.readBufferBytes);
    connect(&job, &HttpJob::bodyAvailable, this, [this, &job] { readAll(&job); });
    readAll(&job);
    QVERIFY(waitForJob(&job));
    QVERIFY2(job.result().has_value(), why(job.result()).constData());
    QCOMPARE(m_streamedBody.size(), body.size());
}

void TestHttpJob::chunkedEnd_data()
{
    QTest::addColumn<bool>("streaming");
    QTest::addColumn<bool>("complete");
    for (const bool streaming : {false, true}) {
        const char* mode = streaming ? "streaming" : "collected";
        QTest::addRow("%s: with the final chunk", mode) << streaming << true;
        QTest::addRow("%s: without the final chunk", mode) << streaming << false;
    }
}

// Qt 6.4.2 reports a chunked body cut before its final chunk as complete in some runs and with
// RemoteHostClosedError in the others, at random (see httpjob.h; here 25% to 95% of the runs):
// over 40 runs, every run that ends in an error must name the missing final chunk, and some must
// (the old code passed the error off as success), while a whole chunked body always succeeds.
void TestHttpJob::chunkedEnd()
{
    QFETCH(bool, streaming);
    QFETCH(bool, complete);
    const QByteArray chunks = "5\r\nhello\r\n6\r\n world\r\n";
    TricklingServer server;
    server.setAnswer(kChunkedHead, complete ? chunks + "0\r\n\r\n" : chunks, !complete);
    QVERIFY(server.listenLocal());
    int failures = 0;
    for (int run = 0; run < 40; ++run) {
        m_streamedBody.clear();
        HttpJob* job = fetch(server.url(), {}, streaming);
        QVERIFY(waitForJob(job));
        if (job->result()) {
            QCOMPARE(streaming ? m_streamedBody : job->result()->body, QByteArray("hello world"));
        } else {
            ++failures;
            QCOMPARE(job->result().error().kind, ApiError::Kind::Network);
            QVERIFY2(job->result().error().message.contains(u"without its final chunk"_s),
                     why(job->result()).constData());
        }
        delete job;
        if (complete)
            break; // the connection stays open: one run is the case
    }
    if (complete)
        QCOMPARE(failures, 0);
    else
        QVERIFY2(failures > 0, "Qt reported every cut chunked body as complete");
}

void TestHttpJob::streamingAsksForHttp11_data()
{
    QTest::addColumn<bool>("streaming");
    QTest::addColumn<bool>("h2");
    QTest::newRow("metadata: h2 when offered") << false << true;
    QTest::newRow("streaming: never h2") << true << false;
}

// The server offers h2 by ALPN and records what the client agreed to (Qt 6.4.2 offers no ALPN
// at all with HTTP/2 not allowed).
void TestHttpJob::streamingAsksForHttp11()
{
    QFETCH(bool, streaming);
    QFETCH(bool, h2);
    AlpnServer server(QStringLiteral(SKYLIGHT_TEST_DATA "/tls/localhost.pem"),
                      QStringLiteral(SKYLIGHT_TEST_DATA "/tls/localhost.key"));
    QVERIFY(server.listenLocal());
    TransportOptions options;
    options.extraCaCertificates = {server.certificate()};
    HttpJob* job = fetch(server.url(), options, streaming);
    QVERIFY(waitForJob(job));
    QCOMPARE(server.negotiated().size(), 1);
    QCOMPARE(server.negotiated().first() == u"h2"_s, h2);
    if (streaming) {
        QVERIFY2(job->result().has_value(), why(job->result()).constData());
        QCOMPARE(m_streamedBody, QByteArray("ok"));
    }
}

QTEST_GUILESS_MAIN(TestHttpJob)
#include "tst_httpjob.moc"
