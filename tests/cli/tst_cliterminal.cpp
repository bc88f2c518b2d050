// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/clirun.h"
#include "democloud/democloud.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::CliRun;
using Skylight::Test::runProgram;

namespace {
// An image name that would set the window title, ring the bell and reverse the rest of the line.
const QString kHostileName = u"evil\x1b]0;pwned\x07name\u202Ereversed"_s;

QByteArray oneImagePage()
{
    const QJsonObject image{{u"id"_s, u"6f2b0c7e-0000-4000-8000-000000000001"_s},
                            {u"name"_s, kHostileName},
                            {u"status"_s, u"active"_s},
                            {u"visibility"_s, u"public"_s}};
    return QJsonDocument(QJsonObject{{u"images"_s, QJsonArray{image}}}).toJson(QJsonDocument::Compact);
}

bool raw(const QByteArray& output)
{
    return output.contains('\x1b') || output.contains('\x07') || output.contains("\xE2\x80\xAE");
}
} // namespace

// What the server says reaches the terminal as text, never as control sequences: in tables and
// in error lines; JSON output stays exact (escaped by JSON itself).
class TestCliTerminal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tableShowsControlsEscaped();
    void jsonStaysExact();
    void errorLineShowsControlsEscaped();

private:
    CliRun list(DemoCloud& cloud, const QStringList& extra);
};

CliRun TestCliTerminal::list(DemoCloud& cloud, const QStringList& extra)
{
    return runProgram(QStringLiteral(SKYLIGHT_CLI_PATH),
                      QStringList{u"--endpoint"_s, cloud.glanceV2Endpoint().toString(), u"--api"_s,
                                  u"glance-v2"_s, u"list"_s} +
                          extra,
                      {{u"OS_TOKEN"_s, QString::fromLatin1(cloud.token())}}, {}, 30000);
}

void TestCliTerminal::tableShowsControlsEscaped()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    cloud.injectFault({cloud.glanceV2Endpoint().path() + u"/v2/images"_s, -1,
                       DemoResponse{200, {{"Content-Type", "application/json"}}, oneImagePage()}});
    const CliRun result = list(cloud, {});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(!raw(result.out), result.out.constData());
    QVERIFY2(result.out.contains("evil\\x1b]0;pwned\\x07name\\u202ereversed"), result.out.constData());
}

void TestCliTerminal::jsonStaysExact()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    cloud.injectFault({cloud.glanceV2Endpoint().path() + u"/v2/images"_s, -1,
                       DemoResponse{200, {{"Content-Type", "application/json"}}, oneImagePage()}});
    const CliRun result = list(cloud, {u"-f"_s, u"json"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!result.out.contains('\x1b'));
    const QJsonArray images = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(images.size(), 1);
    QCOMPARE(images.first().toObject().value(u"name"_s).toString(), kHostileName);
}

void TestCliTerminal::errorLineShowsControlsEscaped()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"message"_s, u"boom\x1b[2J\x07 cleared\u2028forged"_s}})
            .toJson(QJsonDocument::Compact);
    cloud.injectFault({cloud.glanceV2Endpoint().path() + u"/v2/images"_s, -1,
                       DemoResponse{500, {{"Content-Type", "application/json"}}, body}});
    const CliRun result = list(cloud, {});
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(!raw(result.err) && !result.err.contains("\xE2\x80\xA8"), result.err.constData());
    QVERIFY2(result.err.startsWith("error: "), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.contains("\\x1b[2J\\x07"), result.err.constData());
}

QTEST_GUILESS_MAIN(TestCliTerminal)
#include "tst_cliterminal.moc"
