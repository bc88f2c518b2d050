// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "identity/keystoneauthenticator.h"
#include "support/testjobs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::waitForJob;

namespace {
AuthSettings password()
{
    AuthSettings auth;
    auth.type = AuthSettings::Type::Password;
    auth.authUrl = QUrl(u"https://keystone.example.com:5000/v3/"_s);
    auth.username = u"alice"_s;
    auth.password = u"s3cret"_s;
    auth.projectName = u"images"_s;
    auth.userDomainName = u"Default"_s;
    return auth;
}

QJsonObject body(const AuthSettings& auth)
{
    return QJsonDocument::fromJson(KeystoneAuthenticator::requestBody(auth))
        .object()
        .value(u"auth"_s)
        .toObject();
}

HttpResponse json(const QByteArray& text, RawHeaderList headers = {})
{
    headers.append(RawHeader{"Content-Type", "application/json"});
    return HttpResponse{201, QUrl(u"https://k/v3/auth/tokens"_s), headers, text};
}
} // namespace

class TestKeystoneAuthenticator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokensUrl_data();
    void tokensUrl();
    void passwordBody();
    void applicationCredentialBody();
    void tokenBody();
    void v2AndRackspaceBodies();
    void huaweiScopesToTheProject();
    void parsesV3();
    void parsesV2RackspaceCatalog();
    void badAnswers_data();
    void badAnswers();
    void missingSecretFailsWithoutNetwork();
    void catalogSelection_data();
    void catalogSelection();
};

void TestKeystoneAuthenticator::tokensUrl_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("authUrl");
    QTest::addColumn<QString>("tokens");
    QTest::newRow("v3") << int(AuthSettings::Type::Password) << u"https://k:5000/v3"_s
                        << u"https://k:5000/v3/auth/tokens"_s;
    QTest::newRow("v3 slash") << int(AuthSettings::Type::Password) << u"https://k:5000/v3/"_s
                              << u"https://k:5000/v3/auth/tokens"_s;
    QTest::newRow("versionless") << int(AuthSettings::Type::Password) << u"https://k/identity"_s
                                 << u"https://k/identity/v3/auth/tokens"_s;
    QTest::newRow("v2 url, v3 auth") << int(AuthSettings::Type::Token) << u"https://k:5000/v2.0"_s
                                     << u"https://k:5000/v3/auth/tokens"_s;
    QTest::newRow("v2") << int(AuthSettings::Type::V2Password) << u"https://k:5000/v2.0/"_s
                        << u"https://k:5000/v2.0/tokens"_s;
    QTest::newRow("rackspace default") << int(AuthSettings::Type::RackspaceApiKey) << QString()
                                       << u"https://identity.api.rackspacecloud.com/v2.0/tokens"_s;
}

void TestKeystoneAuthenticator::tokensUrl()
{
    QFETCH(int, type);
    QFETCH(QString, authUrl);
    QFETCH(QString, tokens);
    AuthSettings auth;
    auth.type = static_cast<AuthSettings::Type>(type);
    auth.authUrl = QUrl(authUrl);
    QCOMPARE(KeystoneAuthenticator::tokensUrl(auth).toString(), tokens);
}

void TestKeystoneAuthenticator::passwordBody()
{
    const QJsonObject auth = body(password());
    const QJsonObject identity = auth.value(u"identity"_s).toObject();
    QCOMPARE(identity.value(u"methods"_s).toArray(), QJsonArray{u"password"_s});
    const QJsonObject user = identity.value(u"password"_s).toObject().value(u"user"_s).toObject();
    QCOMPARE(user.value(u"name"_s).toString(), u"alice"_s);
    QCOMPARE(user.value(u"password"_s).toString(), u"s3cret"_s);
    QCOMPARE(user.value(u"domain"_s).toObject().value(u"name"_s).toString(), u"Default"_s);
    const QJsonObject project = auth.value(u"scope"_s).toObject().value(u"project"_s).toObject();
    QCOMPARE(project.value(u"name"_s).toString(), u"images"_s);
    QCOMPARE(project.value(u"domain"_s).toObject().value(u"id"_s).toString(), u"default"_s);

    AuthSettings byId = password();
    byId.userId = u"u-123"_s;
    byId.projectId = u"p-456"_s;
    const QJsonObject idAuth = body(byId);
    QCOMPARE(idAuth.value(u"identity"_s)
                 .toObject()
                 .value(u"password"_s)
                 .toObject()
                 .value(u"user"_s)
                 .toObject()
                 .value(u"id"_s)
                 .toString(),
             u"u-123"_s);
    QCOMPARE(idAuth.value(u"scope"_s).toObject().value(u"project"_s).toObject(),
             (QJsonObject{{u"id"_s, u"p-456"_s}}));
}

void TestKeystoneAuthenticator::applicationCredentialBody()
{
    AuthSettings auth;
    auth.type = AuthSettings::Type::ApplicationCredential;
    auth.applicationCredentialId = u"ac-1"_s;
    auth.applicationCredentialSecret = u"shh"_s;
    auth.projectName = u"ignored"_s;
    const QJsonObject result = body(auth);
    QCOMPARE(result.value(u"identity"_s).toObject().value(u"application_credential"_s).toObject(),
             (QJsonObject{{u"id"_s, u"ac-1"_s}, {u"secret"_s, u"shh"_s}}));
    QVERIFY(!result.contains(u"scope"_s)); // an application credential carries its scope
}

void TestKeystoneAuthenticator::tokenBody()
{
    AuthSettings auth;
    auth.type = AuthSettings::Type::Token;
    auth.token = u"gAAAA-token"_s;
    auth.projectId = u"p"_s;
    const QJsonObject result = body(auth);
    QCOMPARE(result.value(u"identity"_s).toObject().value(u"token"_s).toObject().value(u"id"_s).toString(),
             u"gAAAA-token"_s);
    QCOMPARE(result.value(u"scope"_s).toObject().value(u"project"_s).toObject().value(u"id"_s).toString(),
             u"p"_s);
}

void TestKeystoneAuthenticator::v2AndRackspaceBodies()
{
    AuthSettings v2;
    v2.type = AuthSettings::Type::V2Password;
    v2.username = u"u"_s;
    v2.password = u"p"_s;
    v2.projectName = u"t"_s;
    QCOMPARE(body(v2), (QJsonObject{{u"passwordCredentials"_s,
                                     QJsonObject{{u"username"_s, u"u"_s}, {u"password"_s, u"p"_s}}},
                                    {u"tenantName"_s, u"t"_s}}));
    AuthSettings rax;
    rax.type = AuthSettings::Type::RackspaceApiKey;
    rax.username = u"u"_s;
    rax.apiKey = u"k"_s;
    QCOMPARE(body(rax), (QJsonObject{{u"RAX-KSKEY:apiKeyCredentials"_s,
                                      QJsonObject{{u"username"_s, u"u"_s}, {u"apiKey"_s, u"k"_s}}}}));
}

void TestKeystoneAuthenticator::huaweiScopesToTheProject()
{
    AuthSettings auth;
    auth.type = AuthSettings::Type::Huawei;
    auth.authUrl = QUrl(u"https://iam.myhuaweicloud.com/v3"_s);
    auth.username = u"ops"_s;
    auth.password = u"pw"_s;
    auth.domainName = u"acme"_s;
    auth.projectName = u"cn-north-4"_s;
    const QJsonObject result = body(auth);
    const QJsonObject user =
        result.value(u"identity"_s).toObject().value(u"password"_s).toObject().value(u"user"_s).toObject();
    QCOMPARE(user.value(u"domain"_s).toObject().value(u"name"_s).toString(), u"acme"_s);
    const QJsonObject project = result.value(u"scope"_s).toObject().value(u"project"_s).toObject();
    QCOMPARE(project.value(u"name"_s).toString(), u"cn-north-4"_s);
    QCOMPARE(project.value(u"domain"_s).toObject().value(u"name"_s).toString(), u"acme"_s);
}

void TestKeystoneAuthenticator::parsesV3()
{
    const QByteArray text =
        R"({"token": {"expires_at": "2026-11-24T10:00:00.000000Z", "methods": ["password"],
        "project": {"id": "p-1", "name": "demo", "domain": {"id": "default"}}, "user": {"id": "u-1", "name": "demo"},
        "catalog": [{"type": "image", "name": "glance", "endpoints": [
            {"interface": "public", "region_id": "RegionOne", "region": "RegionOne", "url": "http://g:9292"},
            {"interface": "internal", "region_id": "RegionOne", "url": "http://g-int:9292"}]},
          {"type": "compute", "name": "nova", "endpoints": [
            {"interface": "public", "region_id": "RegionTwo", "url": "http://n2:8774/v2.1"},
            {"interface": "public", "region_id": "RegionOne", "url": "http://n1:8774/v2.1"}]}]}})";
    const auto session = KeystoneAuthenticator::parseV3(json(text, {{"X-Subject-Token", "gAAAA-secret"}}));
    QVERIFY(session.has_value());
    QCOMPARE(session->token, QByteArray("gAAAA-secret"));
    QCOMPARE(session->projectId, u"p-1"_s);
    QCOMPARE(session->userId, u"u-1"_s);
    QCOMPARE(session->expiresAt->toString(Qt::ISODate), u"2026-11-24T10:00:00Z"_s);
    QCOMPARE(session->catalog.endpoint(u"image"_s, u"public"_s, u"RegionOne"_s), QUrl(u"http://g:9292"_s));
    QCOMPARE(session->catalog.endpoint(u"image"_s, u"internal"_s, {}), QUrl(u"http://g-int:9292"_s));
    QCOMPARE(session->catalog.endpoint(u"compute"_s, u"public"_s, u"RegionOne"_s),
             QUrl(u"http://n1:8774/v2.1"_s));
    QCOMPARE(session->catalog.regions(u"compute"_s), (QStringList{u"RegionTwo"_s, u"RegionOne"_s}));
}

void TestKeystoneAuthenticator::parsesV2RackspaceCatalog()
{
    // The shape Rackspace's identity service documents for RAX-KSKEY sign-ins.
    const QByteArray text =
        R"({"access": {"token": {"id": "aaaaa-bbbbb", "expires": "2026-11-24T10:00:00.000-06:00",
        "tenant": {"id": "820712", "name": "820712"}, "RAX-AUTH:authenticatedBy": ["APIKEY"]},
        "user": {"id": "161418", "name": "demoauthor", "RAX-AUTH:defaultRegion": "DFW"},
        "serviceCatalog": [
          {"name": "cloudServersOpenStack", "type": "compute", "endpoints": [
            {"region": "DFW", "tenantId": "820712", "publicURL": "https://dfw.servers.api.rackspacecloud.com/v2/820712"},
            {"region": "ORD", "tenantId": "820712", "publicURL": "https://ord.servers.api.rackspacecloud.com/v2/820712"}]},
          {"name": "cloudImages", "type": "image", "endpoints": [
            {"region": "DFW", "tenantId": "820712", "publicURL": "https://dfw.images.api.rackspacecloud.com/v2",
             "internalURL": "https://snet-dfw.images.api.rackspacecloud.com/v2"}]}]}})";
    const auto session = KeystoneAuthenticator::parseV2(json(text));
    QVERIFY(session.has_value());
    QCOMPARE(session->token, QByteArray("aaaaa-bbbbb"));
    QCOMPARE(session->projectId, u"820712"_s);
    QCOMPARE(session->expiresAt->toString(Qt::ISODate), u"2026-11-24T16:00:00Z"_s);
    QCOMPARE(session->catalog.endpoint(u"compute"_s, u"public"_s, u"ORD"_s),
             QUrl(u"https://ord.servers.api.rackspacecloud.com/v2/820712"_s));
    QCOMPARE(session->catalog.endpoint(u"image"_s, u"internal"_s, u"DFW"_s),
             QUrl(u"https://snet-dfw.images.api.rackspacecloud.com/v2"_s));
    QVERIFY(!session->catalog.endpoint(u"image"_s, u"public"_s, u"SYD"_s).has_value());
}

void TestKeystoneAuthenticator::badAnswers_data()
{
    QTest::addColumn<bool>("v2");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("v3 no subject token") << false << QByteArray(R"({"token": {"catalog": []}})");
    QTest::newRow("v3 html") << false << QByteArray("<html>login portal</html>");
    QTest::newRow("v3 truncated") << false << QByteArray(R"({"token": {"cata)");
    QTest::newRow("v2 no token id") << true << QByteArray(R"({"access": {"token": {}}})");
    QTest::newRow("v2 empty") << true << QByteArray();
}

void TestKeystoneAuthenticator::badAnswers()
{
    QFETCH(bool, v2);
    QFETCH(QByteArray, body);
    const auto session =
        v2 ? KeystoneAuthenticator::parseV2(json(body)) : KeystoneAuthenticator::parseV3(json(body));
    QVERIFY(!session.has_value());
    QCOMPARE(session.error().kind, ApiError::Kind::BadPayload);
}

void TestKeystoneAuthenticator::missingSecretFailsWithoutNetwork()
{
    QNetworkAccessManager nam;
    AuthSettings auth = password();
    auth.password.clear();
    KeystoneAuthenticator authenticator(&nam, auth, {});
    authenticator.start();
    QVERIFY(waitForJob(&authenticator));
    QVERIFY(!authenticator.result().has_value());
    QCOMPARE(authenticator.result().error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(authenticator.result().error().httpStatus, 0);
    QVERIFY(authenticator.result().error().message.contains(u"password"_s));
}

void TestKeystoneAuthenticator::catalogSelection_data()
{
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("url");
    QTest::newRow("public any region") << u"public"_s << QString() << u"http://a"_s;
    QTest::newRow("public B") << u"public"_s << u"B"_s << u"http://b"_s;
    QTest::newRow("admin A") << u"admin"_s << u"A"_s << u"http://a-admin"_s;
    QTest::newRow("internal nowhere") << u"internal"_s << u"A"_s << QString();
    QTest::newRow("unknown region") << u"public"_s << u"Z"_s << QString();
}

void TestKeystoneAuthenticator::catalogSelection()
{
    QFETCH(QString, interface);
    QFETCH(QString, region);
    QFETCH(QString, url);
    const ServiceCatalog catalog =
        ServiceCatalog::fromV3(QJsonDocument::fromJson(R"([{"type": "image", "endpoints": [
        {"interface": "public", "region_id": "A", "url": "http://a"},
        {"interface": "public", "region_id": "B", "url": "http://b"},
        {"interface": "admin", "region_id": "A", "url": "http://a-admin"}]}])")
                                   .array());
    const auto found = catalog.endpoint(u"image"_s, interface, region);
    QCOMPARE(found ? found->toString() : QString(), url);
}

QTEST_GUILESS_MAIN(TestKeystoneAuthenticator)
#include "tst_keystoneauthenticator.moc"
