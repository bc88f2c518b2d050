// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/imageadapter.h"
#include "democloud/democloud.h"
#include "identity/cloudsession.h"
#include "identity/keystoneauthenticator.h"
#include "identity/secretstore.h"
#include "net/apijob.h"
#include "settings/appsettings.h"
#include "support/fakeidentity.h"
#include "support/queuedfinishwatch.h"
#include "support/signinfixture.h"
#include "support/silentserver.h"
#include "support/testjobs.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::FakeIdentity;
using Skylight::Test::waitForJob;
using Skylight::Test::why;

namespace {
enum class ForgetWhen
{
    SigningIn,         // the identity service has not answered
    ConnectorFinished, // signed in, the connector's finished() not delivered yet
    ResolverFinished,  // the adapter made, the resolver's finished() not delivered yet
};
} // namespace

Q_DECLARE_METATYPE(ForgetWhen)

// CloudSession against a fake identity service (Keystone v3, v2.0, Rackspace, Huawei IAM, with
// their documented payloads), the demo cloud as the image service and the real keychain (run
// under a private session bus with gnome-keyring; with no bus the secrets stay in memory).
class TestCloudSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void asksOnceThenSignsInFromTheKeychain();
    void wrongPasswordAsksAgainSayingWhy();
    void expiredCachedTokenSignsInAgain();
    void refusedTokenReauthenticatesOnceNeverLoops();
    void refreshesShortlyBeforeExpiry();
    void pastedTokenNeedsNoIdentityService();
    void keystoneV2PasswordCredentials();
    void rackspaceApiKey();
    void huaweiScopesToTheRegionProject();
    void applicationCredentialFromTheProfile();
    void forgetRemovesEverySecret();
    void forgetWhileSigningInLeavesNothingBehind_data();
    void forgetWhileSigningInLeavesNothingBehind();
    void editedProfileDropsTheCachedToken();
    void controlCharacterSecretIsNotSent();
    void redactorKnowsSecretsAndTokens();

private:
    CloudProfile v3Profile() const;
    std::unique_ptr<CloudSession> session(const CloudProfile& profile);
    bool waitReady(CloudSession* session, int ms = 15000);
    Result<ImagePage> listFirstPage(CloudSession* session);
    void scanForSecrets(const QList<QByteArray>& secrets);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<SecretStore> m_store;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<DemoCloud> m_demo;
    std::unique_ptr<FakeIdentity> m_identity;
    QDateTime m_now;
    QString m_name;
};

void TestCloudSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"skylight.conf"_s), QSettings::IniFormat);
    m_appSettings = std::make_unique<AppSettings>(m_settings.get());
    m_store = std::make_unique<SecretStore>(u"skylight-test"_s, m_appSettings.get());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_demo = std::make_unique<DemoCloud>();
    m_identity = std::make_unique<FakeIdentity>();
    QVERIFY(Test::startCloudBehindIdentity(*m_demo, *m_identity));
    m_now = QDateTime::currentDateTimeUtc();
    m_name = u"cloud-%1"_s.arg(QDateTime::currentMSecsSinceEpoch()); // unique in the shared keyring
}

void TestCloudSession::cleanup()
{
    if (m_store) {
        bool done = false;
        m_store->forget(m_name, [&done](const SecretResult&) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_store->pendingJobs(), 0, 10000);
    }
    m_identity.reset();
    m_demo.reset();
}

CloudProfile TestCloudSession::v3Profile() const
{
    return Test::passwordProfile(*m_identity, m_name);
}

std::unique_ptr<CloudSession> TestCloudSession::session(const CloudProfile& profile)
{
    return std::make_unique<CloudSession>(m_nam.get(), profile, m_store.get(), TransportOptions(),
                                          [this] { return m_now; });
}

bool TestCloudSession::waitReady(CloudSession* session, int ms)
{
    QSignalSpy ready(session, &CloudSession::ready);
    if (session->state() != CloudSession::State::SignedIn && !ready.wait(ms))
        return false;
    return session->state() == CloudSession::State::SignedIn && session->adapter();
}

Result<ImagePage> TestCloudSession::listFirstPage(CloudSession* session)
{
    PageRequest request;
    request.limit = 5;
    ImageListJob* job = session->adapter()->list(request);
    if (!waitForJob(job))
        return std::unexpected(ApiError::make(ApiError::Kind::Timeout, u"list timed out"_s));
    Result<ImagePage> result = job->result();
    job->deleteLater();
    return result;
}

void TestCloudSession::scanForSecrets(const QList<QByteArray>& secrets)
{
    m_settings->sync();
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        for (const QByteArray& secret : secrets)
            QVERIFY2(!content.contains(secret), qPrintable(file.fileName() + u" holds a secret"_s));
    }
}

void TestCloudSession::asksOnceThenSignsInFromTheKeychain()
{
    {
        auto first = session(v3Profile());
        QSignalSpy asked(first.get(), &CloudSession::secretRequired);
        first->signIn();
        QVERIFY(asked.wait());
        QCOMPARE(asked.first().at(0).toString(), u"password"_s);
        QCOMPARE(first->state(), CloudSession::State::NeedsSecret);
        QCOMPARE(m_identity->tokensIssued(), 0); // nothing to sign in with yet: no request

        first->provideSecret(QString::fromLatin1(FakeIdentity::kPassword));
        QVERIFY(waitReady(first.get()));
        QCOMPARE(first->tokenSource(), u"identity service"_s);
        QCOMPARE(m_identity->tokensIssued(), 1);
        const auto page = listFirstPage(first.get());
        QVERIFY2(page.has_value(), why(page).constData());
        QCOMPARE(page->images.size(), 5);
        QCOMPARE(first->storeProblem().has_value(), !m_store->keychainAvailable()); // said, not hidden
    }
    // The next start: the cached token from the keychain, no identity request at all.
    auto second = session(v3Profile());
    QSignalSpy asked(second.get(), &CloudSession::secretRequired);
    second->signIn();
    QVERIFY(waitReady(second.get()));
    QCOMPARE(asked.count(), 0);
    QCOMPARE(second->tokenSource(), u"keychain"_s);
    QCOMPARE(m_identity->tokensIssued(), 1);
    QVERIFY(listFirstPage(second.get()).has_value());
    scanForSecrets({FakeIdentity::kPassword, "fake-token-1"});
}

void TestCloudSession::wrongPasswordAsksAgainSayingWhy()
{
    auto cloud = session(v3Profile());
    QSignalSpy asked(cloud.get(), &CloudSession::secretRequired);
    cloud->signIn();
    QVERIFY(asked.wait());
    cloud->provideSecret(u"not the password"_s);
    QVERIFY(asked.wait());
    QCOMPARE(asked.count(), 2);
    QVERIFY2(asked.last().at(1).toString().contains(u"refused"_s), qPrintable(asked.last().at(1).toString()));
    QVERIFY(!asked.last().at(1).toString().contains(u"not the password"_s));
    QCOMPARE(cloud->state(), CloudSession::State::NeedsSecret);
    // A refused secret is not kept.
    bool read = false;
    m_store->read(m_name, u"password"_s, [&read](const SecretResult& secret) {
        QVERIFY(!secret.has_value());
        read = true;
    });
    QTRY_VERIFY(read);
    cloud->provideSecret(QString::fromLatin1(FakeIdentity::kPassword));
    QVERIFY(waitReady(cloud.get()));
}

void TestCloudSession::expiredCachedTokenSignsInAgain()
{
    {
        auto first = session(v3Profile());
        first->signIn();
        QTRY_COMPARE(first->state(), CloudSession::State::NeedsSecret);
        first->provideSecret(QString::fromLatin1(FakeIdentity::kPassword));
        QVERIFY(waitReady(first.get()));
    }
    // Two hours later the cached token has expired: the kept password signs in, without asking.
    m_now = m_now.addSecs(7200);
    m_demo->setToken("fake-token-2");
    auto later = session(v3Profile());
    QSignalSpy asked(later.get(), &CloudSession::secretRequired);
    later->signIn();
    QVERIFY(waitReady(later.get()));
    QCOMPARE(asked.count(), 0);
    QCOMPARE(later->tokenSource(), u"identity service"_s);
    QCOMPARE(m_identity->tokensIssued(), 2);
    QVERIFY(listFirstPage(later.get()).has_value());
}

void TestCloudSession::refusedTokenReauthenticatesOnceNeverLoops()
{
    auto cloud = session(v3Profile());
    cloud->signIn();
    QTRY_COMPARE(cloud->state(), CloudSession::State::NeedsSecret);
    cloud->provideSecret(QString::fromLatin1(FakeIdentity::kPassword));
    QVERIFY(waitReady(cloud.get()));
    ImageAdapter* adapter = cloud->adapter();

    // The token is revoked: the image service answers 401, the adapter signs in again by itself
    // and sends the request once more.
    m_demo->setToken("fake-token-2");
    m_now = m_now.addSecs(60);
    const auto renewed = listFirstPage(cloud.get());
    QVERIFY2(renewed.has_value(), renewed ? "" : qPrintable(renewed.error().describe()));
    QCOMPARE(m_identity->tokensIssued(), 2);
    QCOMPARE(cloud->adapter(), adapter); // same endpoint: the adapter only got the new token

    // The image service rejects every token: the request sent again is refused again and says so;
    // the next refusal does not sign in again (the token was just issued): never a loop.
    m_demo->setToken("never-valid");
    const auto refusedAgain = listFirstPage(cloud.get());
    QVERIFY(!refusedAgain);
    QCOMPARE(refusedAgain.error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(m_identity->tokensIssued(), 2);
    QCOMPARE(cloud->state(), CloudSession::State::Failed);
    QVERIFY2(refusedAgain.error().message.contains(u"just issued"_s),
             qPrintable(refusedAgain.error().message));
    QVERIFY(cloud->lastError()->message.contains(u"just issued"_s));
}

void TestCloudSession::refreshesShortlyBeforeExpiry()
{
    m_identity->setLifetimeSeconds(3600);
    auto cloud = session(v3Profile());
    cloud->signIn();
    QTRY_COMPARE(cloud->state(), CloudSession::State::NeedsSecret);
    cloud->provideSecret(QString::fromLatin1(FakeIdentity::kPassword));
    QVERIFY(waitReady(cloud.get()));
    QVERIFY(cloud->expiresAt().has_value());
    QVERIFY(!cloud->needsRefresh());
    m_now = cloud->expiresAt()->addSecs(-CloudSession::kRefreshMarginSeconds + 30);
    QVERIFY(cloud->needsRefresh());
    m_demo->setToken("fake-token-2");
    cloud->reauthenticate();
    QVERIFY(waitReady(cloud.get()));
    QCOMPARE(m_identity->tokensIssued(), 2);
    QVERIFY(listFirstPage(cloud.get()).has_value());
}

void TestCloudSession::pastedTokenNeedsNoIdentityService()
{
    CloudProfile profile;
    profile.name = m_name;
    profile.auth.type = AuthSettings::Type::Token;
    profile.imageEndpoint = m_demo->endpoint(Dialect::GlanceV1);
    profile.dialect = Dialect::GlanceV1;
    m_demo->setToken("pasted-token");
    auto cloud = session(profile);
    QSignalSpy asked(cloud.get(), &CloudSession::secretRequired);
    cloud->signIn();
    QVERIFY(asked.wait());
    QCOMPARE(asked.first().at(0).toString(), u"token"_s);
    cloud->provideSecret(u"pasted-token"_s);
    QVERIFY(waitReady(cloud.get()));
    QCOMPARE(cloud->tokenSource(), u"profile"_s);
    QVERIFY(listFirstPage(cloud.get()).has_value());
    QCOMPARE(m_identity->tokensIssued(), 0);

    // Refused later: a pasted token cannot be renewed; the user is asked for a new one.
    m_demo->setToken("another");
    m_now = m_now.addSecs(60);
    QSignalSpy askedAgain(cloud.get(), &CloudSession::secretRequired);
    cloud->reauthenticate();
    QVERIFY(askedAgain.wait());
    QVERIFY(askedAgain.first().at(1).toString().contains(u"paste a new one"_s));
}

void TestCloudSession::keystoneV2PasswordCredentials()
{
    m_identity->setEndpoint(u"compute"_s, m_demo->endpoint(Dialect::Compute));
    CloudProfile profile = v3Profile();
    profile.auth.type = AuthSettings::Type::V2Password;
    profile.auth.authUrl = m_identity->url(u"/v2.0"_s);
    profile.auth.password = QString::fromLatin1(FakeIdentity::kPassword);
    profile.auth.projectName = u"demo-tenant"_s;
    profile.dialect = Dialect::GlanceV2;
    auto cloud = session(profile);
    cloud->signIn();
    QVERIFY(waitReady(cloud.get()));
    QCOMPARE(m_identity->paths().last(), u"/v2.0/tokens"_s);
    const QJsonObject auth = m_identity->bodies().last().value(u"auth"_s).toObject();
    QCOMPARE(auth[u"passwordCredentials"_s][u"username"_s].toString(), u"demo"_s);
    QCOMPARE(auth[u"tenantName"_s].toString(), u"demo-tenant"_s);
    QCOMPARE(cloud->endpoint()->url, m_demo->endpoint(Dialect::GlanceV2)); // "image" before "compute"
    QVERIFY(listFirstPage(cloud.get()).has_value());
}

void TestCloudSession::rackspaceApiKey()
{
    m_identity = std::make_unique<FakeIdentity>();
    QVERIFY(m_identity->start());
    m_identity->setEndpoint(u"compute"_s, m_demo->endpoint(Dialect::Rackspace), u"DFW"_s);
    CloudProfile profile;
    profile.name = m_name;
    profile.auth.type = AuthSettings::Type::RackspaceApiKey;
    profile.auth.authUrl = m_identity->url(u"/v2.0"_s);
    profile.auth.username = QString::fromLatin1(FakeIdentity::kUser);
    profile.regionName = u"DFW"_s;
    profile.dialect = Dialect::Rackspace;
    auto cloud = session(profile);
    QSignalSpy asked(cloud.get(), &CloudSession::secretRequired);
    cloud->signIn();
    QVERIFY(asked.wait());
    QCOMPARE(asked.first().at(0).toString(), u"api_key"_s);
    cloud->provideSecret(QString::fromLatin1(FakeIdentity::kApiKey));
    QVERIFY(waitReady(cloud.get()));
    const QJsonObject auth = m_identity->bodies().last().value(u"auth"_s).toObject();
    const QJsonObject credentials = auth.value(u"RAX-KSKEY:apiKeyCredentials"_s).toObject();
    QCOMPARE(credentials.value(u"username"_s).toString(), u"demo"_s);
    QCOMPARE(credentials.value(u"apiKey"_s).toString(), QString::fromLatin1(FakeIdentity::kApiKey));
    QVERIFY(!auth.contains(u"passwordCredentials"_s));
    QCOMPARE(cloud->endpoint()->serviceType, u"compute"_s);
    QCOMPARE(cloud->adapter()->dialect(), Dialect::Rackspace);
    const auto page = listFirstPage(cloud.get());
    QVERIFY2(page.has_value(), why(page).constData());
    QVERIFY(!page->images.isEmpty());
}

void TestCloudSession::huaweiScopesToTheRegionProject()
{
    CloudProfile profile;
    profile.name = m_name;
    profile.auth.type = AuthSettings::Type::Huawei;
    profile.auth.authUrl = m_identity->url(u"/v3"_s);
    profile.auth.username = QString::fromLatin1(FakeIdentity::kUser);
    profile.auth.userDomainName = u"my-account"_s;
    profile.auth.projectName = u"cn-north-4"_s;
    profile.auth.password = QString::fromLatin1(FakeIdentity::kPassword);
    profile.imageEndpoint = m_demo->endpoint(Dialect::HuaweiEcs);
    profile.dialect = Dialect::HuaweiEcs;
    auto cloud = session(profile);
    cloud->signIn();
    QVERIFY(waitReady(cloud.get()));
    const QJsonObject auth = m_identity->bodies().last().value(u"auth"_s).toObject();
    QCOMPARE(auth[u"identity"_s][u"methods"_s].toArray(), QJsonArray{u"password"_s});
    QCOMPARE(auth[u"identity"_s][u"password"_s][u"user"_s][u"domain"_s][u"name"_s].toString(),
             u"my-account"_s);
    QCOMPARE(auth[u"scope"_s][u"project"_s][u"name"_s].toString(), u"cn-north-4"_s);
    // The project id comes from the token's scope and feeds the ECS paths.
    QCOMPARE(cloud->endpoint()->projectId, QString::fromLatin1(FakeIdentity::kProjectId));
    const auto page = listFirstPage(cloud.get());
    QVERIFY2(page.has_value(), why(page).constData());
    QVERIFY(m_demo->requests().last().url.path().contains(QLatin1StringView(FakeIdentity::kProjectId)));
}

// What the window's sign-in does with a typed secret holding a line break: asks again, saying why,
// and sends nothing. A profile's own such secret fails the sign-in (the CLI's exit 2).
void TestCloudSession::controlCharacterSecretIsNotSent()
{
    auto cloud = session(v3Profile());
    QSignalSpy asked(cloud.get(), &CloudSession::secretRequired);
    cloud->signIn();
    QVERIFY(asked.wait());
    cloud->provideSecret(u"pass-1234\r\nX-Injected: 1"_s);
    QVERIFY(asked.wait());
    const QString reason = asked.last().at(1).toString();
    QVERIFY2(reason.contains(u"control character (line break); it is not sent"_s), qPrintable(reason));
    QVERIFY(!reason.contains(u"pass-1234"_s));
    QCOMPARE(cloud->state(), CloudSession::State::NeedsSecret);
    QCOMPARE(m_identity->paths().size(), 0);

    CloudProfile profile = v3Profile();
    profile.auth.password = u"pass-1234\nX"_s;
    auto fromProfile = session(profile);
    QSignalSpy failed(fromProfile.get(), &CloudSession::failed);
    fromProfile->signIn();
    QVERIFY(failed.wait());
    const auto error = failed.first().at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::BadRequest);
    QCOMPARE(error.httpStatus, 0);
    QCOMPARE(m_identity->paths().size(), 0);
}

void TestCloudSession::redactorKnowsSecretsAndTokens()
{
    auto cloud = session(v3Profile());
    cloud->signIn();
    QTRY_COMPARE(cloud->state(), CloudSession::State::NeedsSecret);
    cloud->provideSecret(QString::fromLatin1(FakeIdentity::kPassword));
    QVERIFY(waitReady(cloud.get()));
    const QString shown = cloud->redactor().redact(u"password %1, token %2"_s.arg(
        QString::fromLatin1(FakeIdentity::kPassword), QString::fromLatin1(cloud->endpoint()->token)));
    QCOMPARE(shown, u"password ***, token ***"_s);
}

void TestCloudSession::applicationCredentialFromTheProfile()
{
    CloudProfile profile = v3Profile();
    profile.auth.type = AuthSettings::Type::ApplicationCredential;
    profile.auth.applicationCredentialId = QString::fromLatin1(FakeIdentity::kAppCredentialId);
    profile.auth.applicationCredentialSecret = QString::fromLatin1(FakeIdentity::kAppCredentialSecret);
    auto cloud = session(profile);
    cloud->signIn();
    QVERIFY(waitReady(cloud.get()));
    QCOMPARE(m_identity->bodies().last()[u"auth"_s][u"identity"_s][u"methods"_s].toArray(),
             QJsonArray{u"application_credential"_s});
    // A secret from the profile (secure.yaml) is not copied into the keychain; the token is.
    if (m_store->keychainAvailable())
        QCOMPARE(m_store->knownKinds(m_name), QStringList{CloudSession::sessionKind()});
}

void TestCloudSession::forgetRemovesEverySecret()
{
    auto cloud = session(v3Profile());
    cloud->signIn();
    QTRY_COMPARE(cloud->state(), CloudSession::State::NeedsSecret);
    cloud->provideSecret(QString::fromLatin1(FakeIdentity::kPassword));
    QVERIFY(waitReady(cloud.get()));
    if (m_store->keychainAvailable())
        QCOMPARE(m_store->knownKinds(m_name).size(), 2); // password and session
    QSignalSpy forgotten(cloud.get(), &CloudSession::forgotten);
    cloud->forget();
    QVERIFY(forgotten.wait());
    QCOMPARE(cloud->state(), CloudSession::State::SignedOut);
    QVERIFY(m_store->knownKinds(m_name).isEmpty());
    QVERIFY(!cloud->adapter());

    auto again = session(v3Profile());
    QSignalSpy asked(again.get(), &CloudSession::secretRequired);
    again->signIn();
    QVERIFY(asked.wait());
}

void TestCloudSession::forgetWhileSigningInLeavesNothingBehind_data()
{
    QTest::addColumn<ForgetWhen>("when");
    QTest::newRow("identity service not answered yet") << ForgetWhen::SigningIn;
    QTest::newRow("connector finished, not delivered") << ForgetWhen::ConnectorFinished;
    QTest::newRow("resolver finished, not delivered") << ForgetWhen::ResolverFinished;
}

// forget() while a sign-in is under way: no handler of the old sign-in runs afterwards. The
// session stays signed out without an error, and no token is written back to the keychain.
void TestCloudSession::forgetWhileSigningInLeavesNothingBehind()
{
    QFETCH(ForgetWhen, when);
    CloudProfile profile = v3Profile();
    profile.auth.password = QString::fromLatin1(FakeIdentity::kPassword); // as secure.yaml gives it
    Test::SilentServer silent; // an identity service that never answers
    QVERIFY(silent.listenLocal());
    if (when == ForgetWhen::SigningIn)
        profile.auth.authUrl = silent.url(u"/v3"_s);
    auto cloud = session(profile);
    QSignalSpy failed(cloud.get(), &CloudSession::failed);
    QSignalSpy ready(cloud.get(), &CloudSession::ready);
    QSignalSpy forgotten(cloud.get(), &CloudSession::forgotten);
    std::unique_ptr<Test::QueuedFinishWatch> watch;
    if (when != ForgetWhen::SigningIn) {
        const char* className =
            when == ForgetWhen::ConnectorFinished ? "Skylight::CloudConnector" : "Skylight::AdapterResolver";
        watch = std::make_unique<Test::QueuedFinishWatch>(
            [className](const ApiJob* job) { return job->inherits(className); },
            [&cloud] { cloud->forget(); });
    }
    cloud->signIn();
    if (when == ForgetWhen::SigningIn) {
        QTRY_VERIFY_WITH_TIMEOUT(!silent.received().isEmpty(), 10000);
        QCOMPARE(cloud->state(), CloudSession::State::SigningIn);
        cloud->forget();
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(watch->fired() || cloud->state() != CloudSession::State::SigningIn, 15000);
        QVERIFY2(watch->fired(), "the window was not reached");
    }
    QTRY_COMPARE_WITH_TIMEOUT(forgotten.count(), 1, 10000); // may have come while waiting for the window
    QTRY_COMPARE_WITH_TIMEOUT(m_store->pendingJobs(), 0, 10000);
    QTest::qWait(200); // a late handler would run now
    QTRY_COMPARE_WITH_TIMEOUT(m_store->pendingJobs(), 0, 10000);
    QCOMPARE(cloud->state(), CloudSession::State::SignedOut);
    QVERIFY2(!cloud->lastError(),
             qPrintable(cloud->lastError() ? cloud->lastError()->describe() : QString()));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ready.count(), 0);
    QVERIFY(!cloud->adapter());
    QCOMPARE(m_store->knownKinds(m_name), QStringList());
}

void TestCloudSession::editedProfileDropsTheCachedToken()
{
    {
        auto first = session(v3Profile());
        first->signIn();
        QTRY_COMPARE(first->state(), CloudSession::State::NeedsSecret);
        first->provideSecret(QString::fromLatin1(FakeIdentity::kPassword));
        QVERIFY(waitReady(first.get()));
    }
    CloudProfile edited = v3Profile();
    edited.auth.projectName = u"other-project"_s;
    m_demo->setToken("fake-token-2");
    auto cloud = session(edited);
    cloud->signIn();
    QVERIFY(waitReady(cloud.get()));
    QCOMPARE(cloud->tokenSource(), u"identity service"_s); // not the other project's token
    QCOMPARE(m_identity->tokensIssued(), 2);
}

QTEST_GUILESS_MAIN(TestCloudSession)
#include "tst_cloudsession.moc"
