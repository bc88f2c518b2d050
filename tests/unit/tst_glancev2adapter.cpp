// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/glancev2adapter.h"
#include "democloud/democatalog.h"
#include "democloud/democloud.h"
#include "support/testjobs.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::waitForJob;
using Skylight::Test::why;

namespace {
const QString kCirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;
}

class TestGlanceV2Adapter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showCirros();
    void showUnknownIsNotFound();
    void showEncodesTheId();
    void pagingVisitsEveryImageOnce();
    void filtersAndSortReachTheServer();
    void wrongTokenIsUnauthorized();
    void errorStatuses_data();
    void errorStatuses();
    void badPayloads_data();
    void badPayloads();
    void nextLinkNeverLeavesTheOrigin();

private:
    GlanceV2Adapter* adapter(const QByteArray& token);
    ImagePage listPage(GlanceV2Adapter* glance, const PageRequest& request);

    QNetworkAccessManager* m_nam = nullptr;
    DemoCloud* m_cloud = nullptr;
};

void TestGlanceV2Adapter::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_cloud = new DemoCloud(this);
    QVERIFY(m_cloud->start());
}

void TestGlanceV2Adapter::cleanup()
{
    delete m_cloud;
    delete m_nam;
}

GlanceV2Adapter* TestGlanceV2Adapter::adapter(const QByteArray& token)
{
    return new GlanceV2Adapter(m_nam, ServiceEndpoint{.url = m_cloud->glanceV2Endpoint(), .token = token}, {},
                               m_cloud);
}

ImagePage TestGlanceV2Adapter::listPage(GlanceV2Adapter* glance, const PageRequest& request)
{
    ImageListJob* job = glance->list(request);
    if (!waitForJob(job))
        return {};
    if (!job->result())
        qWarning() << job->result().error().describe();
    return job->result().value_or(ImagePage{});
}

void TestGlanceV2Adapter::showCirros()
{
    ImageShowJob* job = adapter(m_cloud->token())->show(kCirros);
    QVERIFY(waitForJob(job));
    QVERIFY2(job->result().has_value(), why(job->result()).constData());
    const ImageRecord& record = *job->result();
    QCOMPARE(record.id, kCirros);
    QCOMPARE(record.name, std::optional<QString>(u"cirros-0.3.2-x86_64-disk"_s));
    QCOMPARE(record.size, std::optional<qint64>(13167616));
    QCOMPARE(record.hashAlgo, std::optional<QString>(u"sha512"_s));
    QCOMPARE(record.dialect, Dialect::GlanceV2);
    QVERIFY(record.raw.contains("cirros-0.3.2-x86_64-disk"));
    QCOMPARE(record.link(u"file"_s)->href,
             m_cloud->glanceV2Endpoint().toString() + u"/v2/images/"_s + kCirros + u"/file"_s);
}

void TestGlanceV2Adapter::showUnknownIsNotFound()
{
    ImageShowJob* job = adapter(m_cloud->token())->show(u"00000000-0000-0000-0000-000000000000"_s);
    QVERIFY(waitForJob(job));
    QVERIFY(!job->result().has_value());
    const ApiError& error = job->result().error();
    QCOMPARE(error.kind, ApiError::Kind::NotFound);
    QCOMPARE(error.httpStatus, 404);
    QVERIFY(error.requestId.startsWith(u"req-"_s));
    QVERIFY(error.message.contains(u"00000000-0000-0000-0000-000000000000"_s));
}

void TestGlanceV2Adapter::showEncodesTheId()
{
    GlanceV2Adapter* glance = adapter(m_cloud->token());
    const QUrl url = glance->showUrl(u"../../etc/passwd?x=1#y"_s);
    QVERIFY2(url.toEncoded().endsWith("/image/v2/images/..%2F..%2Fetc%2Fpasswd%3Fx%3D1%23y"),
             url.toEncoded().constData());
    ImageShowJob* job = glance->show(u"a/b"_s);
    QVERIFY(waitForJob(job));
    QVERIFY(!job->result().has_value());
    QCOMPARE(job->result().error().kind, ApiError::Kind::NotFound);
}

void TestGlanceV2Adapter::pagingVisitsEveryImageOnce()
{
    GlanceV2Adapter* glance = adapter(m_cloud->token());
    PageRequest request;
    request.limit = 7;
    request.filters = {{u"visibility"_s, u"all"_s}};
    QSet<QString> seen;
    int pages = 0;
    while (true) {
        const ImagePage page = listPage(glance, request);
        ++pages;
        for (const ImageRecord& record : page.images) {
            QVERIFY2(!seen.contains(record.id), qPrintable(record.id));
            seen.insert(record.id);
        }
        if (page.next.isEmpty())
            break;
        QVERIFY(page.images.size() == 7);
        QVERIFY(pages < 50);
        request = PageRequest{};
        request.next = page.next;
    }
    QCOMPARE(seen.size(), DemoCatalog::standard().images().size());
    QVERIFY(pages >= 8);
}

void TestGlanceV2Adapter::filtersAndSortReachTheServer()
{
    GlanceV2Adapter* glance = adapter(m_cloud->token());
    PageRequest request;
    request.limit = 100;
    request.sort = u"name:asc"_s;
    request.filters = {{u"status"_s, u"active"_s}, {u"visibility"_s, u"public"_s}};
    const ImagePage page = listPage(glance, request);
    QVERIFY(page.images.size() >= 5);
    QString previous;
    for (const ImageRecord& record : page.images) {
        QCOMPARE(record.status, std::optional<QString>(u"active"_s));
        QCOMPARE(record.visibility, std::optional<QString>(u"public"_s));
        const QString name = record.name.value_or(QString());
        QVERIFY2(previous <= name || !record.name, qPrintable(previous + u" > "_s + name));
        if (record.name)
            previous = name;
    }
    const QUrlQuery sent(m_cloud->requests().last().url);
    QCOMPARE(sent.queryItemValue(u"sort"_s), u"name:asc"_s);
    QCOMPARE(sent.queryItemValue(u"limit"_s), u"100"_s);
}

void TestGlanceV2Adapter::wrongTokenIsUnauthorized()
{
    ImageListJob* job = adapter("not-the-token")->list({});
    QVERIFY(waitForJob(job));
    QVERIFY(!job->result().has_value());
    QCOMPARE(job->result().error().kind, ApiError::Kind::Unauthorized);
    QVERIFY2(job->result().error().message.contains(u"requires authentication"_s),
             qPrintable(job->result().error().message));
    QVERIFY(!job->result().error().message.contains(u"not-the-token"_s));
}

void TestGlanceV2Adapter::errorStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("400") << 400 << ApiError::Kind::BadRequest;
    QTest::newRow("403") << 403 << ApiError::Kind::Forbidden;
    QTest::newRow("404") << 404 << ApiError::Kind::NotFound;
    QTest::newRow("409") << 409 << ApiError::Kind::Conflict;
    QTest::newRow("413") << 413 << ApiError::Kind::OverLimit;
    QTest::newRow("500") << 500 << ApiError::Kind::Server;
    QTest::newRow("503") << 503 << ApiError::Kind::Server;
}

void TestGlanceV2Adapter::errorStatuses()
{
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    m_cloud->injectFault(
        {u"/image/v2/images"_s, 2, DemoResponse::htmlError(status, u"Failure"_s, u"Injected failure"_s)});
    GlanceV2Adapter* glance = adapter(m_cloud->token());
    ImageListJob* list = glance->list({});
    ImageShowJob* show = glance->show(kCirros);
    QVERIFY(waitForJob(list));
    QVERIFY(waitForJob(show));
    QVERIFY(!list->result().has_value());
    QVERIFY(!show->result().has_value());
    for (const ApiError& error : {list->result().error(), show->result().error()}) {
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, status);
        QVERIFY2(error.message.contains(u"Injected failure"_s) || kind == ApiError::Kind::NotFound,
                 qPrintable(error.message));
    }
}

void TestGlanceV2Adapter::badPayloads_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("malformed") << QByteArray("application/json") << QByteArray(R"({"images": [{"id": )");
    QTest::newRow("html 200") << QByteArray("text/html")
                              << QByteArray("<html><body>Please log in</body></html>");
    QTest::newRow("empty 200") << QByteArray("application/json") << QByteArray();
    QTest::newRow("not utf-8") << QByteArray("application/json") << QByteArray("\xff\xfe\x00{");
}

void TestGlanceV2Adapter::badPayloads()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    m_cloud->injectFault(
        {u"/image/v2/images"_s, 1, DemoResponse{200, {{"Content-Type", contentType}}, body}});
    ImageListJob* job = adapter(m_cloud->token())->list({});
    QVERIFY(waitForJob(job));
    QVERIFY(!job->result().has_value());
    QCOMPARE(job->result().error().kind, ApiError::Kind::BadPayload);
    QVERIFY(!job->result().error().message.isEmpty());
}

void TestGlanceV2Adapter::nextLinkNeverLeavesTheOrigin()
{
    GlanceV2Adapter* glance = adapter(m_cloud->token());
    PageRequest request;
    request.next = QUrl(u"http://evil.example.com:1/image/v2/images?marker=x"_s);
    const QUrl url = glance->listUrl(request);
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QCOMPARE(url.port(), int(m_cloud->port()));
    QCOMPARE(url.path(), u"/image/v2/images"_s);
}

QTEST_GUILESS_MAIN(TestGlanceV2Adapter)
#include "tst_glancev2adapter.moc"
