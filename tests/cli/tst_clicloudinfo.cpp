// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// `skylight-cli tasks`, `stores`, `usage` and `download --store` (issue 18), run as users run
// them: against --demo, against a demo cloud of the test's own on loopback (its requests seen, its
// answers made hostile), and against the other dialects, which say plainly they have none of it.
#include "cli/clirun.h"
#include "democloud/democloud.h"
#include "democloud/demohttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::CliRun;
using Skylight::Test::runProgram;

namespace {
const QString kCirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;

CliRun demo(const QStringList& args)
{
    return runProgram(QStringLiteral(SKYLIGHT_CLI_PATH), QStringList{u"--demo"_s} + args);
}

CliRun endpoint(DemoCloud& cloud, Dialect dialect, const QString& api, const QStringList& args)
{
    QStringList all{u"--endpoint"_s, cloud.endpoint(dialect).toString(), u"--api"_s, api};
    if (dialect == Dialect::HuaweiEcs)
        all << u"--project-id"_s << DemoCloud::projectId();
    return runProgram(QStringLiteral(SKYLIGHT_CLI_PATH), all + args,
                      {{u"OS_TOKEN"_s, QString::fromLatin1(cloud.token())}}, {}, 30000);
}

// Raw escape or bidi characters in the output: the terminal would obey them.
bool raw(const QByteArray& text)
{
    return text.contains('\x1b') || text.contains('\x07') || text.contains("\xE2\x80\xAE");
}
} // namespace

class TestCliCloudInfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tasksTable();
    void tasksJson();
    void tasksOfAnUnknownImage();
    void storesTable();
    void storesJson();
    void usageTable();
    void usageJson();
    void usageErrors();
    void downloadStoreIsRefusedBeforeAnyDownload_data();
    void downloadStoreIsRefusedBeforeAnyDownload();
    void hostileTasksAreEscaped();
    void otherDialectsHaveNone_data();
    void otherDialectsHaveNone();
    void usageMistakes_data();
    void usageMistakes();
};

void TestCliCloudInfo::tasksTable()
{
    const CliRun result = demo({u"tasks"_s, kCirros});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith("ID "), result.out.constData());
    QVERIFY2(result.out.contains("processing"), result.out.constData());
    QVERIFY2(result.out.contains("copy-image"), result.out.constData());
    QVERIFY2(result.out.contains("Copied 15 MiB"), result.out.constData());
    QVERIFY2(result.out.contains("failure") && result.out.contains("success"), result.out.constData());
    // The image's own fields, shown as such.
    QVERIFY2(result.out.contains("\nImporting to stores (os_glance_importing_to_stores): cold\n"),
             result.out.constData());
    QVERIFY2(result.out.contains("\nFailed imports (os_glance_failed_import): none\n"),
             result.out.constData());
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    // An image without tasks whose copy failed.
    const CliRun failed = demo({u"tasks"_s, u"70a599e0-31e7-49b7-b260-868f441e862b"_s});
    QCOMPARE(failed.exitCode, 0);
    QVERIFY2(failed.out.startsWith("No tasks"), failed.out.constData());
    QVERIFY2(failed.out.contains("Failed imports (os_glance_failed_import): cold\n"), failed.out.constData());
    QVERIFY2(!failed.out.contains("Importing to stores"), failed.out.constData());
}

void TestCliCloudInfo::tasksJson()
{
    const CliRun result = demo({u"tasks"_s, kCirros, u"-f"_s, u"json"_s});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, result.out.constData());
    const QJsonArray tasks = document.object().value(u"tasks"_s).toArray();
    QCOMPARE(tasks.size(), 3);
    const QJsonObject first = tasks.first().toObject();
    // The keys as the API names them.
    for (const QString& key :
         {u"id"_s, u"type"_s, u"status"_s, u"message"_s, u"created_at"_s, u"updated_at"_s, u"image_id"_s,
          u"request-id"_s, u"user"_s, u"input"_s, u"result"_s})
        QVERIFY2(first.contains(key), qPrintable(key));
    QCOMPARE(first.value(u"message"_s).toString(), u"Copied 15 MiB"_s);
    QCOMPARE(document.object().value(u"os_glance_importing_to_stores"_s).toString(), u"cold"_s);
    QCOMPARE(document.object().value(u"os_glance_failed_import"_s).toString(), QString());
}

void TestCliCloudInfo::tasksOfAnUnknownImage()
{
    const CliRun result = demo({u"tasks"_s, u"00000000-0000-0000-0000-000000000000"_s});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.startsWith("error: "), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void TestCliCloudInfo::storesTable()
{
    const CliRun result = demo({u"stores"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("fast") && result.out.contains("cold"), result.out.constData());
    QVERIFY2(result.out.contains("Import methods: glance-direct, web-download, copy-image"),
             result.out.constData());
    const QList<QByteArray> lines = result.out.split('\n');
    QVERIFY(lines.size() > 3);
    QVERIFY2(lines.at(2).startsWith("fast ") && lines.at(2).contains(" yes "), result.out.constData());
}

void TestCliCloudInfo::storesJson()
{
    const CliRun result = demo({u"stores"_s, u"-f"_s, u"json"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject document = QJsonDocument::fromJson(result.out).object();
    const QJsonArray stores = document.value(u"stores"_s).toArray();
    QVERIFY2(stores.size() >= 2, result.out.constData());
    const QJsonObject fast = stores.first().toObject();
    QCOMPARE(fast.value(u"id"_s).toString(), u"fast"_s);
    QCOMPARE(fast.value(u"default"_s).toBool(), true);
    QVERIFY(fast.contains(u"read-only"_s));
    QVERIFY(fast.contains(u"description"_s));
    QCOMPARE(document.value(u"import-methods"_s).toArray().size(), 3);
}

void TestCliCloudInfo::usageTable()
{
    const CliRun result = demo({u"usage"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("Images") && result.out.contains("image_count_total"),
             result.out.constData());
    QVERIFY2(result.out.contains("unlimited"), result.out.constData()); // the staging area's -1
    QVERIFY2(result.out.contains("20.0 GiB"), result.out.constData());  // 20480 MiB
}

void TestCliCloudInfo::usageJson()
{
    const CliRun result = demo({u"usage"_s, u"-f"_s, u"json"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject usage = QJsonDocument::fromJson(result.out).object().value(u"usage"_s).toObject();
    QCOMPARE(usage.value(u"image_size_total"_s).toObject().value(u"limit"_s).toInteger(), 20480);
    QCOMPARE(usage.value(u"image_stage_total"_s).toObject().value(u"limit"_s).toInteger(), -1);
    QVERIFY(usage.value(u"image_count_total"_s).toObject().value(u"usage"_s).toInteger() > 0);
    QVERIFY(usage.contains(u"image_count_uploading"_s));
}

void TestCliCloudInfo::usageErrors()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    const QString path = cloud.glanceV2Endpoint().path() + u"/v2/info/usage"_s;
    cloud.injectFault({path, 1, DemoResponse::htmlError(404, u"404 Not Found"_s, u"nope"_s)});
    CliRun result = endpoint(cloud, Dialect::GlanceV2, u"glance-v2"_s, {u"usage"_s});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("no quota usage"), result.err.constData());
    cloud.injectFault({path, 1, DemoResponse::htmlError(500, u"500 Internal Server Error"_s, u"boom"_s)});
    result = endpoint(cloud, Dialect::GlanceV2, u"glance-v2"_s, {u"usage"_s});
    QCOMPARE(result.exitCode, 5);
    result = runProgram(
        QStringLiteral(SKYLIGHT_CLI_PATH),
        {u"--endpoint"_s, cloud.glanceV2Endpoint().toString(), u"--api"_s, u"glance-v2"_s, u"usage"_s},
        {{u"OS_TOKEN"_s, u"wrong"_s}}, {}, 30000);
    QCOMPARE(result.exitCode, 4);
}

void TestCliCloudInfo::downloadStoreIsRefusedBeforeAnyDownload_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("a store of the cloud") << u"cold"_s << QByteArray("offers no choice of the store");
    QTest::newRow("no such store") << u"tape"_s << QByteArray("has no store \"tape\"");
}

void TestCliCloudInfo::downloadStoreIsRefusedBeforeAnyDownload()
{
    QFETCH(QString, store);
    QFETCH(QByteArray, says);
    DemoCloud cloud;
    QVERIFY(cloud.start());
    const CliRun result =
        endpoint(cloud, Dialect::GlanceV2, u"glance-v2"_s,
                 {u"download"_s, kCirros, u"--store"_s, store, u"-o"_s, u"/nonexistent/x"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith("error: --store "), result.err.constData());
    QVERIFY2(result.err.contains("is not supported"), result.err.constData());
    QVERIFY2(result.err.contains(says), result.err.constData());
    QVERIFY2(result.err.contains("fast (default)"), result.err.constData()); // the cloud's answer
    for (const DemoRequest& request : cloud.requests())
        QVERIFY2(!request.url.path().endsWith(u"/file"_s), qPrintable(request.url.path()));
}

void TestCliCloudInfo::hostileTasksAreEscaped()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    const QByteArray body =
        QJsonDocument(
            QJsonObject{{u"tasks"_s, QJsonArray{QJsonObject{{u"id"_s, u"t\x1b]0;pwned\x07"_s},
                                                            {u"status"_s, u"processing"_s},
                                                            {u"message"_s, u"Copied \u202e51 MiB\x1b[2J"_s}},
                                                QJsonObject{{u"id"_s, 7}}, u"not a task"_s}}})
            .toJson(QJsonDocument::Compact);
    cloud.injectFault({cloud.glanceV2Endpoint().path() + u"/v2/images/%1/tasks"_s.arg(kCirros), -1,
                       DemoResponse{200, {{"Content-Type", "application/json"}}, body}});
    CliRun result = endpoint(cloud, Dialect::GlanceV2, u"glance-v2"_s, {u"tasks"_s, kCirros});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(!raw(result.out) && !raw(result.err), result.out.constData());
    QVERIFY2(result.out.contains("\\x1b]0;pwned\\x07"), result.out.constData());
    QVERIFY2(result.err.contains("warning: 2 tasks of the answer could not be read"), result.err.constData());
    result = endpoint(cloud, Dialect::GlanceV2, u"glance-v2"_s, {u"tasks"_s, kCirros, u"-f"_s, u"json"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!raw(result.out));
    const QJsonArray tasks = QJsonDocument::fromJson(result.out).object().value(u"tasks"_s).toArray();
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks.first().toObject().value(u"message"_s).toString(), u"Copied \u202e51 MiB\x1b[2J"_s);
}

void TestCliCloudInfo::otherDialectsHaveNone_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("api");
    QTest::addColumn<QStringList>("command");
    QTest::newRow("glance-v1 stores") << Dialect::GlanceV1 << u"glance-v1"_s << QStringList{u"stores"_s};
    QTest::newRow("compute usage") << Dialect::Compute << u"compute"_s << QStringList{u"usage"_s};
    QTest::newRow("rackspace tasks") << Dialect::Rackspace << u"rackspace"_s
                                     << QStringList{u"tasks"_s, kCirros};
    QTest::newRow("huawei stores") << Dialect::HuaweiEcs << u"huawei-ecs"_s << QStringList{u"stores"_s};
    QTest::newRow("glance-v1 download --store")
        << Dialect::GlanceV1 << u"glance-v1"_s
        << QStringList{u"download"_s, kCirros, u"--store"_s, u"fast"_s};
}

void TestCliCloudInfo::otherDialectsHaveNone()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, api);
    QFETCH(QStringList, command);
    DemoCloud cloud;
    QVERIFY(cloud.start());
    const CliRun result = endpoint(cloud, dialect, api, command);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith("error: "), result.err.constData());
    QVERIFY2(result.err.contains(api.toUtf8()) && result.err.contains("which has no"),
             result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
    for (const DemoRequest& request : cloud.requests())
        QVERIFY2(!request.url.path().contains(u"/file"_s), qPrintable(request.url.path()));
}

void TestCliCloudInfo::usageMistakes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("tasks without an image") << QStringList{u"tasks"_s};
    QTest::newRow("tasks with two") << QStringList{u"tasks"_s, u"a"_s, u"b"_s};
    QTest::newRow("stores with an argument") << QStringList{u"stores"_s, u"fast"_s};
    QTest::newRow("usage raw") << QStringList{u"usage"_s, u"-f"_s, u"raw"_s};
    QTest::newRow("--store without a value") << QStringList{u"download"_s, kCirros, u"--store"_s};
    QTest::newRow("--store for list") << QStringList{u"list"_s, u"--store"_s, u"fast"_s};
}

void TestCliCloudInfo::usageMistakes()
{
    QFETCH(QStringList, args);
    const CliRun result = demo(args);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("rror"), result.err.constData());
}

QTEST_GUILESS_MAIN(TestCliCloudInfo)
#include "tst_clicloudinfo.moc"
