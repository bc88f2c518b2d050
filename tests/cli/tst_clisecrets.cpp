// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/clirun.h"
#include "democloud/democloud.h"
#include "support/fakeidentity.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::CliRun;
using Skylight::Test::FakeIdentity;
using Skylight::Test::runProgram;

namespace {
const QString kCirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;

CliRun cli(const QStringList& args, const QHash<QString, QString>& env, const QByteArray& input = {})
{
    return runProgram(QStringLiteral(SKYLIGHT_CLI_PATH), args, env, input, 30000);
}

// A clouds.yaml (and secure.yaml) in a fresh folder; the environment that points the CLI there.
QHash<QString, QString> cloudFiles(const QTemporaryDir& dir, const QByteArray& clouds,
                                   const QByteArray& secure)
{
    QFile file(dir.filePath(u"clouds.yaml"_s));
    if (file.open(QIODevice::WriteOnly))
        file.write(clouds);
    file.close();
    QFile secureFile(dir.filePath(u"secure.yaml"_s));
    if (secureFile.open(QIODevice::WriteOnly))
        secureFile.write(secure);
    secureFile.close();
    return {{u"OS_CLIENT_CONFIG_FILE"_s, file.fileName()},
            {u"OS_CLIENT_SECURE_FILE"_s, secureFile.fileName()},
            {u"HOME"_s, dir.path()},
            {u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s)},
            {u"OS_AUTH_URL"_s, QString()},
            {u"OS_PASSWORD"_s, QString()},
            {u"DBUS_SESSION_BUS_ADDRESS"_s, QString()}};
}
} // namespace

// Secrets are never printed: a token the server echoes in its error is "***" in the error: line,
// and a token or secret with a control character is refused before any request.
class TestCliSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void echoedTokenIsRedacted_data();
    void echoedTokenIsRedacted();
    void downloadNoteIsRedacted();
    void controlCharacterTokenIsRefused_data();
    void controlCharacterTokenIsRefused();
    void controlCharacterPasswordIsRefused_data();
    void controlCharacterPasswordIsRefused();
    void controlCharacterLoginSecretIsRefused();
};

void TestCliSecrets::echoedTokenIsRedacted_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("401") << 401 << u"The token %1 is not valid."_s << 4;
    QTest::newRow("400") << 400 << u"Bad request for token '%1'"_s << 5;
    QTest::newRow("500") << 500 << u"Internal error while validating %1"_s << 5;
    QTest::newRow("percent-encoded in a URL")
        << 400 << u"Cannot parse https://glance/v2/images?token=%1&x=1"_s << 5;
}

void TestCliSecrets::echoedTokenIsRedacted()
{
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(int, exitCode);
    DemoCloud cloud;
    QVERIFY(cloud.start());
    const QString token = QString::fromLatin1(cloud.token());
    const bool encoded = QByteArray(QTest::currentDataTag()).startsWith("percent");
    // The percent-encoded row: a token with characters a URL encodes, echoed encoded.
    const QString sent = encoded ? token + u"/+="_s : token;
    const QString echoed = encoded ? QString::fromLatin1(QUrl::toPercentEncoding(sent)) : sent;
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"message"_s, message.arg(echoed)}}).toJson(QJsonDocument::Compact);
    cloud.injectFault({cloud.glanceV2Endpoint().path() + u"/v2/images/"_s + kCirros, -1,
                       DemoResponse{status, {{"Content-Type", "application/json"}}, body}});
    const CliRun result = cli({u"--endpoint"_s, cloud.glanceV2Endpoint().toString(), u"--api"_s,
                               u"glance-v2"_s, u"show"_s, kCirros},
                              {{u"OS_TOKEN"_s, sent}});
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.startsWith("error: "), result.err.constData());
    QVERIFY2(!result.err.contains(cloud.token()), result.err.constData());
    QVERIFY2(!result.err.contains(echoed.toUtf8()), result.err.constData());
    QVERIFY2(result.err.contains("***"), result.err.constData());
}

// The retry note of a download quotes the server: the token it echoes is "***" there too.
void TestCliSecrets::downloadNoteIsRedacted()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    QTemporaryDir dir;
    const QString message = u"busy serving token "_s + QString::fromLatin1(cloud.token());
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"message"_s, message}}).toJson(QJsonDocument::Compact);
    cloud.injectFault(
        {cloud.glanceV2Endpoint().path() + u"/v2/images/"_s + kCirros + u"/file"_s, 1,
         DemoResponse{503, {{"Content-Type", "application/json"}, {"Retry-After", "0"}}, body}});
    const CliRun result = cli({u"--endpoint"_s, cloud.glanceV2Endpoint().toString(), u"--api"_s,
                               u"glance-v2"_s, u"download"_s, kCirros, u"-o"_s, dir.path() + u'/'},
                              {{u"OS_TOKEN"_s, QString::fromLatin1(cloud.token())}});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.contains("busy serving token ***"), result.err.constData());
    QVERIFY2(!result.err.contains(cloud.token()), result.err.constData());
}

void TestCliSecrets::controlCharacterTokenIsRefused_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("fromStdin");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("OS_TOKEN LF")
        << u"tok-123\r\nX-Injected: 1"_s << false
        << QByteArray("OS_TOKEN contains a control character (line break); it is not sent.");
    QTest::newRow("OS_TOKEN ESC") << u"tok-123\x1b[2J"_s << false
                                  << QByteArray("OS_TOKEN contains a control character (U+001B)");
    QTest::newRow("stdin CR") << u"tok-123\rX-Injected: 1"_s << true
                              << QByteArray(
                                     "The token on standard input contains a control character (line break)");
}

void TestCliSecrets::controlCharacterTokenIsRefused()
{
    QFETCH(QString, token);
    QFETCH(bool, fromStdin);
    QFETCH(QByteArray, says);
    DemoCloud cloud;
    QVERIFY(cloud.start());
    QStringList args{
        u"--endpoint"_s, cloud.glanceV2Endpoint().toString(), u"--api"_s, u"glance-v2"_s, u"show"_s, kCirros};
    if (fromStdin)
        args << u"--token-stdin"_s;
    const CliRun result =
        cli(args, fromStdin ? QHash<QString, QString>{} : QHash<QString, QString>{{u"OS_TOKEN"_s, token}},
            fromStdin ? token.toUtf8() + '\n' : QByteArray());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(says), result.err.constData());
    QVERIFY2(!result.err.contains("tok-123"), result.err.constData());
    QVERIFY(cloud.requests().isEmpty()); // nothing reached the server
}

void TestCliSecrets::controlCharacterPasswordIsRefused_data()
{
    QTest::addColumn<bool>("fromEnvironment");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("secure.yaml") << false << QByteArray("The password of cloud lab (");
    QTest::newRow("OS_PASSWORD") << true
                                 << QByteArray("OS_PASSWORD contains a control character (line break)");
}

void TestCliSecrets::controlCharacterPasswordIsRefused()
{
    QFETCH(bool, fromEnvironment);
    QFETCH(QByteArray, says);
    FakeIdentity identity;
    QVERIFY(identity.start());
    QTemporaryDir dir;
    const QByteArray authUrl = identity.url(u"/v3"_s).toEncoded();
    QHash<QString, QString> env = cloudFiles(
        dir, "clouds:\n  lab:\n    auth: {auth_url: '" + authUrl + "', username: demo, project_name: p}\n",
        "clouds:\n  lab:\n    auth: {password: \"pass-1234\\nX-Injected: 1\"}\n");
    QString cloud = u"lab"_s;
    if (fromEnvironment) {
        env.insert(u"OS_AUTH_URL"_s, QString::fromLatin1(authUrl));
        env.insert(u"OS_USERNAME"_s, u"demo"_s);
        env.insert(u"OS_PROJECT_NAME"_s, u"p"_s);
        env.insert(u"OS_PASSWORD"_s, u"pass-1234\nX-Injected: 1"_s);
        cloud = u"envvars"_s;
    }
    const CliRun result = cli({u"--os-cloud"_s, cloud, u"list"_s}, env);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(says), result.err.constData());
    QVERIFY2(result.err.contains("it is not sent"), result.err.constData());
    QVERIFY2(!result.err.contains("pass-1234"), result.err.constData());
    QCOMPARE(identity.paths().size(), 0); // nothing reached the identity service
}

void TestCliSecrets::controlCharacterLoginSecretIsRefused()
{
    FakeIdentity identity;
    QVERIFY(identity.start());
    QTemporaryDir dir;
    const QHash<QString, QString> env =
        cloudFiles(dir,
                   "clouds:\n  lab:\n    auth: {auth_url: '" + identity.url(u"/v3"_s).toEncoded() +
                       "', username: demo, project_name: p}\n",
                   "");
    // The trailing line break is stripped first (as always); the one inside is refused.
    const CliRun result = cli({u"--os-cloud"_s, u"lab"_s, u"login"_s}, env, "pass-1234\rX-Injected: 1\n");
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("The password read from standard input contains a control character "
                                 "(line break); it is not sent."),
             result.err.constData());
    QVERIFY2(!result.err.contains("pass-1234"), result.err.constData());
    QCOMPARE(identity.paths().size(), 0);
}

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "tst_clisecrets.moc"
