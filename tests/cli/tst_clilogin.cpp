// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/clirun.h"
#include "democloud/democloud.h"
#include "support/fakeidentity.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::CliRun;
using Skylight::Test::FakeIdentity;
using Skylight::Test::runProgram;

// `skylight-cli login` when the secret is already known from secure.yaml, clouds.yaml or OS_*:
// the secret is checked with the identity service, the token (not the secret) goes to the real
// keychain (run under a private session bus with gnome-keyring), and the next command needs no
// identity service.
class TestCliLogin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void secretFromProfile_data();
    void secretFromProfile();
    void refusedSecretSaysWhereItCameFrom();
    void keptTokenIsNotUsedForAnotherSecret();

private:
    CliRun cli(const QStringList& args, const QHash<QString, QString>& extra = {}) const;
    QString writeFile(const QString& name, const QByteArray& text) const;
    QByteArray keychainContents() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DemoCloud> m_demo;
    std::unique_ptr<FakeIdentity> m_identity;
    QHash<QString, QString> m_env;
};

void TestCliLogin::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_demo = std::make_unique<DemoCloud>();
    QVERIFY(m_demo->start());
    m_identity = std::make_unique<FakeIdentity>();
    QVERIFY(m_identity->start());
    m_identity->setEndpoint(u"image"_s, m_demo->endpoint(Dialect::GlanceV2));
    m_demo->setToken("fake-token-1"); // the first token the identity service issues
    m_env = {{u"HOME"_s, m_dir->path()},
             {u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s)},
             {u"OS_CLIENT_CONFIG_FILE"_s, m_dir->filePath(u"clouds.yaml"_s)},
             {u"OS_CLIENT_SECURE_FILE"_s, m_dir->filePath(u"secure.yaml"_s)},
             {u"OS_AUTH_URL"_s, QString()},
             {u"OS_PASSWORD"_s, QString()}};
}

CliRun TestCliLogin::cli(const QStringList& args, const QHash<QString, QString>& extra) const
{
    QHash<QString, QString> env = m_env;
    env.insert(extra);
    return runProgram(QStringLiteral(SKYLIGHT_CLI_PATH), args, env);
}

QString TestCliLogin::writeFile(const QString& name, const QByteArray& text) const
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    return file.fileName();
}

// Every secret the private keychain holds (secret-tool prints them).
QByteArray TestCliLogin::keychainContents() const
{
    QProcess tool;
    tool.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"--unlock"_s, u"server"_s, u"Skylight"_s});
    if (!tool.waitForFinished(20000))
        return {};
    return tool.readAllStandardOutput() + tool.readAllStandardError();
}

void TestCliLogin::secretFromProfile_data()
{
    QTest::addColumn<QByteArray>("clouds");
    QTest::addColumn<QByteArray>("secure");
    QTest::addColumn<bool>("fromEnvironment");
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QString>("origin");

    const QByteArray auth = "auth_url: '%1', username: demo, project_name: demo, user_domain_name: Default";
    QTest::newRow("secure.yaml") << QByteArray("clouds:\n  c:\n    auth: {" + auth + "}\n")
                                 << QByteArray("clouds:\n  c:\n    auth: {password: 'correct horse battery "
                                               "staple'}\n")
                                 << false << u"c"_s << u"secure.yaml"_s;
    QTest::newRow("clouds.yaml") << QByteArray("clouds:\n  c:\n    auth: {" + auth +
                                               ", password: 'correct horse battery staple'}\n")
                                 << QByteArray() << false << u"c"_s << u"clouds.yaml"_s;
    QTest::newRow("OS_PASSWORD") << QByteArray() << QByteArray() << true << u"envvars"_s << u"OS_PASSWORD"_s;
}

void TestCliLogin::secretFromProfile()
{
    QFETCH(QByteArray, clouds);
    QFETCH(QByteArray, secure);
    QFETCH(bool, fromEnvironment);
    QFETCH(QString, cloud);
    QFETCH(QString, origin);
    const QByteArray authUrl = m_identity->url(u"/v3"_s).toEncoded();
    if (!clouds.isEmpty())
        QVERIFY(!writeFile(u"clouds.yaml"_s, QByteArray(clouds).replace("%1", authUrl)).isEmpty());
    if (!secure.isEmpty())
        QVERIFY(!writeFile(u"secure.yaml"_s, secure).isEmpty());
    QHash<QString, QString> env;
    if (fromEnvironment)
        env = {{u"OS_AUTH_URL"_s, QString::fromUtf8(authUrl)},
               {u"OS_USERNAME"_s, u"demo"_s},
               {u"OS_PROJECT_NAME"_s, u"demo"_s},
               {u"OS_USER_DOMAIN_NAME"_s, u"Default"_s},
               {u"OS_PROJECT_DOMAIN_NAME"_s, u"Default"_s},
               {u"OS_PASSWORD"_s, QString::fromUtf8(FakeIdentity::kPassword)}};

    // No prompt, no standard input: the secret it has is used.
    const CliRun login = cli({u"--os-cloud"_s, cloud, u"login"_s}, env);
    QVERIFY2(login.exitCode == 0, login.err.constData());
    QCOMPARE(m_identity->tokensIssued(), 1);
    QVERIFY2(login.out.contains(origin.toUtf8()), login.out.constData());
    QVERIFY2(login.out.contains("the token (valid until"), login.out.constData());
    QVERIFY(!login.out.contains(FakeIdentity::kPassword));

    // The keychain holds the token, never the secret; no file outside the two the user wrote does.
    const QByteArray kept = keychainContents();
    QVERIFY2(kept.contains("fake-token-1"), kept.constData());
    QVERIFY2(!kept.contains(FakeIdentity::kPassword), kept.constData());
    QDirIterator it(m_dir->filePath(u"config"_s), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile written(it.next());
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY2(!written.readAll().contains(FakeIdentity::kPassword), qPrintable(written.fileName()));
    }

    // The next command uses the kept token: the identity service is not asked again.
    const CliRun list = cli({u"--os-cloud"_s, cloud, u"list"_s}, env);
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QCOMPARE(m_identity->tokensIssued(), 1);
}

void TestCliLogin::refusedSecretSaysWhereItCameFrom()
{
    const QByteArray authUrl = m_identity->url(u"/v3"_s).toEncoded();
    QVERIFY(!writeFile(u"clouds.yaml"_s, "clouds:\n  c:\n    auth: {auth_url: '" + authUrl +
                                             "', username: demo, project_name: demo, user_domain_name: "
                                             "Default}\n")
                 .isEmpty());
    QVERIFY(!writeFile(u"secure.yaml"_s, "clouds:\n  c:\n    auth: {password: 'wrong horse'}\n").isEmpty());
    const CliRun login = cli({u"--os-cloud"_s, u"c"_s, u"login"_s});
    QCOMPARE(login.exitCode, 4);
    QVERIFY2(login.err.startsWith("error: "), login.err.constData());
    QVERIFY2(login.err.contains(
                 QByteArray("password from " + m_dir->filePath(u"secure.yaml"_s).toUtf8() + " was refused")),
             login.err.constData());
    QVERIFY(!login.err.contains("wrong horse"));
    QVERIFY(!keychainContents().contains("wrong horse"));
}

// A token kept for one password is not used once secure.yaml holds another: the wrong one is refused.
void TestCliLogin::keptTokenIsNotUsedForAnotherSecret()
{
    const QByteArray authUrl = m_identity->url(u"/v3"_s).toEncoded();
    QVERIFY(!writeFile(u"clouds.yaml"_s, "clouds:\n  c:\n    auth: {auth_url: '" + authUrl +
                                             "', username: demo, project_name: demo, user_domain_name: "
                                             "Default}\n")
                 .isEmpty());
    QVERIFY(!writeFile(u"secure.yaml"_s,
                       "clouds:\n  c:\n    auth: {password: '" + QByteArray(FakeIdentity::kPassword) + "'}\n")
                 .isEmpty());
    const CliRun login = cli({u"--os-cloud"_s, u"c"_s, u"login"_s});
    QVERIFY2(login.exitCode == 0, login.err.constData());
    QCOMPARE(cli({u"--os-cloud"_s, u"c"_s, u"list"_s}).exitCode, 0);
    QCOMPARE(m_identity->tokensIssued(), 1);

    QVERIFY(!writeFile(u"secure.yaml"_s, "clouds:\n  c:\n    auth: {password: 'wrong horse'}\n").isEmpty());
    const CliRun list = cli({u"--os-cloud"_s, u"c"_s, u"list"_s});
    QCOMPARE(list.exitCode, 4);
}

QTEST_GUILESS_MAIN(TestCliLogin)
#include "tst_clilogin.moc"
