// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/glancev2adapter.h"
#include "identity/cachedsession.h"
#include "identity/cloudsession.h"
#include "identity/keystoneauthenticator.h"
#include "identity/secretstore.h"
#include "peer/peerclient.h"
#include "settings/appsettings.h"
#include "support/testjobs.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::PeerClient;
using Skylight::Test::PeerReply;
using Skylight::Test::waitForJob;
using Skylight::Test::why;

// Signing in to the real Keystone from Debian's packages (started by the peer fixture): password,
// token and application credential, the catalog, a wrong password; and skylight-cli's login,
// the token it keeps in gnome-keyring, and renewing that token when Keystone revoked it or it
// expired.
class TestPeerIdentity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keystonePasswordAndCatalog();
    void keystoneWrongPassword();
    void keystoneTokenAndApplicationCredential();
    void cliLoginKeepsThePasswordInTheKeychain();
    void cliRenewsRevokedAndExpiredTokens();

private:
    QByteArray run(const QStringList& args, const QProcessEnvironment& env, int* exitCode,
                   const QByteArray& input = {})
    {
        return PeerClient::run(QStringLiteral(SKYLIGHT_CLI_PATH), args, env, exitCode, input);
    }
    QProcessEnvironment cliEnvironment(const QTemporaryDir& home, const QString& cloud);
    SecretResult readSecret(const QString& profile, const QString& kind);

    PeerClient m_peer;
    QHash<QString, QString> m_env;
    QByteArray m_token;
};

void TestPeerIdentity::initTestCase()
{
    QString error;
    QVERIFY2(m_peer.connect(&error), qPrintable(error));
    m_env = m_peer.env();
    m_token = m_peer.token();
}

QProcessEnvironment TestPeerIdentity::cliEnvironment(const QTemporaryDir& home, const QString& cloud)
{
    QFile clouds(home.filePath(u"clouds.yaml"_s));
    if (clouds.open(QIODevice::WriteOnly))
        clouds.write("clouds:\n  " + cloud.toUtf8() +
                     ":\n    auth:\n      auth_url: " + m_env.value(u"KEYSTONE_URL"_s).toUtf8() +
                     "\n      username: demo\n      project_name: demo\n      user_domain_name: Default\n"
                     "      project_domain_name: Default\n");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"OS_CLIENT_CONFIG_FILE"_s, clouds.fileName());
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.remove(u"OS_AUTH_URL"_s);
    env.remove(u"OS_PASSWORD"_s);
    return env;
}

SecretResult TestPeerIdentity::readSecret(const QString& profile, const QString& kind)
{
    QTemporaryDir dir;
    QSettings indexFile(dir.filePath(u"index.ini"_s), QSettings::IniFormat);
    AppSettings index(&indexFile);
    SecretStore store(u"Skylight"_s, &index); // the CLI's keychain service, same session bus
    std::optional<SecretResult> result;
    store.read(profile, kind, [&result](const SecretResult& value) { result = value; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return std::unexpected(SecretError{SecretError::Kind::Other, u"timed out"_s});
    return *result;
}

namespace {
AuthSettings demoPassword(const QString& keystone)
{
    AuthSettings auth;
    auth.type = AuthSettings::Type::Password;
    auth.authUrl = QUrl(keystone);
    auth.username = u"demo"_s;
    auth.password = u"demopass"_s;
    auth.projectName = u"demo"_s;
    auth.userDomainName = u"Default"_s;
    auth.projectDomainName = u"Default"_s;
    return auth;
}
} // namespace

void TestPeerIdentity::keystonePasswordAndCatalog()
{
    KeystoneAuthenticator authenticator(m_peer.nam(), demoPassword(m_env.value(u"KEYSTONE_URL"_s)), {});
    authenticator.start();
    QVERIFY(waitForJob(&authenticator, 60000));
    QVERIFY2(authenticator.result().has_value(), why(authenticator.result()).constData());
    const AuthSession& session = *authenticator.result();
    QVERIFY(!session.token.isEmpty());
    QCOMPARE(session.projectId, m_env.value(u"DEMO_PROJECT_ID"_s));
    QVERIFY(session.expiresAt.has_value() && *session.expiresAt > QDateTime::currentDateTimeUtc());
    QCOMPARE(session.catalog.endpoint(u"image"_s, u"public"_s, u"RegionOne"_s),
             QUrl(m_env.value(u"GLANCE_URL"_s)));
    QCOMPARE(session.catalog.endpoint(u"compute"_s, u"internal"_s, u"RegionOne"_s),
             QUrl(m_env.value(u"NOVA_URL"_s)));
    QVERIFY(!session.catalog.endpoint(u"image"_s, u"public"_s, u"RegionTwo"_s).has_value());

    // The token it gives works with the image service of the catalog.
    GlanceV2Adapter glance(m_peer.nam(), {.url = QUrl(m_env.value(u"GLANCE_URL"_s)), .token = session.token},
                           {});
    ImageListJob* list = glance.list(PageRequest{});
    QVERIFY(waitForJob(list, 60000));
    QVERIFY2(list->result().has_value(), why(list->result()).constData());
}

void TestPeerIdentity::keystoneWrongPassword()
{
    AuthSettings auth = demoPassword(m_env.value(u"KEYSTONE_URL"_s));
    auth.password = u"not-the-password"_s;
    KeystoneAuthenticator authenticator(m_peer.nam(), auth, {});
    authenticator.start();
    QVERIFY(waitForJob(&authenticator, 60000));
    QVERIFY(!authenticator.result().has_value());
    const ApiError& error = authenticator.result().error();
    QCOMPARE(error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(error.httpStatus, 401);
    QVERIFY(!error.describe().contains(u"not-the-password"_s));
}

void TestPeerIdentity::keystoneTokenAndApplicationCredential()
{
    const QString keystone = m_env.value(u"KEYSTONE_URL"_s);
    AuthSettings byToken;
    byToken.type = AuthSettings::Type::Token;
    byToken.authUrl = QUrl(keystone);
    byToken.token = QString::fromLatin1(m_token);
    byToken.projectId = m_env.value(u"DEMO_PROJECT_ID"_s);
    KeystoneAuthenticator tokenAuth(m_peer.nam(), byToken, {});
    tokenAuth.start();
    QVERIFY(waitForJob(&tokenAuth, 60000));
    QVERIFY2(tokenAuth.result().has_value(), why(tokenAuth.result()).constData());
    QCOMPARE(tokenAuth.result()->projectId, m_env.value(u"DEMO_PROJECT_ID"_s));

    // Create an application credential through Keystone's own API, then sign in with it.
    const QString userId = tokenAuth.result()->userId;
    const QByteArray create =
        QJsonDocument(
            QJsonObject{
                {u"application_credential"_s,
                 QJsonObject{{u"name"_s, u"skylight-peer-%1"_s.arg(QDateTime::currentMSecsSinceEpoch())}}}})
            .toJson();
    const PeerReply created =
        m_peer.request("POST", QUrl(keystone + u"/users/"_s + userId + u"/application_credentials"_s), create,
                       "application/json");
    QCOMPARE(created.status, 201);
    const QJsonObject credential =
        QJsonDocument::fromJson(created.body).object().value(u"application_credential"_s).toObject();
    AuthSettings byCredential;
    byCredential.type = AuthSettings::Type::ApplicationCredential;
    byCredential.authUrl = QUrl(keystone);
    byCredential.applicationCredentialId = credential.value(u"id"_s).toString();
    byCredential.applicationCredentialSecret = credential.value(u"secret"_s).toString();
    KeystoneAuthenticator credentialAuth(m_peer.nam(), byCredential, {});
    credentialAuth.start();
    QVERIFY(waitForJob(&credentialAuth, 60000));
    QVERIFY2(credentialAuth.result().has_value(), why(credentialAuth.result()).constData());
    QCOMPARE(credentialAuth.result()->projectId, m_env.value(u"DEMO_PROJECT_ID"_s));
    QVERIFY(credentialAuth.result()->catalog.endpoint(u"image"_s, u"public"_s, {}).has_value());
}

void TestPeerIdentity::cliLoginKeepsThePasswordInTheKeychain()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    // Unique: the keyring outlives this run (a failed run must not leave a password for the next).
    const QString cloud = u"peer-login-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const QProcessEnvironment env = cliEnvironment(home, cloud);
    const QStringList list{u"--os-cloud"_s, cloud, u"list"_s, u"--all"_s, u"-f"_s, u"json"_s};
    int code = -1;

    run(list, env, &code);
    QCOMPARE(code, 4); // no password anywhere yet
    run({u"--os-cloud"_s, cloud, u"login"_s}, env, &code, "not-the-password\n");
    QCOMPARE(code, 4); // checked against Keystone before it is kept
    const QByteArray said = run({u"--os-cloud"_s, cloud, u"login"_s}, env, &code, "demopass\n");
    QCOMPARE(code, 0);
    QVERIFY(said.contains("system keychain"));
    const QByteArray listed = run(list, env, &code);
    QCOMPARE(code, 0);
    QVERIFY(QJsonDocument::fromJson(listed).isArray());
    run({u"--os-cloud"_s, cloud, u"logout"_s}, env, &code);
    QCOMPARE(code, 0);
    run(list, env, &code);
    QCOMPARE(code, 4);

    // No secret in any file the CLI wrote.
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("demopass"), qPrintable(file.fileName()));
    }
}

void TestPeerIdentity::cliRenewsRevokedAndExpiredTokens()
{
    QTemporaryDir home;
    const QString cloud = u"peer-renew-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const QProcessEnvironment env = cliEnvironment(home, cloud);
    const QStringList list{u"--os-cloud"_s, cloud, u"list"_s, u"-f"_s, u"json"_s};
    int code = -1;
    run({u"login"_s, u"--os-cloud"_s, cloud}, env, &code, "demopass\n");
    QCOMPARE(code, 0);

    // login kept the password and a token (with its expiry and endpoint) in the keychain.
    QVERIFY(readSecret(cloud, u"password"_s).has_value());
    const SecretResult kept = readSecret(cloud, CloudSession::sessionKind());
    QVERIFY2(kept.has_value(), kept ? "" : qPrintable(kept.error().message));
    const auto first = CachedSession::fromText(*kept);
    QVERIFY(first.has_value());
    QCOMPARE(first->endpoint.url, QUrl(m_env.value(u"GLANCE_URL"_s)));

    // The kept token works without Keystone...
    run(list, env, &code);
    QCOMPARE(code, 0);
    QCOMPARE(CachedSession::fromText(*readSecret(cloud, CloudSession::sessionKind()))->endpoint.token,
             first->endpoint.token);

    // ...until Keystone revokes it: Glance answers 401, the CLI signs in again once and goes on.
    const PeerReply revoked =
        m_peer.request("DELETE", QUrl(m_env.value(u"KEYSTONE_URL"_s) + u"/auth/tokens"_s), {}, {}, m_token,
                       {{"X-Subject-Token", first->endpoint.token}});
    QCOMPARE(revoked.status, 204);
    QTRY_COMPARE_WITH_TIMEOUT(m_peer
                                  .request("GET", QUrl(m_env.value(u"GLANCE_URL"_s) + u"/v2/images"_s), {},
                                           {}, first->endpoint.token)
                                  .status,
                              401, 30000); // Glance's token cache may lag a little
    const QByteArray listed = run(list, env, &code);
    QCOMPARE(code, 0);
    QVERIFY(!QJsonDocument::fromJson(listed).array().isEmpty());
    const auto renewed = CachedSession::fromText(*readSecret(cloud, CloudSession::sessionKind()));
    QVERIFY(renewed.has_value());
    QVERIFY(renewed->endpoint.token != first->endpoint.token);

    // A kept token past its expiry is not even tried: the CLI signs in first.
    CachedSession expired = *renewed;
    expired.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    {
        QTemporaryDir dir;
        QSettings indexFile(dir.filePath(u"index.ini"_s), QSettings::IniFormat);
        AppSettings index(&indexFile);
        SecretStore store(u"Skylight"_s, &index);
        bool written = false;
        store.write(cloud, CloudSession::sessionKind(), expired.toText(),
                    [&written](const SecretResult& result) { written = result.has_value(); });
        QTRY_VERIFY_WITH_TIMEOUT(written, 20000);
    }
    run(list, env, &code);
    QCOMPARE(code, 0);
    const auto afterExpiry = CachedSession::fromText(*readSecret(cloud, CloudSession::sessionKind()));
    QVERIFY(afterExpiry->expiresAt > QDateTime::currentDateTimeUtc());
    QVERIFY(afterExpiry->endpoint.token != renewed->endpoint.token);

    // With the password gone too, a revoked token ends in a clear exit 4, after one attempt.
    run({u"logout"_s, u"--os-cloud"_s, cloud}, env, &code);
    QCOMPARE(code, 0);
    QVERIFY(!readSecret(cloud, CloudSession::sessionKind()).has_value());
    run(list, env, &code);
    QCOMPARE(code, 4);
}

QTEST_GUILESS_MAIN(TestPeerIdentity)
#include "tst_peeridentity.moc"
