// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// A listing with entries that cannot be read: the CLI lists the others, says what it left out in
// one warning line per page on stderr, and exits 0. A single record that cannot be read stays an
// error.
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
DemoResponse page(const QJsonArray& images, const QString& next = QString())
{
    QJsonObject body{{u"images"_s, images}};
    if (!next.isEmpty())
        body.insert(u"next"_s, next);
    return DemoResponse{200, {{"Content-Type", "application/json"}}, QJsonDocument(body).toJson()};
}

QJsonObject image(const QString& id)
{
    return QJsonObject{{u"id"_s, id}, {u"name"_s, QString(u"image "_s + id)}, {u"status"_s, u"active"_s}};
}

// Three pages; the third has ten entries, the 7th without an id and the 9th not an object.
void serveThreePages(DemoCloud& cloud)
{
    const QString images = cloud.glanceV2Endpoint().path() + u"/v2/images"_s;
    cloud.injectFault({images, 1, page({image(u"a"_s)}, u"/v2/images?marker=a"_s)});
    cloud.injectFault({images, 1, page({image(u"b"_s)}, u"/v2/images?marker=b"_s)});
    QJsonArray third;
    for (int entry = 1; entry <= 10; ++entry) {
        if (entry == 7)
            third.append(QJsonObject{{u"name"_s, u"nameless"_s}});
        else if (entry == 9)
            third.append(u"not an image"_s);
        else
            third.append(image(u"c"_s + QString::number(entry)));
    }
    cloud.injectFault({images, 1, page(third)});
}
} // namespace

class TestCliSkipped : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tableWarnsOncePerPage();
    void jsonWarnsOnStderrOnly();
    void serverTextInReasonsIsEscaped();
    void unreadableShowIsAnError();

private:
    CliRun run(DemoCloud& cloud, const QStringList& args);
};

CliRun TestCliSkipped::run(DemoCloud& cloud, const QStringList& args)
{
    return runProgram(
        QStringLiteral(SKYLIGHT_CLI_PATH),
        QStringList{u"--endpoint"_s, cloud.glanceV2Endpoint().toString(), u"--api"_s, u"glance-v2"_s} + args,
        {{u"OS_TOKEN"_s, QString::fromLatin1(cloud.token())}}, {}, 30000);
}

void TestCliSkipped::tableWarnsOncePerPage()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    serveThreePages(cloud);
    const CliRun result = run(cloud, {u"list"_s, u"--all"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err,
             QByteArray("warning: 2 entries of page 3 could not be read: entry 7 has no id, entry 9 "
                        "is not an object\n"));
    for (const char* id : {"a", "b", "c1", "c8", "c…"}) // columns sized from page 1: "c10" is cut
        QVERIFY2(result.out.contains(id), result.out.constData());
    QVERIFY(!result.out.contains("nameless"));
}

void TestCliSkipped::jsonWarnsOnStderrOnly()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    serveThreePages(cloud);
    const CliRun result = run(cloud, {u"list"_s, u"--all"_s, u"-f"_s, u"json"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.startsWith("warning: 2 entries of page 3 could not be read"), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
    QJsonParseError error{};
    const QJsonArray images = QJsonDocument::fromJson(result.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(images.size(), 10); // a, b and eight of the third page's ten
}

void TestCliSkipped::serverTextInReasonsIsEscaped()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    const QString hostile = u"x\x1b]0;owned\x07\u202Ey"_s;
    cloud.injectFault(
        {cloud.glanceV2Endpoint().path() + u"/v2/images"_s, -1, page({image(hostile), image(hostile)})});
    const CliRun result = run(cloud, {u"list"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(!result.err.contains('\x1b') && !result.err.contains('\x07') &&
                 !result.err.contains("\xE2\x80\xAE"),
             result.err.constData());
    QCOMPARE(result.err, QByteArray("warning: 1 entry of page 1 could not be read: entry 2 repeats the id "
                                    "\"x\\x1b]0;owned\\x07\\u202ey\" of entry 1\n"));
}

void TestCliSkipped::unreadableShowIsAnError()
{
    DemoCloud cloud;
    QVERIFY(cloud.start());
    const QString id = u"6f2b0c7e-0000-4000-8000-000000000001"_s;
    cloud.injectFault({cloud.glanceV2Endpoint().path() + u"/v2/images/"_s + id, -1,
                       DemoResponse{200, {{"Content-Type", "application/json"}}, R"({"name": "no id"})"}});
    const CliRun result = run(cloud, {u"show"_s, id});
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.err.startsWith("error: "), result.err.constData());
}

QTEST_GUILESS_MAIN(TestCliSkipped)
#include "tst_cliskipped.moc"
