// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/computeadapter.h"
#include "cli/clioptions.h"
#include "cli/exitcode.h"
#include "identity/cachedsession.h"
#include "identity/cloudconnector.h"
#include "identity/cloudprofilestore.h"
#include "identity/cloudsconfig.h"
#include "settings/appsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
const QString kImage = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;
const QByteArray kToken = QByteArrayLiteral("SENTINEL-token");
} // namespace

// Where a Compute-family image's data is fetched with the token (issue 13): the endpoint's own
// origin, an image service of the cloud's catalog, or the one the user named; an alternate link
// anywhere else is refused, naming its host. Also every place that feeds the rule: the catalog
// (CloudConnector), the kept session, clouds.yaml, the app's profile store and the CLI option.
class TestFileLocation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void computeFileLocation_data();
    void computeFileLocation();
    void catalogImageServicesComeWithTheEndpoint();
    void keptSessionKeepsTheImageServices();
    void cloudsYamlImageService_data();
    void cloudsYamlImageService();
    void storeKeepsTheImageService();
    void cliImageEndpointOption_data();
    void cliImageEndpointOption();
};

void TestFileLocation::computeFileLocation_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QStringList>("catalog");    // the catalog's image services
    QTest::addColumn<QString>("imageData");      // --image-endpoint / the profile's image service
    QTest::addColumn<QStringList>("alternates"); // the image's alternate links
    QTest::addColumn<QString>("expected");       // the file URL, or empty: refused
    QTest::addColumn<QString>("mentions");       // what the refusal names

    const QString id = kImage;
    QTest::newRow("same origin: followed")
        << u"http://127.0.0.1:8774/compute/v2.1"_s << QStringList() << QString()
        << QStringList{u"http://127.0.0.1:8774/image/v2/images/"_s + id}
        << u"http://127.0.0.1:8774/image/v2/images/%1/file"_s.arg(id) << QString();
    QTest::newRow("same origin, default port spelled out: followed")
        << u"https://cloud.example/compute/v2.1"_s << QStringList() << QString()
        << QStringList{u"https://cloud.example:443/image/images/"_s + id}
        << u"https://cloud.example:443/image/v2/images/%1/file"_s.arg(id) << QString();
    QTest::newRow("another port: refused")
        << u"http://127.0.0.1:8774/v2.1"_s << QStringList() << QString()
        << QStringList{u"http://127.0.0.1:9292/v2/images/"_s + id} << QString() << u"http://127.0.0.1:9292"_s;
    QTest::newRow("another host: refused") << u"https://nova.example/v2.1"_s << QStringList() << QString()
                                           << QStringList{u"https://glance.elsewhere.example/images/"_s + id}
                                           << QString() << u"https://glance.elsewhere.example"_s;
    QTest::newRow("https to http on the same host: refused")
        << u"https://cloud.example/compute/v2.1"_s << QStringList() << QString()
        << QStringList{u"http://cloud.example/image/v2/images/"_s + id} << QString() << u"plain http"_s;
    QTest::newRow("catalog image service on another host: followed")
        << u"https://nova.example/v2.1/project"_s
        << QStringList{u"https://glance.example:9292"_s, u"http://glance.internal:9292/"_s} << QString()
        << QStringList{u"https://glance.example:9292/v2/images/"_s + id}
        << u"https://glance.example:9292/v2/images/%1/file"_s.arg(id) << QString();
    QTest::newRow("catalog image service over http from https: refused")
        << u"https://nova.example/v2.1"_s << QStringList{u"http://glance.internal:9292"_s} << QString()
        << QStringList{u"http://glance.internal:9292/images/"_s + id} << QString()
        << u"glance.internal:9292"_s;
    QTest::newRow("catalog host on another port: refused")
        << u"https://nova.example/v2.1"_s << QStringList{u"https://glance.example:9292"_s} << QString()
        << QStringList{u"https://glance.example:9393/images/"_s + id} << QString()
        << u"glance.example:9393"_s;
    QTest::newRow("first alternate elsewhere, second at home: the second")
        << u"http://127.0.0.1:8774/v2.1"_s << QStringList() << QString()
        << QStringList{u"http://127.0.0.1:9292/images/"_s + id, u"http://127.0.0.1:8774/image/images/"_s + id}
        << u"http://127.0.0.1:8774/image/v2/images/%1/file"_s.arg(id) << QString();
    QTest::newRow("image endpoint named: used, links ignored")
        << u"https://nova.example/v2.1"_s << QStringList() << u"https://images.example/v2"_s
        << QStringList{u"https://nova.example/images/"_s + id}
        << u"https://images.example/v2/images/%1/file"_s.arg(id) << QString();
    QTest::newRow("image endpoint named with a path and a slash, no link")
        << u"https://nova.example/v2.1"_s << QStringList() << u"https://cloud.example:8443/glance/"_s
        << QStringList() << u"https://cloud.example:8443/glance/v2/images/%1/file"_s.arg(id) << QString();
    QTest::newRow("image endpoint named over http from https: refused")
        << u"https://nova.example/v2.1"_s << QStringList() << u"http://images.example:9292"_s << QStringList()
        << QString() << u"plain http"_s;
}

void TestFileLocation::computeFileLocation()
{
    QFETCH(QString, endpoint);
    QFETCH(QStringList, catalog);
    QFETCH(QString, imageData);
    QFETCH(QStringList, alternates);
    QFETCH(QString, expected);
    QFETCH(QString, mentions);

    ServiceEndpoint service{.url = QUrl(endpoint), .token = kToken};
    for (const QString& url : catalog)
        service.catalogImageServices.append(QUrl(url));
    service.imageDataEndpoint = QUrl(imageData);
    QNetworkAccessManager nam;
    const ComputeAdapter adapter(&nam, service, TransportOptions(), Dialect::Compute);
    ImageRecord record;
    record.id = kImage;
    record.links.append({u"self"_s, endpoint + u"/images/"_s + kImage, std::nullopt});
    for (const QString& href : alternates)
        record.links.append({u"alternate"_s, href, u"application/vnd.openstack.image"_s});

    const Result<FileLocation> location = adapter.fileLocation(record);
    if (!expected.isEmpty()) {
        QVERIFY2(location.has_value(), qPrintable(location ? QString() : location.error().message));
        QCOMPARE(location->url.toString(), expected);
        QCOMPARE(location->token, kToken);
        return;
    }
    QVERIFY(!location.has_value());
    const ApiError& error = location.error();
    QCOMPARE(error.kind, ApiError::Kind::Forbidden);
    QCOMPARE(error.httpStatus, 0);
    QCOMPARE(exitCodeFor(error), ExitCode::Unauthorized); // exit status 4
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    QVERIFY2(error.message.contains(kImage), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"--image-endpoint"_s), qPrintable(error.message));
    QVERIFY(!error.describe().contains(QString::fromLatin1(kToken)));
}

void TestFileLocation::catalogImageServicesComeWithTheEndpoint()
{
    const auto endpoint = [](const char* interface, const char* region, const char* url) {
        return QJsonObject{{u"interface"_s, QString::fromLatin1(interface)},
                           {u"region_id"_s, QString::fromLatin1(region)},
                           {u"url"_s, QString::fromLatin1(url)}};
    };
    const QJsonArray catalog{
        QJsonObject{
            {u"type"_s, u"compute"_s},
            {u"name"_s, u"nova"_s},
            {u"endpoints"_s, QJsonArray{endpoint("public", "RegionOne", "https://nova.example/v2.1")}}},
        QJsonObject{
            {u"type"_s, u"image"_s},
            {u"name"_s, u"glance"_s},
            {u"endpoints"_s, QJsonArray{endpoint("public", "RegionOne", "https://glance.example:9292"),
                                        endpoint("internal", "RegionOne", "http://glance.internal:9292"),
                                        endpoint("public", "RegionTwo", "https://glance-two.example:9292")}}},
    };
    AuthSession session;
    session.token = kToken;
    session.catalog = ServiceCatalog::fromV3(catalog);
    CloudProfile profile;
    profile.name = u"prod"_s;
    profile.regionName = u"RegionOne"_s;

    // Browsing the catalog's image service, or a compute endpoint the profile names: the same
    // image services may have the token, and the profile's image service is passed on.
    for (const QUrl& browsed : {QUrl(), QUrl(u"https://nova.example/v2.1"_s)}) {
        profile.imageEndpoint = browsed;
        profile.imageDataEndpoint = QUrl(u"https://images.example"_s);
        const Result<ServiceEndpoint> result = CloudConnector::endpointFrom(profile, session);
        QVERIFY(result.has_value());
        QCOMPARE(result->catalogImageServices,
                 (QList<QUrl>{QUrl(u"https://glance.example:9292"_s), QUrl(u"http://glance.internal:9292"_s),
                              QUrl(u"https://glance-two.example:9292"_s)}));
        QCOMPARE(result->imageDataEndpoint, QUrl(u"https://images.example"_s));
    }
}

void TestFileLocation::keptSessionKeepsTheImageServices()
{
    CachedSession kept;
    kept.endpoint.url = QUrl(u"https://nova.example/v2.1"_s);
    kept.endpoint.token = kToken;
    kept.endpoint.catalogImageServices = {QUrl(u"https://glance.example:9292"_s)};
    kept.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    kept.fingerprint = u"f"_s;
    const auto back = CachedSession::fromText(kept.toText());
    QVERIFY(back.has_value());
    QCOMPARE(back->endpoint.catalogImageServices, kept.endpoint.catalogImageServices);

    // Kept by a build that did not know them: not used (signing in again gets the catalog).
    QJsonObject older = QJsonDocument::fromJson(kept.toText().toUtf8()).object();
    QVERIFY(older.contains(u"image_services"_s));
    older.remove(u"image_services"_s);
    QVERIFY(!CachedSession::fromText(QString::fromUtf8(QJsonDocument(older).toJson())).has_value());
}

void TestFileLocation::cloudsYamlImageService_data()
{
    QTest::addColumn<QByteArray>("settings"); // of cloud "c", after its auth
    QTest::addColumn<QString>("browsed");
    QTest::addColumn<QString>("imageData");
    QTest::addColumn<QString>("errorKey"); // or empty

    QTest::newRow("compute dialect with both overrides")
        << QByteArray("    skylight_dialect: compute\n"
                      "    compute_endpoint_override: https://nova.example/v2.1\n"
                      "    image_endpoint_override: https://glance.example:9292\n")
        << u"https://nova.example/v2.1"_s << u"https://glance.example:9292"_s << QString();
    QTest::newRow("detected dialect: the image endpoint is browsed")
        << QByteArray("    compute_endpoint_override: https://nova.example/v2.1\n"
                      "    image_endpoint_override: https://glance.example:9292\n")
        << u"https://glance.example:9292"_s << QString() << QString();
    QTest::newRow("compute dialect, image endpoint only: browsed")
        << QByteArray("    skylight_dialect: huawei-ecs\n"
                      "    image_endpoint_override: https://ecs.example/v2.1\n")
        << u"https://ecs.example/v2.1"_s << QString() << QString();
    QTest::newRow("compute dialect, compute endpoint only")
        << QByteArray("    skylight_dialect: rackspace\n"
                      "    compute_endpoint_override: https://dfw.servers.example/v2/820712\n")
        << u"https://dfw.servers.example/v2/820712"_s << QString() << QString();
    QTest::newRow("not an http image service")
        << QByteArray("    skylight_dialect: compute\n"
                      "    compute_endpoint_override: https://nova.example/v2.1\n"
                      "    image_endpoint_override: ftp://glance.example\n")
        << QString() << QString() << u"clouds.c.image_endpoint_override"_s;
}

void TestFileLocation::cloudsYamlImageService()
{
    QFETCH(QByteArray, settings);
    QFETCH(QString, browsed);
    QFETCH(QString, imageData);
    QFETCH(QString, errorKey);
    const QByteArray yaml = "clouds:\n  c:\n    auth:\n      auth_url: https://keystone.example/v3\n"
                            "      username: u\n" +
                            settings;
    const auto profiles = CloudsConfig::parseText(yaml, u"clouds.yaml"_s);
    if (!errorKey.isEmpty()) {
        QVERIFY(!profiles.has_value());
        QCOMPARE(profiles.error().key, errorKey);
        return;
    }
    QVERIFY2(profiles.has_value(), qPrintable(profiles ? QString() : profiles.error().describe()));
    QCOMPARE(profiles->size(), 1);
    QCOMPARE(profiles->first().imageEndpoint, QUrl(browsed));
    QCOMPARE(profiles->first().imageDataEndpoint, QUrl(imageData));
}

void TestFileLocation::storeKeepsTheImageService()
{
    QTemporaryDir dir;
    QSettings file(dir.filePath(u"Skylight.conf"_s), QSettings::IniFormat);
    AppSettings settings(&file);
    CloudProfileStore store(&settings);
    CloudProfile profile;
    profile.name = u"ecs"_s;
    profile.auth.authUrl = QUrl(u"https://iam.example/v3"_s);
    profile.dialect = Dialect::HuaweiEcs;
    profile.imageEndpoint = QUrl(u"https://ecs.example/v2.1"_s);
    profile.imageDataEndpoint = QUrl(u"https://ims.example/v2"_s);
    store.save(profile, true);
    QCOMPARE(store.load().first().imageDataEndpoint, profile.imageDataEndpoint);
    profile.imageDataEndpoint.clear();
    store.save(profile, true);
    QVERIFY(store.load().first().imageDataEndpoint.isEmpty());
}

void TestFileLocation::cliImageEndpointOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("imageEndpoint"); // or empty
    QTest::addColumn<QString>("error");         // what the usage error says, or empty
    QTest::newRow("before the command") << QStringList{u"--demo"_s, u"--image-endpoint"_s,
                                                       u"http://127.0.0.1:9292/v2"_s, u"download"_s, kImage}
                                        << u"http://127.0.0.1:9292/v2"_s << QString();
    QTest::newRow("after the command")
        << QStringList{u"--endpoint"_s, u"https://nova.example/v2.1"_s, u"download"_s,
                       kImage,          u"--image-endpoint"_s,          u"https://glance.example"_s}
        << u"https://glance.example"_s << QString();
    QTest::newRow("not http") << QStringList{u"--demo"_s, u"--image-endpoint"_s, u"ftp://glance"_s,
                                             u"download"_s, kImage}
                              << QString() << u"--image-endpoint needs an http:// or https:// URL"_s;
    QTest::newRow("no host") << QStringList{u"--demo"_s, u"--image-endpoint"_s, u"https://"_s, u"list"_s}
                             << QString() << u"--image-endpoint needs"_s;
    QTest::newRow("no value") << QStringList{u"--demo"_s, u"list"_s, u"--image-endpoint"_s} << QString()
                              << u"--image-endpoint needs a value"_s;
}

void TestFileLocation::cliImageEndpointOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, imageEndpoint);
    QFETCH(QString, error);
    const auto options = parseCliOptions(arguments);
    if (!error.isEmpty()) {
        QVERIFY(!options.has_value());
        QVERIFY2(options.error().contains(error), qPrintable(options.error()));
        return;
    }
    QVERIFY2(options.has_value(), qPrintable(options ? QString() : options.error()));
    QCOMPARE(options->imageEndpoint, QUrl(imageEndpoint));
    QVERIFY(cliUsage().contains(u"--image-endpoint URL"_s));
}

QTEST_GUILESS_MAIN(TestFileLocation)
#include "tst_filelocation.moc"
