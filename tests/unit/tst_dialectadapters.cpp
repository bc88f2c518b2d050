// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/adapterfactory.h"
#include "adapters/computeadapter.h"
#include "adapters/imagelistloader.h"
#include "democloud/democatalog.h"
#include "democloud/democloud.h"
#include "support/testjobs.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::waitForJob;
using Skylight::Test::why;

namespace {
const QString kCirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;
}

// Every dialect's adapter against the demo cloud on loopback: paging, show, errors and the
// quirks each dialect's servers have.
class TestDialectAdapters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listsEveryPage_data();
    void listsEveryPage();
    void showsCirros_data();
    void showsCirros();
    void unknownImageIsNotFound_data();
    void unknownImageIsNotFound();
    void serverErrors_data();
    void serverErrors();
    void glanceV1ShowUsesHead();
    void computeXmlEndpoint();
    void computeAsksForAnOldMicroversion();
    void rackspace203IsSuccess();
    void rackspace413CarriesRetryAfter();
    void huaweiNeedsAProject();
    void huaweiPathsCarryTheProject();

private:
    ImageAdapter* adapter(Dialect dialect, QUrl url = {});

    QNetworkAccessManager* m_nam = nullptr;
    DemoCloud* m_cloud = nullptr;
};

void TestDialectAdapters::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_cloud = new DemoCloud(this);
    QVERIFY(m_cloud->start());
}

void TestDialectAdapters::cleanup()
{
    delete m_cloud;
    delete m_nam;
}

ImageAdapter* TestDialectAdapters::adapter(Dialect dialect, QUrl url)
{
    const ServiceEndpoint endpoint{.url = url.isEmpty() ? m_cloud->endpoint(dialect) : url,
                                   .token = m_cloud->token(),
                                   .projectId = DemoCloud::projectId()};
    auto created = createImageAdapter(dialect, m_nam, endpoint, {}, m_cloud);
    if (!created)
        qFatal("%s", qPrintable(created.error()));
    return *created;
}

void TestDialectAdapters::listsEveryPage_data()
{
    QTest::addColumn<int>("dialect");
    const qsizetype all = DemoCatalog::standard().images().size();
    QTest::addColumn<int>("expected");
    int nonCommunity = 0;
    for (const DemoImage& image : DemoCatalog::standard().images())
        nonCommunity += image.glance.value(u"visibility"_s).toString() != u"community"_s;
    QTest::newRow("glance-v2") << int(Dialect::GlanceV2) << nonCommunity; // Glance hides community images
    QTest::newRow("glance-v1") << int(Dialect::GlanceV1) << int(all);
    QTest::newRow("compute") << int(Dialect::Compute) << int(all);
    QTest::newRow("rackspace") << int(Dialect::Rackspace) << int(all);
    QTest::newRow("huawei-ecs") << int(Dialect::HuaweiEcs) << int(all);
}

void TestDialectAdapters::listsEveryPage()
{
    QFETCH(int, dialect);
    QFETCH(int, expected);
    ImageListLoader loader(adapter(static_cast<Dialect>(dialect)));
    QSet<QString> ids;
    connect(&loader, &ImageListLoader::pageLoaded, this, [&ids](const QList<ImageRecord>& images) {
        for (const ImageRecord& image : images)
            ids.insert(image.id);
    });
    QSignalSpy finished(&loader, &ImageListLoader::finished);
    PageRequest first;
    first.limit = 7;
    loader.start(first);
    QVERIFY(finished.wait(20000));
    QVERIFY2(!loader.error(), loader.error() ? qPrintable(loader.error()->describe()) : "");
    QCOMPARE(int(ids.size()), expected);
    QCOMPARE(int(loader.loadedCount()), expected);
    QVERIFY(loader.pagesLoaded() >= expected / 7);
}

void TestDialectAdapters::showsCirros_data()
{
    QTest::addColumn<int>("dialect");
    for (Dialect d :
         {Dialect::GlanceV2, Dialect::GlanceV1, Dialect::Compute, Dialect::Rackspace, Dialect::HuaweiEcs})
        QTest::newRow(qPrintable(dialectName(d))) << int(d);
}

void TestDialectAdapters::showsCirros()
{
    QFETCH(int, dialect);
    ImageShowJob* job = adapter(static_cast<Dialect>(dialect))->show(kCirros);
    QVERIFY(waitForJob(job));
    QVERIFY2(job->result().has_value(), why(job->result()).constData());
    const ImageRecord& record = *job->result();
    QCOMPARE(record.id, kCirros);
    QCOMPARE(record.name, std::optional<QString>(u"cirros-0.3.2-x86_64-disk"_s));
    QCOMPARE(record.status, std::optional<QString>(u"active"_s));
    QCOMPARE(record.size, std::optional<qint64>(13167616));
    QCOMPARE(record.createdAt->toString(Qt::ISODate), u"2014-05-05T17:15:10Z"_s);
    QCOMPARE(int(record.dialect), dialect);
    QVERIFY(!record.raw.isEmpty());
}

void TestDialectAdapters::unknownImageIsNotFound_data()
{
    showsCirros_data();
}

void TestDialectAdapters::unknownImageIsNotFound()
{
    QFETCH(int, dialect);
    ImageShowJob* job = adapter(static_cast<Dialect>(dialect))->show(u"no-such-image"_s);
    QVERIFY(waitForJob(job));
    QVERIFY(!job->result().has_value());
    QCOMPARE(job->result().error().kind, ApiError::Kind::NotFound);
    QVERIFY(job->result().error().message.contains(u"no-such-image"_s));
}

void TestDialectAdapters::serverErrors_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");
    for (Dialect d : {Dialect::GlanceV1, Dialect::Compute, Dialect::Rackspace, Dialect::HuaweiEcs}) {
        for (const auto& [status, kind] :
             QList<std::pair<int, ApiError::Kind>>{{400, ApiError::Kind::BadRequest},
                                                   {401, ApiError::Kind::Unauthorized},
                                                   {403, ApiError::Kind::Forbidden},
                                                   {405, ApiError::Kind::BadRequest},
                                                   {409, ApiError::Kind::Conflict},
                                                   {413, ApiError::Kind::OverLimit},
                                                   {500, ApiError::Kind::Server},
                                                   {503, ApiError::Kind::Server}}) {
            QTest::addRow("%s %d", qPrintable(dialectName(d)), status) << int(d) << status << kind;
        }
    }
}

void TestDialectAdapters::serverErrors()
{
    QFETCH(int, dialect);
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    ImageAdapter* images = adapter(static_cast<Dialect>(dialect));
    const QString prefix = images->endpoint().path();
    m_cloud->injectFault(
        {prefix, 2,
         DemoResponse{status,
                      {{"Content-Type", "application/json"}, {"x-openstack-request-id", "req-fault"}},
                      R"({"computeFault": {"message": "injected", "code": 1}})"}});
    ImageListJob* list = images->list({});
    QVERIFY(waitForJob(list));
    ImageShowJob* show = images->show(kCirros);
    QVERIFY(waitForJob(show));
    QVERIFY(!list->result().has_value());
    QVERIFY(!show->result().has_value());
    for (const ApiError& error : {list->result().error(), show->result().error()}) {
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.requestId, u"req-fault"_s);
    }
}

void TestDialectAdapters::glanceV1ShowUsesHead()
{
    ImageShowJob* job = adapter(Dialect::GlanceV1)->show(kCirros);
    QVERIFY(waitForJob(job));
    QVERIFY(job->result().has_value());
    QCOMPARE(m_cloud->requests().last().method, QByteArray("HEAD")); // never downloads the image to show it
    QCOMPARE(job->result()->visibility, std::optional<QString>(u"public"_s));
    QCOMPARE(job->result()->checksum,
             DemoCatalog::standard().find(kCirros)->glance.value(u"checksum"_s).toString());
}

void TestDialectAdapters::computeXmlEndpoint()
{
    ImageAdapter* images = adapter(Dialect::Compute, m_cloud->computeXmlEndpoint());
    ImageShowJob* show = images->show(u"70a599e0-31e7-49b7-b260-868f441e862b"_s);
    QVERIFY(waitForJob(show));
    QVERIFY2(show->result().has_value(), why(show->result()).constData());
    QCOMPARE(show->result()->rawContentType, QByteArray("application/xml"));
    QCOMPARE(show->result()->properties.value(u"kernel_id"_s).toString(), u"nokernel"_s);

    ImageListLoader loader(images);
    QSignalSpy finished(&loader, &ImageListLoader::finished);
    PageRequest first;
    first.limit = 20;
    loader.start(first);
    QVERIFY(finished.wait(20000));
    QVERIFY2(!loader.error(), loader.error() ? qPrintable(loader.error()->describe()) : "");
    QCOMPARE(loader.loadedCount(), DemoCatalog::standard().images().size());
}

void TestDialectAdapters::computeAsksForAnOldMicroversion()
{
    ImageShowJob* job = adapter(Dialect::Compute)->show(kCirros);
    QVERIFY(waitForJob(job));
    QVERIFY(job->result().has_value());
    const DemoRequest& sent = m_cloud->requests().last();
    QCOMPARE(sent.header("OpenStack-API-Version"), QByteArray("compute 2.1"));
    QCOMPARE(sent.header("Accept"), QByteArray("application/json"));
}

void TestDialectAdapters::rackspace203IsSuccess()
{
    ImageShowJob* job = adapter(Dialect::Rackspace)->show(kCirros); // a base image: served as 203
    QVERIFY(waitForJob(job));
    QVERIFY2(job->result().has_value(), why(job->result()).constData());
    QCOMPARE(job->result()->properties.value(u"image_type"_s).toString(), u"base"_s);
    QCOMPARE(job->result()->properties.value(u"OS-DCF:diskConfig"_s).toString(), u"MANUAL"_s);
}

void TestDialectAdapters::rackspace413CarriesRetryAfter()
{
    PageRequest request;
    request.limit = 5000;
    ImageListJob* job = adapter(Dialect::Rackspace)->list(request);
    QVERIFY(waitForJob(job));
    QVERIFY(!job->result().has_value());
    QCOMPARE(job->result().error().kind, ApiError::Kind::OverLimit);
    QCOMPARE(job->result().error().retryAfterSeconds, 60);
}

void TestDialectAdapters::huaweiNeedsAProject()
{
    const ServiceEndpoint endpoint{.url = m_cloud->endpoint(Dialect::HuaweiEcs), .token = m_cloud->token()};
    const auto created = createImageAdapter(Dialect::HuaweiEcs, m_nam, endpoint, {}, m_cloud);
    QVERIFY(!created.has_value());
    QVERIFY(created.error().contains(u"project"_s));
}

void TestDialectAdapters::huaweiPathsCarryTheProject()
{
    for (const QString& version : {u"v2"_s, u"v2.1"_s}) {
        QUrl url = m_cloud->baseUrl();
        url.setPath(u"/huawei/"_s + version);
        auto* images = static_cast<ComputeAdapter*>(adapter(Dialect::HuaweiEcs, url));
        QCOMPARE(images->showUrl(u"x"_s).path(),
                 u"/huawei/%1/%2/images/x"_s.arg(version, DemoCloud::projectId()));
        ImageShowJob* job = images->show(u"17a1890b-0fa4-485e-8505-14e294017988"_s);
        QVERIFY(waitForJob(job));
        QVERIFY2(job->result().has_value(), why(job->result()).constData());
        QCOMPARE(job->result()->properties.value(u"__os_type"_s).toString(), u"Linux"_s);
    }
}

QTEST_GUILESS_MAIN(TestDialectAdapters)
#include "tst_dialectadapters.moc"
