// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// skylight-cli list --visibility / --member-status (issue 16, defect 4): the same scope as the
// window's, asked of an Image API v2; other dialects refuse it with a usage error.

#include "cli/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestCliVisibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsTheScope_data();
    void listsTheScope();
    void otherDialectsRefuse_data();
    void otherDialectsRefuse();
    void unknownValuesAreUsageErrors_data();
    void unknownValuesAreUsageErrors();
};

namespace {
Test::CliRun run(const QStringList& args)
{
    return Test::runProgram(QStringLiteral(SKYLIGHT_CLI_PATH), args);
}
} // namespace

void TestCliVisibility::listsTheScope_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("visibilities"); // the ones listed
    // --demo: the 62 images of the demo catalog and its three large public ones.
    QTest::newRow("default") << QStringList{} << 51 << QStringList{u"private"_s, u"public"_s, u"shared"_s};
    QTest::newRow("community") << QStringList{u"--visibility"_s, u"community"_s} << 14
                               << QStringList{u"community"_s};
    QTest::newRow("all") << QStringList{u"--visibility"_s, u"all"_s} << 65
                         << QStringList{u"community"_s, u"private"_s, u"public"_s, u"shared"_s};
    QTest::newRow("public") << QStringList{u"--visibility"_s, u"public"_s} << 20 << QStringList{u"public"_s};
    QTest::newRow("shared, pending") << QStringList{u"--visibility"_s, u"shared"_s, u"--member-status"_s,
                                                    u"pending"_s}
                                     << 10 << QStringList{u"shared"_s};
    QTest::newRow("shared, any status")
        << QStringList{u"--member-status"_s, u"all"_s, u"--visibility"_s, u"SHARED"_s} << 15
        << QStringList{u"shared"_s};
}

void TestCliVisibility::listsTheScope()
{
    QFETCH(QStringList, options);
    QFETCH(int, count);
    QFETCH(QStringList, visibilities);
    const Test::CliRun result =
        run(QStringList{u"--demo"_s, u"list"_s, u"--all"_s, u"-f"_s, u"json"_s} + options);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray images = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(images.size(), count);
    QSet<QString> found;
    for (const QJsonValue& image : images)
        found.insert(image.toObject().value(u"visibility"_s).toString());
    QStringList listed(found.cbegin(), found.cend());
    listed.sort();
    QCOMPARE(listed, visibilities);
}

void TestCliVisibility::otherDialectsRefuse_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("glance-v1") << u"glance-v1"_s << QStringList{u"--visibility"_s, u"community"_s};
    QTest::newRow("compute") << u"compute"_s << QStringList{u"--visibility"_s, u"all"_s};
    QTest::newRow("member status") << u"glance-v1"_s << QStringList{u"--member-status"_s, u"pending"_s};
    QTest::newRow("hidden") << u"huawei-ecs"_s << QStringList{u"--hidden"_s};
}

void TestCliVisibility::otherDialectsRefuse()
{
    QFETCH(QString, api);
    QFETCH(QStringList, options);
    const Test::CliRun result = run(QStringList{u"--demo"_s, u"--api"_s, api, u"list"_s} + options);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("--visibility, --member-status and --hidden need the Image API v2"),
             result.err.constData());
    // Without them, the same cloud lists.
    QCOMPARE(run({u"--demo"_s, u"--api"_s, api, u"list"_s, u"--limit"_s, u"3"_s}).exitCode, 0);
}

void TestCliVisibility::unknownValuesAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("visibility") << QStringList{u"--visibility"_s, u"everything"_s}
                                << QByteArray("--visibility takes private|shared|public|community|all");
    QTest::newRow("member status") << QStringList{u"--member-status"_s, u"maybe"_s}
                                   << QByteArray("--member-status takes accepted|pending|rejected|all");
    QTest::newRow("no value") << QStringList{u"--visibility"_s} << QByteArray("--visibility");
    QTest::newRow("the scope twice") << QStringList{u"--filter"_s, u"visibility=community"_s, u"--visibility"_s,
                                                    u"public"_s}
                                     << QByteArray("ask for the same; give only --visibility");
    QTest::newRow("member status twice")
        << QStringList{u"--visibility"_s, u"shared"_s, u"--filter"_s, u"member_status=pending"_s}
        << QByteArray("give only --member-status");
}

void TestCliVisibility::unknownValuesAreUsageErrors()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, message);
    const Test::CliRun result = run(QStringList{u"--demo"_s, u"list"_s} + options);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), result.err.constData());
}

QTEST_MAIN(TestCliVisibility)
#include "tst_clivisibility.moc"
