// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using Skylight::Test::CliRun;
using Skylight::Test::runProgram;

namespace {
const QString kControls = u"a\u0085b\u009bc\u202ed\u2066e\u2069.raw"_s;
// Their UTF-8 encodings, none of which may reach the output.
const QList<QByteArray> kControlBytes{"\xc2\x85", "\xc2\x9b", "\xe2\x80\xae", "\xe2\x81\xa6", "\xe2\x81\xa9"};
} // namespace

// skylight-cli inspect --file, as users run it: the JSON contract, the exit statuses (0 safe and
// as declared, 7 unsafe or not as declared, 8 unreadable or not a regular file, 2 usage), the
// table with a hostile backing file name escaped, and reading only what the verdict needs.
class TestCliInspect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void jsonFollowsTheContract();
    void tableEscapesNamesFromTheImage();
    void jsonEscapesControlsFromTheImage();
    void refusesRegionsPastTheEnd();
    void readsOnlyTheHead();
    void refusesWhatIsNotARegularFile();
    void usage();

private:
    CliRun cli(const QStringList& args) { return runProgram(QStringLiteral(SKYLIGHT_CLI_PATH), args); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    bool qemuImg(const QStringList& args);
    QTemporaryDir m_dir;
};

bool TestCliInspect::qemuImg(const QStringList& args)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(u"qemu-img"_s, args);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

void TestCliInspect::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(u"qemu-img"_s).isEmpty())
        QSKIP("qemu-img is not installed (Debian: qemu-utils; packaging/linux/install-deps.sh --tests)");
    QVERIFY(qemuImg({u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, u"clean.qcow2"_s, u"1G"_s}));
    QVERIFY(qemuImg({u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, u"-u"_s, u"-b"_s, u"/etc/passwd"_s, u"-F"_s,
                     u"raw"_s, u"hostile.qcow2"_s, u"1G"_s}));
    // A backing file name that would drive the terminal: escape, bell, a bidi override.
    QVERIFY(qemuImg({u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, u"-u"_s, u"-b"_s,
                     u"x\x1b]0;owned\x07\u202e.raw"_s, u"-F"_s, u"raw"_s, u"escape.qcow2"_s, u"1G"_s}));
    // C1 controls and bidi controls: legal in JSON, but a terminal acts on them.
    QVERIFY(qemuImg({u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, u"-u"_s, u"-b"_s, kControls, u"-F"_s,
                     u"raw"_s, u"controls.qcow2"_s, u"1G"_s}));
    QFile raw(path(u"disk.raw"_s));
    QVERIFY(raw.open(QIODevice::WriteOnly));
    QVERIFY(raw.resize(64 * 1024 * 1024)); // sparse: 64 MiB of zeros
}

void TestCliInspect::verdicts_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("declared");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("clean qcow2") << u"clean.qcow2"_s << QString() << 0;
    QTest::newRow("clean qcow2 declared qcow2") << u"clean.qcow2"_s << u"qcow2"_s << 0;
    QTest::newRow("clean qcow2 declared raw") << u"clean.qcow2"_s << u"raw"_s << 7;
    QTest::newRow("backing file on the host") << u"hostile.qcow2"_s << u"qcow2"_s << 7;
    QTest::newRow("raw") << u"disk.raw"_s << u"raw"_s << 0;
    QTest::newRow("raw declared vmdk") << u"disk.raw"_s << u"vmdk"_s << 7;
}

void TestCliInspect::verdicts()
{
    QFETCH(QString, image);
    QFETCH(QString, declared);
    QFETCH(int, exitCode);
    QStringList args{u"inspect"_s, u"--file"_s, path(image), u"-f"_s, u"json"_s};
    if (!declared.isEmpty())
        args << u"--declared"_s << declared;
    const CliRun run = cli(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.err.isEmpty());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"safe"_s).toBool() && json.value(u"matches_declared"_s).toBool(true), exitCode == 0);
    QCOMPARE(json.value(u"problems"_s).toArray().isEmpty(), exitCode == 0);
}

void TestCliInspect::jsonFollowsTheContract()
{
    const CliRun run = cli(
        {u"inspect"_s, u"--file"_s, path(u"hostile.qcow2"_s), u"-f"_s, u"json"_s, u"--declared"_s, u"raw"_s});
    QCOMPARE(run.exitCode, 7);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{u"bytes_read"_s, u"declared_format"_s, u"details"_s, u"format"_s,
                                u"matches_declared"_s, u"problems"_s, u"safe"_s, u"virtual_size"_s}));
    QCOMPARE(json.value(u"format"_s).toString(), u"qcow2"_s);
    QCOMPARE(json.value(u"virtual_size"_s).toInteger(), 1024LL * 1024 * 1024);
    QCOMPARE(json.value(u"declared_format"_s).toString(), u"raw"_s);
    QCOMPARE(json.value(u"matches_declared"_s).toBool(true), false);
    QCOMPARE(json.value(u"safe"_s).toBool(true), false);
    QCOMPARE(json.value(u"problems"_s).toArray().size(), 2); // the backing file, the mismatch
    const QJsonObject details = json.value(u"details"_s).toObject();
    QCOMPARE(details.value(u"backing_file"_s).toString(), u"/etc/passwd"_s);
    QCOMPARE(details.value(u"version"_s).toInteger(), 3);
    QCOMPARE(details.value(u"cluster_size"_s).toInteger(), 65536);
}

void TestCliInspect::tableEscapesNamesFromTheImage()
{
    const CliRun run = cli({u"inspect"_s, u"--file"_s, path(u"escape.qcow2"_s)});
    QCOMPARE(run.exitCode, 7);
    QVERIFY2(!run.out.contains('\x1b') && !run.out.contains('\x07') && !run.out.contains("\xe2\x80\xae"),
             run.out.constData());
    QVERIFY(run.out.contains("\\x1b]0;owned\\x07\\u202e.raw"));
    QVERIFY(run.out.contains("Safe:"));
    QVERIFY(run.out.contains("backing_file: "));
}

void TestCliInspect::jsonEscapesControlsFromTheImage()
{
    const CliRun json = cli({u"inspect"_s, u"--file"_s, path(u"controls.qcow2"_s), u"-f"_s, u"json"_s});
    QCOMPARE(json.exitCode, 7);
    for (const QByteArray& bytes : kControlBytes)
        QVERIFY2(!json.out.contains(bytes), json.out.constData());
    const QByteArray lower = json.out.toLower();
    for (const char* escaped : {"\\u0085", "\\u009b", "\\u202e", "\\u2066", "\\u2069"})
        QVERIFY2(lower.contains(escaped), escaped);
    QJsonParseError error{};
    const QJsonObject object = QJsonDocument::fromJson(json.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object.value(u"details"_s).toObject().value(u"backing_file"_s).toString(), kControls);

    const CliRun table = cli({u"inspect"_s, u"--file"_s, path(u"controls.qcow2"_s)});
    QCOMPARE(table.exitCode, 7);
    for (const QByteArray& bytes : kControlBytes)
        QVERIFY2(!table.out.contains(bytes), table.out.constData());
    QVERIFY2(table.out.contains("a\\x85b\\x9bc\\u202ed\\u2066e\\u2069.raw"), table.out.constData());
}

// A VHDX whose region table puts its metadata 1 TiB into a 2 MiB file: refused after the head,
// the rest never read.
void TestCliInspect::refusesRegionsPastTheEnd()
{
    QByteArray bytes(2 * 1024 * 1024, '\0');
    bytes.replace(0, 8, "vhdxfile");
    constexpr qsizetype regions = 192 * 1024;
    bytes.replace(regions, 4, "regi");
    qToLittleEndian(quint32(1), bytes.data() + regions + 8);
    bytes.replace(regions + 16, 16, QByteArray::fromHex("06a27c8b90479a4bb8fe575f050f886e"));
    qToLittleEndian(quint64(1) << 40, bytes.data() + regions + 32);
    qToLittleEndian(quint32(1024 * 1024), bytes.data() + regions + 40);
    QFile file(path(u"far.vhdx"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    const CliRun run = cli({u"inspect"_s, u"--file"_s, path(u"far.vhdx"_s), u"-f"_s, u"json"_s});
    QCOMPARE(run.exitCode, 7);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"format"_s).toString(), u"vhdx"_s);
    QVERIFY(!json.value(u"problems"_s).toArray().isEmpty());
    QVERIFY2(json.value(u"bytes_read"_s).toInteger() <= 512 * 1024, run.out.constData());
}

// A 64 MiB raw file: the verdict after the ISO descriptors' sector, not the whole file.
void TestCliInspect::readsOnlyTheHead()
{
    const CliRun run = cli({u"inspect"_s, u"--file"_s, path(u"disk.raw"_s), u"-f"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"format"_s).toString(), u"raw"_s);
    QCOMPARE(json.value(u"virtual_size"_s).toInteger(), 64LL * 1024 * 1024);
    QVERIFY(json.value(u"bytes_read"_s).toInteger() <= 64 * 1024);
}

void TestCliInspect::refusesWhatIsNotARegularFile()
{
    const QString fifo = path(u"fifo"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const CliRun onFifo = cli({u"inspect"_s, u"--file"_s, fifo});
    QCOMPARE(onFifo.exitCode, 8); // refused at once, never waiting for a writer
    QVERIFY(onFifo.err.startsWith("error: cannot read "));
    QVERIFY(onFifo.err.contains("not a regular file"));
    QCOMPARE(cli({u"inspect"_s, u"--file"_s, m_dir.path()}).exitCode, 8);
    const CliRun missing = cli({u"inspect"_s, u"--file"_s, path(u"missing.img"_s)});
    QCOMPARE(missing.exitCode, 8);
    QVERIFY(missing.out.isEmpty());
}

void TestCliInspect::usage()
{
    QCOMPARE(cli({u"inspect"_s}).exitCode, 2);
    QCOMPARE(cli({u"inspect"_s, u"some-image-id"_s}).exitCode, 2);
    QCOMPARE(cli({u"inspect"_s, u"--file"_s, path(u"clean.qcow2"_s), u"-f"_s, u"raw"_s}).exitCode, 2);
    const CliRun help = cli({u"--help"_s});
    QVERIFY(help.out.contains("inspect --file PATH"));
}

QTEST_GUILESS_MAIN(TestCliInspect)
#include "tst_cliinspect.moc"
