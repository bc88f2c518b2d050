// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "inspect/imageinspector.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Kind = InspectionProblem::Kind;

Q_DECLARE_METATYPE(InspectionProblem::Kind)

namespace {
constexpr qint64 kMiB = 1024 * 1024;

// What Debian's Glance inspector (glance.common.format_inspector, from the glance-api package) says.
struct GlanceVerdict
{
    QString format;
    bool safe = false;
};

// Feeds `bytes` in chunks of `chunk` bytes. Stopping: as a reader that can seek does (the CLI, a
// ranged request): from the start while needsHead(), then the tail if wanted. Otherwise the whole
// stream, then finish() (a download).
InspectionResult inspect(const QByteArray& bytes, qsizetype chunk, bool stopWhenDecided,
                         const QString& declared = {}, bool sizeKnown = true)
{
    ImageInspector inspector;
    inspector.setDeclaredFormat(declared);
    if (sizeKnown)
        inspector.setTotalSize(bytes.size());
    qsizetype at = 0;
    while (at < bytes.size() && (!stopWhenDecided || inspector.needsHead())) {
        const qsizetype take = std::min(chunk, bytes.size() - at);
        inspector.feed(QByteArrayView(bytes).sliced(at, take));
        at += take;
    }
    if (stopWhenDecided && inspector.needsEnd() && inspector.tailLength() > 0 &&
        bytes.size() - inspector.tailLength() > at) {
        inspector.feedTail(QByteArrayView(bytes).last(inspector.tailLength()));
    } else if (!stopWhenDecided || inspector.needsMore() || at >= bytes.size()) {
        while (at < bytes.size()) {
            const qsizetype take = std::min(chunk, bytes.size() - at);
            inspector.feed(QByteArrayView(bytes).sliced(at, take));
            at += take;
        }
        inspector.finish();
    }
    return inspector.result();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// qemu's name for what the inspector reports (iso and partitioned disks are raw data to qemu).
QString qemuName(const QString& format)
{
    if (format == u"vhd"_s)
        return u"vpc"_s;
    if (format == u"iso"_s || format == u"gpt"_s)
        return u"raw"_s;
    return format;
}

void putLe32(QByteArray& bytes, qsizetype at, quint32 value)
{
    qToLittleEndian(value, bytes.data() + at);
}
void putLe64(QByteArray& bytes, qsizetype at, quint64 value)
{
    qToLittleEndian(value, bytes.data() + at);
}

// An MBR with the given entries (boot flag, type, first sector, sectors) on a 4 MiB disk.
QByteArray mbrDisk(const QList<std::array<quint32, 4>>& entries)
{
    QByteArray disk(4 * kMiB, '\0');
    disk[0] = char(0xfa); // boot code, not a jump: no FAT boot sector
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const qsizetype at = 446 + 16 * i;
        disk[at] = char(entries[i][0]);
        disk[at + 4] = char(entries[i][1]);
        putLe32(disk, at + 8, entries[i][2]);
        putLe32(disk, at + 12, entries[i][3]);
    }
    disk[510] = char(0x55);
    disk[511] = char(0xaa);
    return disk;
}
} // namespace

class TestInspector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void images_data();
    void images();
    void agreesWithQemu_data() { images_data(); }
    void agreesWithQemu();
    void agreesWithGlance_data() { images_data(); }
    void agreesWithGlance();
    void everyFormatUnderAWrongName();
    void decidesEarly_data();
    void decidesEarly();
    void streamOptimizedFooterNeedsTheEnd();

private:
    QString make(const QString& name, const QStringList& qemuArgs);
    QString path(const QString& name) const { return m_dir.filePath(name); }
    bool run(const QString& program, const QStringList& args, QByteArray* out = nullptr);
    void addImage(const char* name, const QString& format, bool safe, std::optional<Kind> problem,
                  bool qemuKnows, bool glanceSees);

    QTemporaryDir m_dir;
    QString m_qemuImg;
    QHash<QString, GlanceVerdict> m_glance;
    bool m_glanceAvailable = false;
    QStringList m_images; // made here (a tool missing: fewer)
};

bool TestInspector::run(const QString& program, const QStringList& args, QByteArray* out)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(program, args);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning().noquote() << program << args.join(u' ') << "failed:" << process.readAllStandardError();
        return false;
    }
    if (out)
        *out = process.readAllStandardOutput();
    return true;
}

QString TestInspector::make(const QString& name, const QStringList& qemuArgs)
{
    if (!run(m_qemuImg, qemuArgs))
        return {};
    m_images << name;
    return path(name);
}

void TestInspector::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_qemuImg = QStandardPaths::findExecutable(u"qemu-img"_s);
    if (m_qemuImg.isEmpty())
        QSKIP("qemu-img is not installed (Debian: qemu-utils; packaging/linux/install-deps.sh --tests)");
    const QString secret = u"--object"_s;

    // raw: a pattern, 3 MiB.
    QByteArray raw(3 * kMiB, '\0');
    for (qsizetype i = 0; i < raw.size(); ++i)
        raw[i] = char((i * 7 + i / 4096) & 0x7f);
    QVERIFY(writeAll(path(u"raw.img"_s), raw));
    m_images << u"raw.img"_s;
    QVERIFY(
        !make(u"v3.qcow2"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, u"v3.qcow2"_s, u"64M"_s}).isEmpty());
    make(u"v2.qcow2"_s,
         {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, u"-o"_s, u"compat=0.10"_s, u"v2.qcow2"_s, u"64M"_s});
    make(u"backing.qcow2"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, u"-b"_s, u"v3.qcow2"_s, u"-F"_s,
                              u"qcow2"_s, u"backing.qcow2"_s});
    make(u"hostpath.qcow2"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, u"-u"_s, u"-b"_s, u"/etc/passwd"_s,
                               u"-F"_s, u"raw"_s, u"hostpath.qcow2"_s, u"64M"_s});
    make(u"datafile.qcow2"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, u"-o"_s,
                               u"data_file="_s + path(u"datafile.data"_s), u"datafile.qcow2"_s, u"64M"_s});
    make(u"v1.qcow"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow"_s, u"v1.qcow"_s, u"64M"_s});
    make(u"image.qed"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qed"_s, u"image.qed"_s, u"64M"_s});
    make(u"backing.qed"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qed"_s, u"-b"_s, u"v3.qcow2"_s, u"-F"_s,
                            u"qcow2"_s, u"backing.qed"_s});
    make(u"sparse.vmdk"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"vmdk"_s, u"sparse.vmdk"_s, u"64M"_s});
    make(u"stream.vmdk"_s, {u"convert"_s, u"-O"_s, u"vmdk"_s, u"-o"_s, u"subformat=streamOptimized"_s,
                            u"raw.img"_s, u"stream.vmdk"_s});
    make(u"parent.vmdk"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"vmdk"_s, u"-b"_s, u"sparse.vmdk"_s, u"-F"_s,
                            u"vmdk"_s, u"parent.vmdk"_s});
    make(u"flat.vmdk"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"vmdk"_s, u"-o"_s, u"subformat=monolithicFlat"_s,
                          u"flat.vmdk"_s, u"1M"_s});
    make(u"image.vhd"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"vpc"_s, u"image.vhd"_s, u"64M"_s});
    make(u"image.vhdx"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"vhdx"_s, u"image.vhdx"_s, u"64M"_s});
    make(u"image.vdi"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"vdi"_s, u"image.vdi"_s, u"64M"_s});
    // LUKS from qemu itself (no cryptsetup needed): version 1, what qemu opens.
    make(u"image.luks"_s, {u"create"_s, u"-q"_s, secret, u"secret,id=sec0,data=skylight"_s, u"-f"_s,
                           u"luks"_s, u"-o"_s, u"key-secret=sec0,iter-time=10"_s, u"image.luks"_s, u"4M"_s});

    // A descriptor whose flat extent names a host path (absolute): qemu reads that file.
    QVERIFY(writeAll(path(u"host.raw"_s), QByteArray(kMiB, 'h')));
    QVERIFY(writeAll(path(u"hostextent.vmdk"_s),
                     "# Disk DescriptorFile\nversion=1\nCID=fffffffe\nparentCID=ffffffff\n"
                     "createType=\"monolithicFlat\"\n\n# Extent description\nRW 2048 FLAT \"" +
                         path(u"host.raw"_s).toUtf8() + "\" 0\n\nddb.adapterType = \"ide\"\n"));
    m_images << u"hostextent.vmdk"_s;

    // streamOptimized with its grain directory "at the end": the header points at the footer.
    if (m_images.contains(u"stream.vmdk"_s)) {
        const QByteArray stream = readAll(path(u"stream.vmdk"_s));
        QByteArray header = stream.first(512);
        QByteArray atEnd = stream;
        putLe64(atEnd, 56, ~quint64(0));
        QByteArray marker(512, '\0');
        putLe64(marker, 0, 1);
        putLe32(marker, 12, 3); // footer marker
        QVERIFY(writeAll(path(u"footer.vmdk"_s), atEnd + marker + header + QByteArray(512, '\0')));
        putLe64(header, 12, 4096); // a footer that disagrees: 2 MiB instead of 3
        QVERIFY(writeAll(path(u"badfooter.vmdk"_s), atEnd + marker + header + QByteArray(512, '\0')));
        QVERIFY(writeAll(path(u"nofooter.vmdk"_s), atEnd));
        m_images << u"footer.vmdk"_s << u"badfooter.vmdk"_s << u"nofooter.vmdk"_s;
    }

    // ISO 9660 (xorriso), an isohybrid (an MBR too), and a polyglot: a qcow2 header in its first sector.
    QDir(m_dir.path()).mkpath(u"tree"_s);
    QVERIFY(writeAll(path(u"tree/readme.txt"_s), "a disc\n"));
    const QString xorriso = QStandardPaths::findExecutable(u"xorriso"_s);
    if (!xorriso.isEmpty() && run(xorriso, {u"-as"_s, u"mkisofs"_s, u"-quiet"_s, u"-V"_s, u"SKYLIGHT"_s,
                                            u"-o"_s, u"disc.iso"_s, u"tree"_s})) {
        m_images << u"disc.iso"_s;
        if (run(xorriso, {u"-outdev"_s, u"hybrid.iso"_s, u"-boot_image"_s, u"any"_s, u"partition_table=on"_s,
                          u"-map"_s, u"tree"_s, u"/"_s}))
            m_images << u"hybrid.iso"_s;
        QByteArray polyglot = readAll(path(u"disc.iso"_s));
        polyglot.replace(0, 512, readAll(path(u"v3.qcow2"_s)).first(512));
        QVERIFY(writeAll(path(u"polyglot.iso"_s), polyglot));
        m_images << u"polyglot.iso"_s;
    }
    // UDF's volume recognition sequence (no ISO 9660 volume), by hand: xorriso writes none.
    QByteArray udf(512 * 1024, '\0');
    for (const auto& [sector, id] : {std::pair{16, "BEA01"}, {17, "NSR02"}, {18, "TEA01"}}) {
        udf[sector * 2048 + 0] = 0;
        udf.replace(sector * 2048 + 1, 5, id);
        udf[sector * 2048 + 6] = 1;
    }
    QVERIFY(writeAll(path(u"disc.udf"_s), udf));
    m_images << u"disc.udf"_s;

    // GPT (sgdisk), an MBR, a broken MBR, a FAT file system (raw), by hand where simpler.
    const QString sgdisk = QStandardPaths::findExecutable(u"sgdisk"_s);
    QVERIFY(writeAll(path(u"disk.gpt"_s), QByteArray(4 * kMiB, '\0')));
    if (!sgdisk.isEmpty() &&
        run(sgdisk, {u"-o"_s, u"-n"_s, u"1:2048:4095"_s, u"-n"_s, u"2:4096:0"_s, u"disk.gpt"_s}))
        m_images << u"disk.gpt"_s;
    QVERIFY(writeAll(path(u"disk.mbr"_s), mbrDisk({{0x80, 0x83, 2048, 4096}, {0, 0x82, 6144, 2048}})));
    QVERIFY(writeAll(path(u"badboot.mbr"_s), mbrDisk({{0x42, 0x83, 2048, 4096}})));
    QVERIFY(writeAll(path(u"empty.mbr"_s), mbrDisk({})));
    QVERIFY(writeAll(path(u"extra.gpt"_s), mbrDisk({{0, 0xee, 1, 8191}, {0, 0x83, 2048, 1024}})));
    m_images << u"disk.mbr"_s << u"badboot.mbr"_s << u"empty.mbr"_s << u"extra.gpt"_s;
    QByteArray fat(4 * kMiB, '\0');
    fat.replace(0, 3, "\xeb\x3c\x90");
    fat.replace(3, 8, "mkfs.fat");
    fat[11] = 0;
    fat[12] = 2; // 512 bytes a sector
    fat[13] = 4;
    fat[16] = 2; // two FATs
    fat[21] = char(0xf8);
    fat[510] = char(0x55);
    fat[511] = char(0xaa);
    QVERIFY(writeAll(path(u"fat.img"_s), fat));
    m_images << u"fat.img"_s;

    // Truncated and absurd headers.
    const QByteArray qcow2 = readAll(path(u"v3.qcow2"_s));
    QVERIFY(writeAll(path(u"truncated.qcow2"_s), qcow2.first(40)));
    QByteArray absurd = qcow2;
    qToBigEndian(quint64(1) << 62, absurd.data() + 24);
    QVERIFY(writeAll(path(u"absurd.qcow2"_s), absurd));
    QByteArray unknown = qcow2;
    unknown[72 + 7] = char(unknown[72 + 7] | 0x40); // incompatible feature bit 6: nobody knows it
    QVERIFY(writeAll(path(u"unknownfeature.qcow2"_s), unknown));
    QByteArray version4 = qcow2;
    qToBigEndian(quint32(4), version4.data() + 4);
    QVERIFY(writeAll(path(u"v4.qcow2"_s), version4));
    QByteArray luks2("LUKS\xba\xbe\x00\x02", 8);
    luks2.append(QByteArray(16 * 1024, '\0'));
    QVERIFY(writeAll(path(u"v2.luks"_s), luks2));
    m_images << u"truncated.qcow2"_s << u"absurd.qcow2"_s << u"unknownfeature.qcow2"_s << u"v4.qcow2"_s
             << u"v2.luks"_s;

    // Debian's Glance inspector on every image, once.
    const QString python = u"/usr/bin/python3"_s;
    QByteArray out;
    const QString script = uR"(import sys
from glance.common import format_inspector as fi
for path in sys.argv[1:]:
    try:
        found = fi.detect_file_format(path)
        name = str(found)
        try:
            safe = found.safety_check()
        except Exception:
            safe = False
    except Exception as e:
        name, safe = 'error', False
    print(path, name, 'safe' if safe else 'unsafe')
)"_s;
    QStringList args{u"-c"_s, script};
    for (const QString& image : std::as_const(m_images))
        args << path(image);
    if (QFile::exists(python) && run(python, args, &out)) {
        m_glanceAvailable = true;
        for (const QByteArray& line : out.split('\n')) {
            const QList<QByteArray> words = line.split(' ');
            if (words.size() == 3)
                m_glance.insert(QFileInfo(QString::fromUtf8(words[0])).fileName(),
                                {QString::fromUtf8(words[1]), words[2] == "safe"});
        }
    }
}

void TestInspector::addImage(const char* name, const QString& format, bool safe, std::optional<Kind> problem,
                             bool qemuKnows, bool glanceSees)
{
    QTest::newRow(name) << QString::fromLatin1(name) << format << safe << problem << qemuKnows << glanceSees;
}

// Every image: its format, its safety, the problem that makes it unsafe. qemuKnows: qemu-img info
// opens it (format and virtual size compared). glanceSees: Debian's Glance inspector has a verdict
// (safety compared); where it is blind the verdict here is still checked: polyglots, bare vmdk
// descriptors, vmdk with a parent, streamOptimized footers, iso, udf, gpt/mbr, luks, qcow v1/v4,
// truncated headers and absurd sizes.
void TestInspector::images_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("safe");
    QTest::addColumn<std::optional<Kind>>("problem");
    QTest::addColumn<bool>("qemuKnows");
    QTest::addColumn<bool>("glanceSees");
    addImage("raw.img", u"raw"_s, true, {}, true, true);
    addImage("v3.qcow2", u"qcow2"_s, true, {}, true, true);
    addImage("v2.qcow2", u"qcow2"_s, true, {}, true, true);
    addImage("backing.qcow2", u"qcow2"_s, false, Kind::BackingFile, true, true);
    addImage("hostpath.qcow2", u"qcow2"_s, false, Kind::BackingFile, false, true);
    addImage("datafile.qcow2", u"qcow2"_s, false, Kind::DataFile, true, true);
    addImage("unknownfeature.qcow2", u"qcow2"_s, false, Kind::UnknownFeatures, false, true);
    addImage("v1.qcow", u"qcow"_s, false, Kind::UnsupportedVersion, true, false);
    addImage("v4.qcow2", u"qcow2"_s, false, Kind::UnsupportedVersion, false, false);
    addImage("truncated.qcow2", u"qcow2"_s, false, Kind::Truncated, false, false);
    addImage("absurd.qcow2", u"qcow2"_s, false, Kind::Invalid, false, false); // Glance checks no size
    addImage("image.qed", u"qed"_s, false, Kind::UnsupportedFormat, true, true);
    addImage("backing.qed", u"qed"_s, false, Kind::BackingFile, true, true);
    addImage("sparse.vmdk", u"vmdk"_s, true, {}, true, true);
    addImage("stream.vmdk", u"vmdk"_s, true, {}, true, true);
    addImage("footer.vmdk", u"vmdk"_s, true, {}, true, false);
    addImage("badfooter.vmdk", u"vmdk"_s, false, Kind::Footer, true, false);
    addImage("nofooter.vmdk", u"vmdk"_s, false, Kind::Footer, false, false);
    addImage("parent.vmdk", u"vmdk"_s, false, Kind::ParentDisk, true, false);
    addImage("flat.vmdk", u"vmdk"_s, false, Kind::CreateType, true, false);
    addImage("hostextent.vmdk", u"vmdk"_s, false, Kind::CreateType, true, false);
    addImage("image.vhd", u"vhd"_s, true, {}, true, true);
    addImage("image.vhdx", u"vhdx"_s, true, {}, true, true);
    addImage("image.vdi", u"vdi"_s, true, {}, true, true);
    addImage("image.luks", u"luks"_s, true, {}, true, false);
    addImage("v2.luks", u"luks"_s, false, Kind::UnsupportedVersion, false, false);
    addImage("disc.iso", u"iso"_s, true, {}, true, false);
    addImage("hybrid.iso", u"iso"_s, true, {}, true, false);
    addImage("disc.udf", u"iso"_s, true, {}, true, false);
    addImage("polyglot.iso", u"qcow2"_s, false, Kind::Polyglot, true, false);
    addImage("disk.gpt", u"gpt"_s, true, {}, true, false);
    addImage("disk.mbr", u"gpt"_s, true, {}, true, false);
    addImage("badboot.mbr", u"gpt"_s, false, Kind::PartitionTable, true, false);
    addImage("empty.mbr", u"gpt"_s, false, Kind::PartitionTable, true, false);
    addImage("extra.gpt", u"gpt"_s, false, Kind::PartitionTable, true, false);
    addImage("fat.img", u"raw"_s, true, {}, true, true);
}

void TestInspector::images()
{
    QFETCH(QString, image);
    QFETCH(QString, format);
    QFETCH(bool, safe);
    QFETCH(std::optional<Kind>, problem);
    if (!m_images.contains(image))
        QSKIP("the tool that makes this image is not installed");
    const QByteArray bytes = readAll(path(image));
    QVERIFY(!bytes.isEmpty());
    // The same verdict in 1-byte, 7-byte and 64 KiB chunks, stopping when decided or streaming it all.
    const InspectionResult reference = inspect(bytes, 64 * 1024, false);
    for (const qsizetype chunk : {qsizetype(1), qsizetype(7), qsizetype(64 * 1024), bytes.size()}) {
        for (const bool stop : {true, false}) {
            if (chunk < 64 && !stop && bytes.size() > kMiB)
                continue; // the whole of a large image byte by byte proves nothing more
            const InspectionResult result = inspect(bytes, chunk, stop);
            const QByteArray where = QByteArray::number(chunk) + (stop ? " stopping" : " streaming");
            QVERIFY2(result.format == format, QByteArray(where + ": " + result.format.toUtf8()).constData());
            QVERIFY2(result.safe == safe,
                     QByteArray(where + ": " + result.problemTexts().join(u" | "_s).toUtf8()).constData());
            QCOMPARE(result.virtualSize, reference.virtualSize);
            QCOMPARE(result.problems, reference.problems);
            QCOMPARE(result.details, reference.details);
            if (stop)
                QVERIFY2(result.bytesRead <= 4 * kMiB ||
                             result.bytesRead == bytes.size(), // vhdx: up to its metadata
                         QByteArray::number(result.bytesRead).constData());
            else
                QCOMPARE(result.bytesRead, bytes.size());
        }
    }
    if (problem)
        QVERIFY2(reference.hasProblem(*problem),
                 reference.problemTexts().join(u" | "_s).toUtf8().constData());
    QCOMPARE(reference.problems.isEmpty(), safe);
}

void TestInspector::agreesWithQemu()
{
    QFETCH(QString, image);
    QFETCH(bool, qemuKnows);
    if (!m_images.contains(image))
        QSKIP("the tool that makes this image is not installed");
    if (!qemuKnows)
        QSKIP("qemu-img cannot open this image (truncated, absurd, unknown features, a host path)");
    QByteArray out;
    QVERIFY(run(m_qemuImg, {u"info"_s, u"--output=json"_s, path(image)}, &out));
    const QJsonObject info = QJsonDocument::fromJson(out).object();
    const InspectionResult result = inspect(readAll(path(image)), 64 * 1024, true);
    QCOMPARE(qemuName(result.format), info.value(u"format"_s).toString());
    QVERIFY(result.virtualSize.has_value());
    QCOMPARE(*result.virtualSize, info.value(u"virtual-size"_s).toInteger());
}

void TestInspector::agreesWithGlance()
{
    QFETCH(QString, image);
    QFETCH(QString, format);
    QFETCH(bool, safe);
    QFETCH(bool, glanceSees);
    if (!m_images.contains(image))
        QSKIP("the tool that makes this image is not installed");
    if (!m_glanceAvailable)
        QSKIP("Debian's Glance (glance-api) is not installed: only this comparison is skipped");
    if (!glanceSees)
        QSKIP("Debian's Glance inspector is blind to this image; the verdict is checked in images()");
    QVERIFY(m_glance.contains(image));
    const GlanceVerdict glance = m_glance.value(image);
    // Debian's Glance 25 calls a QED image "raw" (its QED inspector has no name of its own).
    QCOMPARE(glance.format, format == u"qed"_s ? u"raw"_s : format);
    QCOMPARE(glance.safe, safe);
}

// Each image under a format it is not: a mismatch (exit 7), said in the problems; the content's
// own safety is unchanged. An iso/gpt hybrid declared iso matches; declared raw it does not.
void TestInspector::everyFormatUnderAWrongName()
{
    const QHash<QString, QString> wrong{
        {u"raw.img"_s, u"qcow2"_s},   {u"v3.qcow2"_s, u"raw"_s},   {u"image.qed"_s, u"qcow2"_s},
        {u"sparse.vmdk"_s, u"raw"_s}, {u"image.vhd"_s, u"vhdx"_s}, {u"image.vhdx"_s, u"vhd"_s},
        {u"image.vdi"_s, u"vmdk"_s},  {u"image.luks"_s, u"raw"_s}, {u"disc.iso"_s, u"raw"_s},
        {u"hybrid.iso"_s, u"gpt"_s},  {u"disk.gpt"_s, u"iso"_s},   {u"polyglot.iso"_s, u"iso"_s}};
    for (auto it = wrong.cbegin(); it != wrong.cend(); ++it) {
        if (!m_images.contains(it.key()))
            continue;
        const QByteArray bytes = readAll(path(it.key()));
        const InspectionResult result = inspect(bytes, 64 * 1024, true, it.value());
        QVERIFY2(result.matchesDeclared == false, qPrintable(it.key()));
        QVERIFY(result.hasProblem(Kind::FormatMismatch));
        QVERIFY(!result.acceptable());
        const InspectionResult right = inspect(bytes, 64 * 1024, true, result.format);
        QVERIFY2(right.matchesDeclared == true, qPrintable(it.key()));
        QCOMPARE(right.safe, result.safe);
    }
    if (m_images.contains(u"hybrid.iso"_s)) {
        QCOMPARE(inspect(readAll(path(u"hybrid.iso"_s)), 4096, true, u"iso"_s).matchesDeclared, true);
        QCOMPARE(inspect(readAll(path(u"hybrid.iso"_s)), 4096, true, u"raw"_s).matchesDeclared, false);
    }
    QCOMPARE(inspect(readAll(path(u"disk.mbr"_s)), 4096, true, u"raw"_s).matchesDeclared, true);
}

// How many bytes the verdict takes: a qcow2 or vhdx well under 1 MiB of... the first bytes (vhdx:
// up to its metadata), raw after the ISO descriptors' sector.
void TestInspector::decidesEarly_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<qint64>("atMost");
    QTest::newRow("qcow2") << u"v3.qcow2"_s << qint64(64 * 1024);
    QTest::newRow("qcow2 with a backing file") << u"backing.qcow2"_s << qint64(64 * 1024);
    QTest::newRow("raw") << u"raw.img"_s << qint64(36 * 1024);
    QTest::newRow("vmdk") << u"sparse.vmdk"_s << qint64(64 * 1024);
    QTest::newRow("vhdx") << u"image.vhdx"_s << qint64(4 * kMiB);
    QTest::newRow("iso") << u"disc.iso"_s << qint64(64 * 1024);
    QTest::newRow("streamOptimized footer") << u"footer.vmdk"_s << qint64(64 * 1024 + 1536);
}

void TestInspector::decidesEarly()
{
    QFETCH(QString, image);
    QFETCH(qint64, atMost);
    if (!m_images.contains(image))
        QSKIP("the tool that makes this image is not installed");
    const InspectionResult result = inspect(readAll(path(image)), 4096, true);
    QVERIFY2(result.bytesRead <= atMost, QByteArray::number(result.bytesRead).constData());
    qInfo().noquote() << image << "decided after" << result.bytesRead << "bytes";
}

void TestInspector::streamOptimizedFooterNeedsTheEnd()
{
    if (!m_images.contains(u"footer.vmdk"_s))
        QSKIP("qemu-img is not installed");
    const QByteArray bytes = readAll(path(u"footer.vmdk"_s));
    ImageInspector inspector;
    inspector.setTotalSize(bytes.size());
    inspector.feed(QByteArrayView(bytes).first(64 * 1024));
    QVERIFY(!inspector.needsHead());
    QVERIFY(inspector.needsEnd());
    QCOMPARE(inspector.tailLength(), ImageInspector::kTailBytes);
    inspector.feedTail(QByteArrayView(bytes).last(inspector.tailLength()));
    QVERIFY(inspector.isDecided());
    QVERIFY(inspector.result().safe);
    QCOMPARE(inspector.result().bytesRead, 64 * 1024 + 1536);
}

QTEST_GUILESS_MAIN(TestInspector)
#include "tst_inspector.moc"
