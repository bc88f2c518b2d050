// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/clirun.h"
#include "democloud/democatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::CliRun;
using Skylight::Test::runProgram;

namespace {
const QString kCli = QStringLiteral(SKYLIGHT_CLI_PATH);
const QString kCirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;

QString idOf(const QString& name)
{
    for (const DemoImage& image : DemoCatalog::standard().images()) {
        if (image.glance.value(u"name"_s).toString() == name)
            return image.id();
    }
    return {};
}
} // namespace

// skylight-cli inspect IMAGE_ID against the demo cloud: the JSON contract of inspect --file, the
// exit statuses (0 safe and as declared, 7 the unsafe and the mismatched demo images, 3 no such
// image), a few KiB read where ranges are served, the stream where they are not (Image API v1).
class TestCliInspectRemote : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonFollowsTheContract();
    void verdicts_data();
    void verdicts();
    void tableNamesTheBackingFile();
    void withoutRangesTheStreamIsRead();
    void missingImage();
};

void TestCliInspectRemote::jsonFollowsTheContract()
{
    const CliRun run = runProgram(kCli, {u"--demo"_s, u"inspect"_s, kCirros, u"-f"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{u"bytes_read"_s, u"declared_format"_s, u"details"_s, u"format"_s,
                                u"matches_declared"_s, u"problems"_s, u"safe"_s, u"virtual_size"_s}));
    QCOMPARE(json.value(u"format"_s).toString(), u"qcow2"_s);
    QCOMPARE(json.value(u"declared_format"_s).toString(), u"qcow2"_s);
    QVERIFY(json.value(u"matches_declared"_s).toBool());
    QVERIFY(json.value(u"safe"_s).toBool());
    QVERIFY(json.value(u"problems"_s).toArray().isEmpty());
    QVERIFY(json.value(u"virtual_size"_s).toInteger() > 0);
    // A 13 MB image, of which one range of 64 KiB.
    QVERIFY(json.value(u"bytes_read"_s).toInteger() > 0);
    QVERIFY(json.value(u"bytes_read"_s).toInteger() <= 64 * 1024);
}

void TestCliInspectRemote::verdicts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("problem");
    QTest::newRow("unsafe: backing file /etc/passwd") << u"alpine-3.20-cloud-r2"_s << 7 << u"backing file"_s;
    QTest::newRow("declared ploop, a qcow2")
        << u"windows-server-2022-eval-r2"_s << 7 << u"declared as ploop, but its content is qcow2"_s;
    QTest::newRow("vhdx") << u"windows-server-2022-eval"_s << 0 << QString();
    QTest::newRow("vmdk") << u"debian-12-genericcloud-amd64"_s << 0 << QString();
    QTest::newRow("iso") << u"cirros-0.6.2-x86_64-disk"_s << 0 << QString();
    QTest::newRow("vhd") << u"voweb1-firstimage"_s << 0 << QString();
    QTest::newRow("raw") << u"cirror"_s << 0 << QString();
}

void TestCliInspectRemote::verdicts()
{
    QFETCH(QString, name);
    QFETCH(int, exitCode);
    QFETCH(QString, problem);
    const QString id = idOf(name);
    QVERIFY(!id.isEmpty());
    const CliRun run = runProgram(kCli, {u"--demo"_s, u"inspect"_s, id, u"-f"_s, u"json"_s});
    QCOMPARE(run.exitCode, exitCode);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QVERIFY(!json.isEmpty());
    const QJsonArray problems = json.value(u"problems"_s).toArray();
    QCOMPARE(problems.isEmpty(), problem.isEmpty());
    if (!problem.isEmpty())
        QVERIFY2(problems.first().toString().contains(problem), qPrintable(problems.first().toString()));
    QVERIFY(json.value(u"bytes_read"_s).toInteger() < 1024 * 1024);
}

void TestCliInspectRemote::tableNamesTheBackingFile()
{
    const CliRun run = runProgram(kCli, {u"--demo"_s, u"inspect"_s, idOf(u"alpine-3.20-cloud-r2"_s)});
    QCOMPARE(run.exitCode, 7);
    QVERIFY(run.out.contains("Safe:             no"));
    QVERIFY(run.out.contains("backing_file: /etc/passwd"));
}

// Image API v1 serves no ranges: the whole image is sent, read until decided, said on stderr.
void TestCliInspectRemote::withoutRangesTheStreamIsRead()
{
    const CliRun run = runProgram(
        kCli, {u"--demo"_s, u"--api"_s, u"glance-v1"_s, u"inspect"_s, kCirros, u"-f"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("byte ranges"), run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"format"_s).toString(), u"qcow2"_s);
    QVERIFY(json.value(u"bytes_read"_s).toInteger() < 2 * 1024 * 1024); // of 13 MB
}

void TestCliInspectRemote::missingImage()
{
    const CliRun run = runProgram(kCli, {u"--demo"_s, u"inspect"_s, u"no-such-image"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.startsWith("error: "));
}

QTEST_GUILESS_MAIN(TestCliInspectRemote)
#include "tst_cliinspectremote.moc"
