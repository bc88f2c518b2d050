// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// What an Image API v2 says of itself through its adapter (issue 18), against the demo cloud on
// loopback: stores (the detail refused, the list read), import methods, quota usage, an image's
// tasks, the schema with the metadata definitions' titles; hostile answers; a refused token
// renewed once through the RenewingAdapter; and the other dialects, which say they have none of
// it without sending anything.
#include "adapters/adapterfactory.h"
#include "democloud/democloud.h"
#include "democloud/demohttp.h"
#include "democloud/glancev2infoservice.h"
#include "identity/cloudsession.h"
#include "identity/keystoneauthenticator.h"
#include "identity/renewingadapter.h"
#include "support/fakeidentity.h"
#include "support/signinfixture.h"
#include "support/testjobs.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::waitForJob;
using Skylight::Test::why;

namespace {
const QString kCirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;
const QString kFake7 = u"70a599e0-31e7-49b7-b260-868f441e862b"_s;

template <class T>
Result<T> resultOf(Job<T>* job)
{
    if (!waitForJob(job))
        return std::unexpected(ApiError::make(ApiError::Kind::Timeout, u"the job did not finish"_s));
    Result<T> result = job->result();
    job->deleteLater();
    return result;
}

DemoResponse jsonAnswer(const QByteArray& body, int status = 200)
{
    return DemoResponse::json(body, status);
}
} // namespace

class TestCloudInfoAdapter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void storesFallBackFromTheDetail();
    void storesDetailWhenAllowed();
    void storesNotFoundSaysOneStore();
    void importAndUsage();
    void tasksOfAnImage();
    void tasksOfAnUnknownImage();
    void schemaWithTitles();
    void schemaWithoutMetadefs();
    void hostileAnswers_data();
    void hostileAnswers();
    void otherDialectsHaveNone_data();
    void otherDialectsHaveNone();
    void aRefusedTokenIsRenewedOnce();

private:
    ImageAdapter* adapter(Dialect dialect);
    QStringList paths() const;

    QNetworkAccessManager* m_nam = nullptr;
    DemoCloud* m_cloud = nullptr;
};

void TestCloudInfoAdapter::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_cloud = new DemoCloud(this);
    QVERIFY(m_cloud->start());
}

void TestCloudInfoAdapter::cleanup()
{
    delete m_cloud;
    delete m_nam;
}

ImageAdapter* TestCloudInfoAdapter::adapter(Dialect dialect)
{
    const ServiceEndpoint endpoint{
        .url = m_cloud->endpoint(dialect), .token = m_cloud->token(), .projectId = DemoCloud::projectId()};
    auto created = createImageAdapter(dialect, m_nam, endpoint, {}, m_cloud);
    if (!created)
        qFatal("%s", qPrintable(created.error()));
    return *created;
}

QStringList TestCloudInfoAdapter::paths() const
{
    QStringList paths;
    for (const DemoRequest& request : m_cloud->requests())
        paths.append(request.url.path());
    return paths;
}

void TestCloudInfoAdapter::storesFallBackFromTheDetail()
{
    const auto stores = resultOf(adapter(Dialect::GlanceV2)->stores());
    QVERIFY2(stores, why(stores).constData());
    QCOMPARE(stores->detailed, false);
    QVERIFY(stores->stores.size() >= 2);
    QCOMPARE(stores->stores.at(0).id, u"fast"_s);
    QVERIFY(stores->stores.at(0).isDefault);
    QCOMPARE(stores->stores.at(1).id, u"cold"_s);
    QVERIFY(!stores->stores.at(1).isDefault);
    const QStringList asked = paths();
    QCOMPARE(asked.size(), 2);
    QVERIFY2(asked.at(0).endsWith(u"/v2/info/stores/detail"_s), qPrintable(asked.join(u' ')));
    QVERIFY2(asked.at(1).endsWith(u"/v2/info/stores"_s), qPrintable(asked.join(u' ')));
}

void TestCloudInfoAdapter::storesDetailWhenAllowed()
{
    m_cloud->injectFault({u"/image/v2/info/stores/detail"_s, 1,
                          jsonAnswer(R"({"stores":[{"id":"fast","type":"file","default":true,
                              "description":"Fast","properties":{"datadir":"/var/lib/glance"},"weight":50}]})")});
    const auto stores = resultOf(adapter(Dialect::GlanceV2)->stores());
    QVERIFY2(stores, why(stores).constData());
    QVERIFY(stores->detailed);
    QCOMPARE(stores->stores.size(), 1);
    QCOMPARE(stores->stores.first().type.value_or(QString()), u"file"_s);
    QCOMPARE(paths().size(), 1);
}

void TestCloudInfoAdapter::storesNotFoundSaysOneStore()
{
    const DemoResponse missing = DemoResponse::htmlError(404, u"404 Not Found"_s, u"not found"_s);
    m_cloud->injectFault({u"/image/v2/info/stores"_s, 2, missing}); // the detail, then the list
    const auto stores = resultOf(adapter(Dialect::GlanceV2)->stores());
    QVERIFY(!stores);
    QCOMPARE(stores.error().kind, ApiError::Kind::NotFound);
    QVERIFY2(stores.error().message.contains(u"one store"_s), qPrintable(stores.error().message));
}

void TestCloudInfoAdapter::importAndUsage()
{
    ImageAdapter* glance = adapter(Dialect::GlanceV2);
    const auto import = resultOf(glance->importInfo());
    QVERIFY2(import, why(import).constData());
    QCOMPARE(import->methods, (QStringList{u"glance-direct"_s, u"web-download"_s, u"copy-image"_s}));
    const auto usage = resultOf(glance->usage());
    QVERIFY2(usage, why(usage).constData());
    QCOMPARE(usage->entries.size(), 4);
    QCOMPARE(usage->entries.first().key, u"image_count_total"_s);
    QCOMPARE(usage->entries.first().limit.value_or(0), 100);
    QVERIFY(usage->entries.first().usage.value_or(0) > 0);
    QVERIFY(usage->find(u"image_stage_total"_s)->isUnlimited());
}

void TestCloudInfoAdapter::tasksOfAnImage()
{
    QCOMPARE(GlanceV2InfoService::taskImageId(), kCirros);
    ImageAdapter* glance = adapter(Dialect::GlanceV2);
    const auto tasks = resultOf(glance->tasks(kCirros));
    QVERIFY2(tasks, why(tasks).constData());
    QCOMPARE(tasks->tasks.size(), 3);
    const ImageTask& copying = tasks->tasks.first();
    QCOMPARE(copying.status, u"processing"_s);
    QCOMPARE(copying.method, u"copy-image"_s);
    QCOMPARE(copying.stores, QStringList{u"cold"_s});
    QCOMPARE(copying.message.value_or(QString()), u"Copied 15 MiB"_s);
    QCOMPARE(tasks->tasks.at(1).status, u"failure"_s);
    QCOMPARE(tasks->tasks.at(2).status, u"success"_s);
    QVERIFY(paths().last().endsWith(u"/v2/images/%1/tasks"_s.arg(kCirros)));

    const auto none = resultOf(glance->tasks(kFake7));
    QVERIFY2(none, why(none).constData());
    QCOMPARE(none->tasks.size(), 0);
}

void TestCloudInfoAdapter::tasksOfAnUnknownImage()
{
    // An id that cannot leave its path segment.
    const auto tasks = resultOf(adapter(Dialect::GlanceV2)->tasks(u"no/such?image"_s));
    QVERIFY(!tasks);
    QCOMPARE(tasks.error().kind, ApiError::Kind::NotFound);
    QVERIFY2(tasks.error().message.contains(u"v2.12"_s), qPrintable(tasks.error().message));
    QVERIFY2(paths().last().endsWith(u"/v2/images/no%2Fsuch%3Fimage/tasks"_s) ||
                 m_cloud->requests()
                     .last()
                     .url.toString(QUrl::FullyEncoded)
                     .contains(u"no%2Fsuch%3Fimage/tasks"_s),
             qPrintable(m_cloud->requests().last().url.toString(QUrl::FullyEncoded)));
}

void TestCloudInfoAdapter::schemaWithTitles()
{
    const auto schema = resultOf(adapter(Dialect::GlanceV2)->schema());
    QVERIFY2(schema, why(schema).constData());
    QCOMPARE(schema->group(u"disk_format"_s), ImageSchema::Group::Base);
    QVERIFY(schema->enumValues(u"disk_format"_s).contains(u"qcow2"_s));
    QVERIFY(!schema->description(u"min_ram"_s).isEmpty());
    QCOMPARE(schema->group(u"os_distro"_s), ImageSchema::Group::Custom);
    QCOMPARE(schema->group(u"os_glance_importing_to_stores"_s), ImageSchema::Group::System);
    // Named as images carry them (the namespaces asked with resource_type=OS::Glance::Image).
    QCOMPARE(schema->title(u"hw_disk_bus"_s), u"Disk Bus"_s);
    QVERIFY(schema->enumValues(u"hw_disk_bus"_s).contains(u"virtio"_s));
    QCOMPARE(schema->title(u"os_distro"_s), u"OS Distro"_s);
    QCOMPARE(paths().size(), 4); // the schema, the namespaces, two namespaces
}

void TestCloudInfoAdapter::schemaWithoutMetadefs()
{
    m_cloud->injectFault(
        {u"/image/v2/metadefs"_s, -1, DemoResponse::htmlError(403, u"403 Forbidden"_s, u"no"_s)});
    const auto schema = resultOf(adapter(Dialect::GlanceV2)->schema());
    QVERIFY2(schema, why(schema).constData());
    QCOMPARE(schema->title(u"hw_disk_bus"_s), QString());
    QCOMPARE(schema->definitionCount(), qsizetype(0));
    QCOMPARE(schema->group(u"name"_s), ImageSchema::Group::Base);
}

void TestCloudInfoAdapter::hostileAnswers_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("call"); // 0 stores, 1 import, 2 usage, 3 tasks, 4 schema
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("contentType");

    QTest::newRow("usage as a web page")
        << u"/image/v2/info/usage"_s << 2 << QByteArray("<html>hi</html>") << u"text/html"_s;
    QTest::newRow("import malformed")
        << u"/image/v2/info/import"_s << 1 << QByteArray("{\"import-methods\":") << u"application/json"_s;
    QTest::newRow("tasks not an object")
        << u"/image/v2/images/"_s << 3 << QByteArray("[1,2,3]") << u"application/json"_s;
    QTest::newRow("schema without properties")
        << u"/image/v2/schemas/image"_s << 4 << QByteArray("{\"name\":\"image\"}") << u"application/json"_s;
    QTest::newRow("stores nested too deep")
        << u"/image/v2/info/stores"_s << 0 << QByteArray(2000, '[') + QByteArray(2000, ']')
        << u"application/json"_s;
}

void TestCloudInfoAdapter::hostileAnswers()
{
    QFETCH(QString, path);
    QFETCH(int, call);
    QFETCH(QByteArray, body);
    QFETCH(QString, contentType);
    DemoResponse answer{200, {{"Content-Type", contentType.toLatin1()}}, body};
    m_cloud->injectFault({path, -1, answer});
    ImageAdapter* glance = adapter(Dialect::GlanceV2);
    std::optional<ApiError> error;
    const auto take = [&](const auto& result) {
        if (!result)
            error = result.error();
    };
    switch (call) {
    case 0:
        take(resultOf(glance->stores()));
        break;
    case 1:
        take(resultOf(glance->importInfo()));
        break;
    case 2:
        take(resultOf(glance->usage()));
        break;
    case 3:
        take(resultOf(glance->tasks(kCirros)));
        break;
    default:
        take(resultOf(glance->schema()));
        break;
    }
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, ApiError::Kind::BadPayload);
}

void TestCloudInfoAdapter::otherDialectsHaveNone_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("name");
    QTest::newRow("glance-v1") << Dialect::GlanceV1 << dialectName(Dialect::GlanceV1);
    QTest::newRow("compute") << Dialect::Compute << dialectName(Dialect::Compute);
    QTest::newRow("rackspace") << Dialect::Rackspace << dialectName(Dialect::Rackspace);
    QTest::newRow("huawei") << Dialect::HuaweiEcs << dialectName(Dialect::HuaweiEcs);
}

void TestCloudInfoAdapter::otherDialectsHaveNone()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, name);
    ImageAdapter* other = adapter(dialect);
    QList<std::optional<ApiError>> errors;
    const auto take = [&](const auto& result) {
        errors.append(result ? std::nullopt : std::optional(result.error()));
    };
    take(resultOf(other->stores()));
    take(resultOf(other->importInfo()));
    take(resultOf(other->usage()));
    take(resultOf(other->tasks(kCirros)));
    take(resultOf(other->schema()));
    for (const auto& error : std::as_const(errors)) {
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ApiError::Kind::BadRequest);
        QCOMPARE(error->httpStatus, 0);
        QVERIFY2(error->message.contains(name), qPrintable(error->message));
    }
    QCOMPARE(m_cloud->requests().size(), 0);
}

void TestCloudInfoAdapter::aRefusedTokenIsRenewedOnce()
{
    Test::FakeIdentity identity;
    DemoCloud demo;
    QVERIFY(Test::startCloudBehindIdentity(demo, identity));
    CloudProfile profile = Test::passwordProfile(identity, u"info"_s);
    KeystoneAuthenticator::setSecret(profile.auth, QString::fromLatin1(Test::FakeIdentity::kPassword));
    CloudSession session(m_nam, profile, nullptr, TransportOptions(),
                         [] { return QDateTime::currentDateTimeUtc(); });
    QSignalSpy ready(&session, &CloudSession::ready);
    session.signIn();
    QVERIFY(ready.wait(15000));
    ImageAdapter* renewing = session.adapter();
    QVERIFY(qobject_cast<RenewingAdapter*>(renewing));
    demo.setToken("fake-token-2"); // the first token is revoked
    const auto stores = resultOf(renewing->stores());
    QVERIFY2(stores, why(stores).constData());
    const auto usage = resultOf(renewing->usage());
    QVERIFY2(usage, why(usage).constData());
    const auto tasks = resultOf(renewing->tasks(kCirros));
    QVERIFY2(tasks, why(tasks).constData());
    const auto schema = resultOf(renewing->schema());
    QVERIFY2(schema, why(schema).constData());
    const auto import = resultOf(renewing->importInfo());
    QVERIFY2(import, why(import).constData());
    QCOMPARE(identity.tokensIssued(), 2); // one renewal
}

QTEST_GUILESS_MAIN(TestCloudInfoAdapter)
#include "tst_cloudinfoadapter.moc"
