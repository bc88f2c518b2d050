// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/clirun.h"
#include "democloud/democatalog.h"
#include "democloud/democloud.h"
#include "support/silentserver.h"
#include "support/tricklingserver.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::CliRun;
using Skylight::Test::runProgram;

namespace {
const QString kCirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;
const QStringList kContractKeys{u"id"_s,
                                u"name"_s,
                                u"status"_s,
                                u"size"_s,
                                u"virtual_size"_s,
                                u"disk_format"_s,
                                u"container_format"_s,
                                u"min_disk"_s,
                                u"min_ram"_s,
                                u"checksum"_s,
                                u"hash_algo"_s,
                                u"hash_value"_s,
                                u"visibility"_s,
                                u"protected"_s,
                                u"owner"_s,
                                u"created_at"_s,
                                u"updated_at"_s,
                                u"progress"_s,
                                u"tags"_s,
                                u"links"_s,
                                u"properties"_s,
                                u"dialect"_s};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

// Runs the built skylight-cli as a user would and checks the public contract: output shapes,
// `error:` lines and exit statuses.
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version();
    void help();
    void demoListJson();
    void demoListTable();
    void demoListLimitAndFilter();
    void demoShowJsonFollowsTheContract();
    void demoShowRawIsThePayload();
    void demoShowTableNamesTheDialect();
    void exitCodes_data();
    void exitCodes();
    void endpointWithTokenFromEnvironment();
    void endpointWithTokenFromStdin();
    void wrongTokenExits4();
    void serverErrorExits5WithRequestId();
    void refusedConnectionExits6();
    void timeoutExits6();
    void deadlineEndsATrickle_data();
    void deadlineEndsATrickle();
    void deadlineLeavesAQuickCommandAlone();
    void malformedPayloadExits5();
    void everyDialectFollowsTheContract_data();
    void everyDialectFollowsTheContract();
    void autoPicksTheDialect_data();
    void autoPicksTheDialect();
    void huaweiWithoutProjectIsBadInput();
    void osCloudErrors_data();
    void osCloudErrors();
    void osCloudWithPastedTokenAndEndpoint();
    void loginWithoutKeychainSaysSo();
    void rawOutputMasksSecrets();
    void deepXmlExits5_data();
    void deepXmlExits5();

private:
    Run run(const QStringList& args, const QByteArray& token = {}, const QByteArray& input = {},
            const QHash<QString, QString>& extraEnv = {});
};

Run TestCli::run(const QStringList& args, const QByteArray& token, const QByteArray& input,
                 const QHash<QString, QString>& extraEnv)
{
    QHash<QString, QString> env = extraEnv;
    if (!token.isEmpty())
        env.insert(u"OS_TOKEN"_s, QString::fromLatin1(token));
    const CliRun result = runProgram(QStringLiteral(SKYLIGHT_CLI_PATH), args, env, input, 30000);
    return Run{result.exitCode, result.out, result.err};
}

void TestCli::version()
{
    const Run result = run({u"--version"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("skylight-cli " SKYLIGHT_VERSION "\n"));
}

void TestCli::help()
{
    const Run result = run({u"--help"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("list [--limit N] [--all]"));
}

void TestCli::demoListJson()
{
    const Run result = run({u"--demo"_s, u"list"_s, u"--all"_s, u"-f"_s, u"json"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    const QJsonDocument document = QJsonDocument::fromJson(result.out);
    QVERIFY(document.isArray());
    const QJsonArray images = document.array();
    QVERIFY(images.size() >= 40);
    for (const QJsonValue& image : images) {
        QStringList keys = image.toObject().keys();
        keys.sort();
        QStringList expected = kContractKeys;
        expected.sort();
        QCOMPARE(keys, expected);
    }
}

void TestCli::demoListTable()
{
    const Run result = run({u"--demo"_s, u"list"_s});
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.split('\n');
    QVERIFY(lines.first().startsWith("ID"));
    QCOMPARE(lines.size(), 2 + 25 + 1); // header, rule, Glance's first page, final newline
}

void TestCli::demoListLimitAndFilter()
{
    Run result = run({u"--demo"_s, u"list"_s, u"--limit"_s, u"30"_s, u"-f"_s, u"json"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), 30);

    result = run({u"--demo"_s, u"list"_s, u"--all"_s, u"--filter"_s, u"status=queued"_s, u"--sort"_s,
                  u"name:asc"_s, u"-f"_s, u"json"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray images = QJsonDocument::fromJson(result.out).array();
    QVERIFY(!images.isEmpty());
    for (const QJsonValue& image : images)
        QCOMPARE(image.toObject().value(u"status"_s).toString(), u"queued"_s);
}

void TestCli::demoShowJsonFollowsTheContract()
{
    const Run result = run({u"--demo"_s, u"show"_s, kCirros, u"-f"_s, u"json"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject image = QJsonDocument::fromJson(result.out).object();
    QStringList keys = image.keys();
    keys.sort();
    QStringList expected = kContractKeys;
    expected.sort();
    QCOMPARE(keys, expected);
    const DemoImage* demo = DemoCatalog::standard().find(kCirros);
    QCOMPARE(image.value(u"id"_s).toString(), kCirros);
    QCOMPARE(image.value(u"name"_s).toString(), u"cirros-0.3.2-x86_64-disk"_s);
    QCOMPARE(image.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(image.value(u"size"_s).toInteger(), 13167616);
    QVERIFY(image.value(u"virtual_size"_s).isNull());
    QCOMPARE(image.value(u"checksum"_s).toString(), demo->glance.value(u"checksum"_s).toString());
    QCOMPARE(image.value(u"hash_algo"_s).toString(), u"sha512"_s);
    QCOMPARE(image.value(u"hash_value"_s).toString(), demo->glance.value(u"os_hash_value"_s).toString());
    QCOMPARE(image.value(u"created_at"_s).toString(), u"2014-05-05T17:15:10Z"_s);
    QCOMPARE(image.value(u"protected"_s), QJsonValue(false));
    QCOMPARE(image.value(u"dialect"_s).toString(), u"glance-v2"_s);
    QVERIFY(image.value(u"links"_s).isArray());
    QVERIFY(image.value(u"properties"_s).isObject());
}

void TestCli::demoShowRawIsThePayload()
{
    const Run result =
        run({u"--demo"_s, u"show"_s, u"70a599e0-31e7-49b7-b260-868f441e862b"_s, u"-f"_s, u"raw"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject raw = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(raw.value(u"kernel_id"_s).toString(), u"nokernel"_s); // unnormalised, as the server sent it
    QCOMPARE(raw.value(u"self"_s).toString(), u"/v2/images/70a599e0-31e7-49b7-b260-868f441e862b"_s);
}

void TestCli::demoShowTableNamesTheDialect()
{
    const Run result = run({u"--demo"_s, u"show"_s, kCirros});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("dialect"));
    QVERIFY(result.out.contains("glance-v2"));
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("not found") << QStringList{u"--demo"_s, u"show"_s, u"no-such-image"_s} << 3
                               << QByteArray("no-such-image");
    QTest::newRow("usage: no command") << QStringList{u"--demo"_s} << 2 << QByteArray("command");
    QTest::newRow("usage: unknown option")
        << QStringList{u"--demo"_s, u"list"_s, u"--bogus"_s} << 2 << QByteArray("--bogus");
    QTest::newRow("usage: token as argument")
        << QStringList{u"--token"_s, u"s3cret"_s, u"--demo"_s, u"list"_s} << 2 << QByteArray("OS_TOKEN");
    QTest::newRow("usage: bad dialect")
        << QStringList{u"--endpoint"_s, u"http://127.0.0.1:1"_s, u"--api"_s, u"x"_s, u"list"_s} << 2
        << QByteArray("--api");
    QTest::newRow("usage: missing CA file")
        << QStringList{u"--cacert"_s, u"/nonexistent/ca.pem"_s, u"--demo"_s, u"list"_s} << 2
        << QByteArray("ca.pem");
    QTest::newRow("usage: deadline 0")
        << QStringList{u"--deadline"_s, u"0"_s, u"--demo"_s, u"list"_s} << 2 << QByteArray("--deadline");
    QTest::newRow("usage: deadline not a number")
        << QStringList{u"--demo"_s, u"list"_s, u"--deadline"_s, u"1.5x"_s} << 2 << QByteArray("--deadline");
    QTest::newRow("usage: deadline without a value") << QStringList{u"--demo"_s, u"list"_s, u"--deadline"_s}
                                                     << 2 << QByteArray("--deadline needs a value");
    QTest::newRow("usage: no stdin token")
        << QStringList{u"--endpoint"_s, u"http://127.0.0.1:1"_s, u"--token-stdin"_s, u"list"_s} << 2
        << QByteArray("standard input");
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, mentions);
    const Run result = run(args);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith("error: "), result.err.constData());
    QVERIFY2(result.err.contains(mentions), result.err.constData());
    QVERIFY(!result.err.contains("s3cret"));
}

void TestCli::endpointWithTokenFromEnvironment()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    const Run result = run({u"--endpoint"_s, cloud.glanceV2Endpoint().toString(), u"--api"_s, u"glance-v2"_s,
                            u"show"_s, kCirros, u"-f"_s, u"json"_s},
                           cloud.token());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value(u"id"_s).toString(), kCirros);
    QCOMPARE(cloud.requests().last().header("X-Auth-Token"), cloud.token());
}

void TestCli::endpointWithTokenFromStdin()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    const Run result = run({u"--endpoint"_s, cloud.glanceV2Endpoint().toString(), u"--token-stdin"_s,
                            u"list"_s, u"-f"_s, u"json"_s},
                           {}, cloud.token() + "\n");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), 25);
}

void TestCli::wrongTokenExits4()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    const Run result =
        run({u"--endpoint"_s, cloud.glanceV2Endpoint().toString(), u"list"_s}, "expired-token-value");
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.err.startsWith("error: "));
    QVERIFY(result.err.contains("HTTP 401"));
    QVERIFY(!result.err.contains("expired-token-value"));
}

void TestCli::serverErrorExits5WithRequestId()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    cloud.injectFault(
        {u"/image/"_s, 1, DemoResponse{503, {{"x-openstack-request-id", "req-7f3e"}}, "maintenance"}});
    const Run result =
        run({u"--endpoint"_s, cloud.glanceV2Endpoint().toString(), u"show"_s, kCirros}, cloud.token());
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.err.contains("HTTP 503") && result.err.contains("req-7f3e"), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1); // one line
}

void TestCli::refusedConnectionExits6()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const Run result = run({u"--endpoint"_s, u"http://127.0.0.1:%1"_s.arg(port), u"list"_s}, "t");
    QCOMPARE(result.exitCode, 6);
    QVERIFY(result.err.contains("refused"));
}

void TestCli::timeoutExits6()
{
    Test::SilentServer silent;
    QVERIFY(silent.listenLocal());
    const Run result =
        run({u"--timeout"_s, u"1"_s, u"--endpoint"_s, silent.url().toString(), u"list"_s}, "t");
    QCOMPARE(result.exitCode, 6);
    QVERIFY(result.err.contains("timed out"));
}

void TestCli::deadlineEndsATrickle_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("list") << u"list"_s;
    QTest::newRow("download") << u"download"_s;
}

// A server that sends a few bytes every 100 ms: neither the idle timeout (30 s) nor the floor
// rate (60 s) stops it soon; --deadline does, and a download keeps what it has for a resume.
void TestCli::deadlineEndsATrickle()
{
    QFETCH(QString, command);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray body(1 << 20, 'z');
    Test::TricklingServer server;
    server.setAnswer("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " +
                         QByteArray::number(body.size()) + "\r\n\r\n",
                     body);
    server.setTrickle(64, 100);
    server.setJsonAt("/v2/images/img", R"({"id": "img", "name": "img", "status": "active", "size": 1048576,
        "disk_format": "raw", "container_format": "bare", "visibility": "public", "protected": false,
        "tags": [], "file": "/v2/images/img/file", "self": "/v2/images/img", "schema": "/v2/schemas/image"})");
    QVERIFY(server.listenLocal());
    const QString target = dir.filePath(u"img.raw"_s);
    QStringList args{u"--deadline"_s, u"2"_s,         u"--endpoint"_s, server.url(QString()).toString(),
                     u"--api"_s,      u"glance-v2"_s, command};
    if (command == u"download"_s)
        args << u"img"_s << u"-o"_s << target;
    QElapsedTimer clock;
    clock.start();
    const Run result = run(args, "t");
    QCOMPARE(result.exitCode, 6);
    QVERIFY2(clock.elapsed() < 8000, QByteArray::number(clock.elapsed()).constData());
    QCOMPARE(result.err.count("error: "), 1);
    QVERIFY2(
        result.err.contains("error: the command did not finish within the deadline of 2 s (--deadline)."),
        result.err.constData());
    QVERIFY(server.bytesSent() > 0);
    if (command == u"download"_s) {
        QVERIFY2(QFileInfo(target + u".part"_s).size() > 0, "the partial file was not kept");
        QVERIFY(!QFile::exists(target));
    }
}

void TestCli::deadlineLeavesAQuickCommandAlone()
{
    const Run result = run({u"--deadline"_s, u"30"_s, u"--demo"_s, u"list"_s, u"-f"_s, u"json"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY(QJsonDocument::fromJson(result.out).isArray());
}

void TestCli::malformedPayloadExits5()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    cloud.injectFault({u"/image/"_s, 1, DemoResponse::json(R"({"images": [)")});
    const Run result = run({u"--endpoint"_s, cloud.glanceV2Endpoint().toString(), u"list"_s}, cloud.token());
    QCOMPARE(result.exitCode, 5);
    QVERIFY(result.err.contains("malformed JSON"));
}

void TestCli::everyDialectFollowsTheContract_data()
{
    QTest::addColumn<QString>("api");
    for (const QString& api : {u"glance-v2"_s, u"glance-v1"_s, u"compute"_s, u"rackspace"_s, u"huawei-ecs"_s})
        QTest::newRow(qPrintable(api)) << api;
}

void TestCli::everyDialectFollowsTheContract()
{
    QFETCH(QString, api);
    DemoCloud cloud;
    QVERIFY(cloud.start());
    const QUrl endpoint = cloud.endpoint(*dialectFromName(api));
    const Run show = run({u"--endpoint"_s, endpoint.toString(), u"--api"_s, api, u"--project-id"_s,
                          DemoCloud::projectId(), u"show"_s, kCirros, u"-f"_s, u"json"_s},
                         cloud.token());
    QVERIFY2(show.exitCode == 0, show.err.constData());
    const QJsonObject image = QJsonDocument::fromJson(show.out).object();
    QStringList keys = image.keys();
    keys.sort();
    QStringList expected = kContractKeys;
    expected.sort();
    QCOMPARE(keys, expected);
    QCOMPARE(image.value(u"id"_s).toString(), kCirros);
    QCOMPARE(image.value(u"name"_s).toString(), u"cirros-0.3.2-x86_64-disk"_s);
    QCOMPARE(image.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(image.value(u"size"_s).toInteger(), 13167616);
    QCOMPARE(image.value(u"created_at"_s).toString(), u"2014-05-05T17:15:10Z"_s);
    QCOMPARE(image.value(u"dialect"_s).toString(), api);

    const Run list =
        run({u"--endpoint"_s, endpoint.toString(), u"--api"_s, api, u"--project-id"_s, DemoCloud::projectId(),
             u"list"_s, u"--all"_s, u"--limit"_s, u"9"_s, u"-f"_s, u"json"_s},
            cloud.token());
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QVERIFY(QJsonDocument::fromJson(list.out).array().size() >= 40);

    const Run missing = run({u"--endpoint"_s, endpoint.toString(), u"--api"_s, api, u"--project-id"_s,
                             DemoCloud::projectId(), u"show"_s, u"does-not-exist"_s},
                            cloud.token());
    QCOMPARE(missing.exitCode, 3);
}

void TestCli::autoPicksTheDialect_data()
{
    everyDialectFollowsTheContract_data();
}

void TestCli::autoPicksTheDialect()
{
    QFETCH(QString, api);
    DemoCloud cloud;
    QVERIFY(cloud.start());
    const Run result = run({u"--endpoint"_s, cloud.endpoint(*dialectFromName(api)).toString(),
                            u"--project-id"_s, DemoCloud::projectId(), u"show"_s, kCirros},
                           cloud.token());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QByteArray dialectRow = result.out.mid(result.out.indexOf("\ndialect ") + 1).split('\n').first();
    QVERIFY2(dialectRow.contains(QByteArray(api.toUtf8() + " (detected: ")), dialectRow.constData());
}

void TestCli::huaweiWithoutProjectIsBadInput()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    const Run result = run({u"--endpoint"_s, cloud.endpoint(Dialect::HuaweiEcs).toString(), u"--api"_s,
                            u"huawei-ecs"_s, u"list"_s},
                           cloud.token());
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("--project-id"));
}

void TestCli::osCloudErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("unknown cloud")
        << QByteArray("clouds:\n  a: {auth: {auth_url: 'http://127.0.0.1:1/v3', username: u}}\n") << u"b"_s
        << 2 << QByteArray("known: a");
    QTest::newRow("malformed yaml") << QByteArray("clouds: {a: [\n") << u"a"_s << 2
                                    << QByteArray("clouds.yaml:");
    QTest::newRow("missing auth_url") << QByteArray("clouds:\n  a: {auth: {username: u}}\n") << u"a"_s << 2
                                      << QByteArray("clouds.a.auth.auth_url");
    QTest::newRow("no password anywhere")
        << QByteArray("clouds:\n  a: {auth: {auth_url: 'http://127.0.0.1:1/v3', username: u}}\n") << u"a"_s
        << 4 << QByteArray("no password is known for cloud a. Run: skylight-cli login --os-cloud a");
}

void TestCli::osCloudErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, cloud);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, mentions);
    QTemporaryDir dir;
    QFile file(dir.filePath(u"clouds.yaml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(yaml);
    file.close();
    const Run result = run({u"--os-cloud"_s, cloud, u"list"_s}, {}, {},
                           {{u"OS_CLIENT_CONFIG_FILE"_s, file.fileName()},
                            {u"HOME"_s, dir.path()},
                            {u"OS_AUTH_URL"_s, QString()}});
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.startsWith("error: "), result.err.constData());
    QVERIFY2(result.err.contains(mentions), result.err.constData());
}

void TestCli::osCloudWithPastedTokenAndEndpoint()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    QTemporaryDir dir;
    QFile file(dir.filePath(u"clouds.yaml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("clouds:\n  pasted:\n    auth_type: token\n    image_endpoint_override: " +
               cloud.glanceV2Endpoint().toEncoded() + "\n    auth: {}\n");
    file.close();
    QFile secure(dir.filePath(u"secure.yaml"_s));
    QVERIFY(secure.open(QIODevice::WriteOnly));
    secure.write("clouds:\n  pasted:\n    auth: {token: " + cloud.token() + "}\n");
    secure.close();
    const Run result = run({u"--os-cloud"_s, u"pasted"_s, u"show"_s, kCirros, u"-f"_s, u"json"_s}, {}, {},
                           {{u"OS_CLIENT_CONFIG_FILE"_s, file.fileName()},
                            {u"OS_CLIENT_SECURE_FILE"_s, secure.fileName()},
                            {u"HOME"_s, dir.path()}});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value(u"id"_s).toString(), kCirros);
    QCOMPARE(cloud.requests().last().header("X-Auth-Token"), cloud.token());
}

void TestCli::loginWithoutKeychainSaysSo()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    QTemporaryDir dir;
    QFile file(dir.filePath(u"clouds.yaml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("clouds:\n  pasted:\n    auth_type: token\n    image_endpoint_override: " +
               cloud.glanceV2Endpoint().toEncoded() + "\n    auth: {}\n");
    file.close();
    const QHash<QString, QString> env{{u"OS_CLIENT_CONFIG_FILE"_s, file.fileName()},
                                      {u"HOME"_s, dir.path()},
                                      {u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s)},
                                      {u"DBUS_SESSION_BUS_ADDRESS"_s, QString()}, // no session bus at all
                                      {u"DISPLAY"_s, QString()},
                                      {u"WAYLAND_DISPLAY"_s, QString()}};
    const Run login = run({u"--os-cloud"_s, u"pasted"_s, u"login"_s}, {}, cloud.token() + "\n", env);
    QCOMPARE(login.exitCode, 8);
    QVERIFY2(login.err.contains("keychain cannot be reached"), login.err.constData());
    QVERIFY(!login.err.contains(cloud.token()));

    // Nothing was kept, in the keychain or in a file.
    const Run list = run({u"--os-cloud"_s, u"pasted"_s, u"list"_s}, {}, {}, env);
    QCOMPARE(list.exitCode, 4);
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile written(it.next());
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(!written.readAll().contains(cloud.token()));
    }
}

void TestCli::rawOutputMasksSecrets()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    cloud.injectFault({u"/image/v2/images/"_s + kCirros, 1,
                       DemoResponse::json(R"({"id": "1bea47ed-f6a9-463b-b423-14b9cca9ad27", "name": "cirros",
                                             "os_admin_password": "hunter2", "status": "active"})")});
    const Run result = run({u"--endpoint"_s, cloud.glanceV2Endpoint().toString(), u"--api"_s, u"glance-v2"_s,
                            u"show"_s, kCirros, u"-f"_s, u"raw"_s},
                           cloud.token());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!result.out.contains("hunter2"));
    QVERIFY(result.out.contains("\"os_admin_password\":\"***\""));
    QVERIFY(result.out.contains("cirros"));
}

void TestCli::deepXmlExits5_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QByteArray>("body");
    const QByteArray image = R"(<image id="deep" name="deep" status="ACTIVE">)" +
                             QByteArray("<a>").repeated(20000) + "x" + QByteArray("</a>").repeated(20000) +
                             "</image>";
    const QByteArray prolog = "<?xml version='1.0' encoding='UTF-8'?>";
    QTest::newRow("show") << QStringList{u"show"_s, u"deep"_s} << prolog + image;
    QTest::newRow("list") << QStringList{u"list"_s} << prolog + "<images>" + image + "</images>";
}

// About 140 KB of Compute XML, 20,000 elements nested inside <image>, once crashed show and list.
void TestCli::deepXmlExits5()
{
    QFETCH(QStringList, command);
    QFETCH(QByteArray, body);
    DemoCloud cloud;
    QVERIFY(cloud.start());
    cloud.injectFault(
        {u"/compute-xml/v2.1/images"_s, -1, DemoResponse{200, {{"Content-Type", "application/xml"}}, body}});
    const Run result =
        run(QStringList{u"--endpoint"_s, cloud.computeXmlEndpoint().toString(), u"--api"_s, u"compute"_s} +
                command,
            cloud.token());
    QCOMPARE(result.exitCode, 5);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("The server's XML nests deeper than 64 levels; refused."),
             result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
