// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// Headers crafted against the inspector (hostile reviews of issue 17's first part): offsets that
// wrap in 32 bits or lie past the end, sizes whose sum overflows, headers at the limits. Each ends
// in a verdict, never a crash, a negative size, a wait for bytes that cannot come, or a false
// "truncated".

#include "inspect/imageinspector.h"
#include "inspect/inspectionresult.h"

#include <QTest>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
void putLe16(QByteArray& bytes, qsizetype at, quint16 value)
{
    qToLittleEndian(value, bytes.data() + at);
}
void putLe32(QByteArray& bytes, qsizetype at, quint32 value)
{
    qToLittleEndian(value, bytes.data() + at);
}
void putLe64(QByteArray& bytes, qsizetype at, quint64 value)
{
    qToLittleEndian(value, bytes.data() + at);
}
void putBe32(QByteArray& bytes, qsizetype at, quint32 value)
{
    qToBigEndian(value, bytes.data() + at);
}
void putBe64(QByteArray& bytes, qsizetype at, quint64 value)
{
    qToBigEndian(value, bytes.data() + at);
}

constexpr qsizetype kMiB = 1024 * 1024;
constexpr qsizetype kRegionTableAt = 192 * 1024;

// A VHDX of `size` bytes (zeros past its headers) whose region table puts the metadata at
// `metadataAt` (a 64-bit field): a sparse file can claim a table a terabyte away.
QByteArray vhdxWithMetadataAt(quint64 metadataAt, qsizetype size)
{
    QByteArray bytes(size, '\0');
    bytes.replace(0, 8, "vhdxfile");
    bytes.replace(kRegionTableAt, 4, "regi");
    putLe32(bytes, kRegionTableAt + 8, 1);
    bytes.replace(kRegionTableAt + 16, 16, QByteArray::fromHex("06a27c8b90479a4bb8fe575f050f886e"));
    putLe64(bytes, kRegionTableAt + 32, metadataAt);
    putLe32(bytes, kRegionTableAt + 40, kMiB);
    return bytes;
}

// A VHDX whose metadata table names both required items at `itemOffset` (a 32-bit field).
QByteArray vhdxWithItemsAt(quint32 itemOffset)
{
    constexpr qsizetype metadata = 1024 * 1024;
    QByteArray bytes(metadata + 64 * 1024, '\0');
    bytes.replace(0, 8, "vhdxfile");
    constexpr qsizetype regions = 192 * 1024;
    bytes.replace(regions, 4, "regi");
    putLe32(bytes, regions + 8, 1);                                                           // one entry
    bytes.replace(regions + 16, 16, QByteArray::fromHex("06a27c8b90479a4bb8fe575f050f886e")); // metadata
    putLe64(bytes, regions + 32, metadata);
    putLe32(bytes, regions + 40, 64 * 1024);
    bytes.replace(metadata, 8, "metadata");
    putLe16(bytes, metadata + 10, 2);                                                          // two items
    bytes.replace(metadata + 32, 16, QByteArray::fromHex("2442a52f1bcd7648b2115dbed83bf4b8")); // size
    putLe32(bytes, metadata + 48, itemOffset);
    putLe32(bytes, metadata + 52, 8);
    bytes.replace(metadata + 64, 16, QByteArray::fromHex("3767a1ca36fa434db3b633f0aa44e76b")); // parameters
    putLe32(bytes, metadata + 80, itemOffset);
    putLe32(bytes, metadata + 84, 8);
    return bytes;
}

// A qcow2 version 3 header with clusters of 2^clusterBits bytes and a header of headerLength
// bytes, padded with zeros to `size` (the header's end marker is zeros too).
QByteArray qcow2(quint32 clusterBits, quint32 headerLength, qsizetype size)
{
    QByteArray bytes(size, '\0');
    bytes.replace(0, 4, "QFI\xfb");
    putBe32(bytes, 4, 3);
    putBe32(bytes, 20, clusterBits);
    putBe64(bytes, 24, 64 * kMiB);
    putBe32(bytes, 96, 4); // refcount order
    putBe32(bytes, 100, headerLength);
    return bytes;
}

QByteArray qcow2WithBackingAt(quint64 offset)
{
    QByteArray bytes = qcow2(21, 104, 6 * kMiB);
    putBe64(bytes, 8, offset);
    putBe32(bytes, 16, 10);
    bytes.replace(qsizetype(offset), 10, "base.qcow2");
    return bytes;
}

// 1 MiB clusters, an unknown extension filling most of the first one, then the backing format.
QByteArray qcow2WithLateExtension()
{
    QByteArray bytes = qcow2(20, 104, 3 * kMiB);
    const quint32 padding = kMiB - 1024;
    putBe32(bytes, 104, 0x12345678);
    putBe32(bytes, 108, padding);
    const qsizetype at = 104 + 8 + padding;
    putBe32(bytes, at, 0xe2792aca); // backing format
    putBe32(bytes, at + 4, 5);
    bytes.replace(at + 8, 5, "qcow2");
    return bytes;
}

// A descriptor file padded with comment lines to exactly `size` bytes.
QByteArray vmdkDescriptorFile(qsizetype size)
{
    QByteArray text =
        "# Disk DescriptorFile\nversion=1\ncreateType=\"monolithicFlat\"\nRW 2048 FLAT \"d.raw\" 0\n";
    while (text.size() < size)
        text += QByteArray(std::min<qsizetype>(size - text.size() - 1, 100), '#') + '\n';
    return text.first(size);
}

// A monolithicSparse extent whose embedded descriptor takes `sectors` sectors (zeros after the text).
QByteArray vmdkWithDescriptorSectors(quint64 sectors)
{
    QByteArray bytes(qsizetype(sectors + 8) * 512, '\0');
    bytes.replace(0, 4, "KDMV");
    putLe32(bytes, 4, 1);
    putLe64(bytes, 12, 2048);                // capacity in sectors
    putLe64(bytes, 20, 128);                 // grain size
    putLe64(bytes, 28, 1);                   // descriptor at sector 1
    putLe64(bytes, 36, sectors);             // its length
    putLe64(bytes, 56, qint64(sectors + 2)); // grain directory
    const QByteArray text = "# Disk DescriptorFile\nversion=1\nCID=fffffffe\nparentCID=ffffffff\n"
                            "createType=\"monolithicSparse\"\nRW 2048 SPARSE \"disk.vmdk\"\n";
    bytes.replace(512, text.size(), text);
    return bytes;
}

// Feeds `bytes` as a file reader does: its size first, chunks while the head is wanted, then the
// rest only if still needed.
InspectionResult inspectAsAFile(const QByteArray& bytes)
{
    ImageInspector inspector;
    inspector.setTotalSize(bytes.size());
    qsizetype at = 0;
    while (at < bytes.size() && inspector.needsHead()) {
        const qsizetype take = std::min<qsizetype>(64 * 1024, bytes.size() - at);
        inspector.feed(QByteArrayView(bytes).sliced(at, take));
        at += take;
    }
    if (inspector.needsMore()) {
        inspector.feed(QByteArrayView(bytes).sliced(at));
        inspector.finish();
    }
    return inspector.result();
}

QByteArray vmdkDescriptorWithExtents(int extents, quint64 sectors)
{
    QByteArray text = "# Disk DescriptorFile\nversion=1\ncreateType=\"monolithicSparse\"\n";
    for (int i = 0; i < extents; ++i)
        text += "RW " + QByteArray::number(sectors) + " SPARSE \"part" + QByteArray::number(i) + ".vmdk\"\n";
    return text;
}
} // namespace

class TestInspectorHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endsInAVerdict_data();
    void endsInAVerdict();
    void refusesRegionsPastTheEnd_data();
    void refusesRegionsPastTheEnd();
    void largeQcow2HeadersAreRead_data();
    void largeQcow2HeadersAreRead();
    void vmdkDescriptorsUpTo1MiB_data();
    void vmdkDescriptorsUpTo1MiB();
};

void TestInspectorHostile::endsInAVerdict_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("sizeKnown");
    QTest::newRow("vhdx: item offset wraps 32 bits") << vhdxWithItemsAt(0xfffffff8u) << u"vhdx"_s << false;
    QTest::newRow("vhdx: item offset 2^32 - 4") << vhdxWithItemsAt(0xfffffffcu) << u"vhdx"_s << false;
    QTest::newRow("vhdx: item offset 2^32 - 1") << vhdxWithItemsAt(0xffffffffu) << u"vhdx"_s << false;
    QTest::newRow("vmdk: two extents overflow 2^63 bytes")
        << vmdkDescriptorWithExtents(2, 18014398509481983ULL) << u"vmdk"_s << false;
    QTest::newRow("vmdk: 2000 extents would wrap 2^64 sectors")
        << vmdkDescriptorWithExtents(2000, 18014398509481983ULL) << u"vmdk"_s << false;
    QTest::newRow("vmdk: a plausible sum") << vmdkDescriptorWithExtents(2, 2048) << u"vmdk"_s << true;
}

void TestInspectorHostile::endsInAVerdict()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(bool, sizeKnown);
    ImageInspector inspector;
    inspector.setTotalSize(bytes.size());
    inspector.feed(bytes);
    inspector.finish();
    QVERIFY(inspector.isDecided());
    const InspectionResult result = inspector.result();
    QCOMPARE(result.format, format);
    QVERIFY(!result.safe); // a wrapped offset or an absurd size is never safe; a descriptor names files
    QCOMPARE(result.virtualSize.has_value(), sizeKnown);
    if (result.virtualSize)
        QCOMPARE(*result.virtualSize, qint64(2 * 2048 * 512));
}

// A region past the end of the stream (its size known) is refused at once: never waited for, never
// read (a file reader seeking there would read zeros), whether the size comes before or after.
void TestInspectorHostile::refusesRegionsPastTheEnd_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("fed");
    QTest::addColumn<bool>("sizeFirst");
    const QByteArray far = vhdxWithMetadataAt(quint64(1) << 40, 4 * kMiB);
    const qsizetype head = kRegionTableAt + 64 * 1024;
    QTest::newRow("vhdx: metadata at 1 TiB, size first") << far << head << true;
    QTest::newRow("vhdx: metadata at 1 TiB, size after the head") << far << head << false;
    QTest::newRow("vhdx: metadata at the very end")
        << vhdxWithMetadataAt(4 * kMiB - 16, 4 * kMiB) << head << true;
    const QByteArray items = vhdxWithItemsAt(0x7fff0000u);
    QTest::newRow("vhdx: metadata items 2 GiB away") << items << items.size() << true;
    QTest::newRow("vhdx: metadata items 2 GiB away, size last") << items << items.size() << false;
}

void TestInspectorHostile::refusesRegionsPastTheEnd()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, fed);
    QFETCH(bool, sizeFirst);
    ImageInspector inspector;
    if (sizeFirst)
        inspector.setTotalSize(bytes.size());
    for (qsizetype at = 0; at < fed; at += 4096)
        inspector.feed(QByteArrayView(bytes).sliced(at, std::min<qsizetype>(4096, fed - at)));
    if (!sizeFirst)
        inspector.setTotalSize(bytes.size());
    QVERIFY2(!inspector.needsHead(), "the inspector waits for bytes past the end");
    const InspectionResult result = inspector.result();
    QCOMPARE(result.format, u"vhdx"_s);
    QVERIFY(!result.safe);
    QVERIFY2(result.hasProblem(InspectionProblem::Kind::Truncated),
             qPrintable(result.problemTexts().join(u" | "_s)));
    QCOMPARE(result.virtualSize, std::nullopt);
    QCOMPARE(result.bytesRead, fed);
}

// qcow2 keeps its header, extensions and backing file name in the first cluster, up to 2 MiB:
// a valid image whose header fills it is read whole, never called truncated.
void TestInspectorHostile::largeQcow2HeadersAreRead_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("safe");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("value");
    QTest::newRow("header of 2 MiB - 8 in 2 MiB clusters")
        << qcow2(21, 2 * kMiB - 8, 6 * kMiB) << true << u"cluster_size"_s << u"2097152"_s;
    QTest::newRow("backing file name at 2 MiB - 1 KiB")
        << qcow2WithBackingAt(2 * kMiB - 1024) << false << u"backing_file"_s << u"base.qcow2"_s;
    QTest::newRow("backing file name at 100 KiB")
        << qcow2WithBackingAt(100 * 1024) << false << u"backing_file"_s << u"base.qcow2"_s;
    QTest::newRow("backing format after 1 MiB of extensions")
        << qcow2WithLateExtension() << true << u"backing_format"_s << u"qcow2"_s;
}

void TestInspectorHostile::largeQcow2HeadersAreRead()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, safe);
    QFETCH(QString, detail);
    QFETCH(QString, value);
    const InspectionResult result = inspectAsAFile(bytes);
    QCOMPARE(result.format, u"qcow2"_s);
    const QString problems = result.problemTexts().join(u" | "_s);
    QVERIFY2(!result.hasProblem(InspectionProblem::Kind::Truncated), qPrintable(problems));
    QVERIFY2(!result.hasProblem(InspectionProblem::Kind::Invalid), qPrintable(problems));
    QCOMPARE(result.safe, safe);
    QCOMPARE(result.virtualSize, std::optional<qint64>(64 * kMiB));
    QCOMPARE(result.details.value(detail).toString(), value);
    QVERIFY(result.bytesRead < bytes.size()); // the head, not the image

    if (detail == u"cluster_size"_s) // cut inside its header, the same image is truncated
        QVERIFY(
            inspectAsAFile(bytes.first(kMiB + 512 * 1024)).hasProblem(InspectionProblem::Kind::Truncated));
}

// qemu reads a VMDK descriptor of up to 1 MiB (its last byte ignored): exactly 1 MiB is no
// problem of size, one byte or sector more is.
void TestInspectorHostile::vmdkDescriptorsUpTo1MiB_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("tooLarge");
    QTest::newRow("descriptor file of 1 MiB - 1") << vmdkDescriptorFile(kMiB - 1) << false;
    QTest::newRow("descriptor file of exactly 1 MiB") << vmdkDescriptorFile(kMiB) << false;
    QTest::newRow("descriptor file of 1 MiB + 1") << vmdkDescriptorFile(kMiB + 1) << true;
    QTest::newRow("embedded descriptor of 2047 sectors") << vmdkWithDescriptorSectors(2047) << false;
    QTest::newRow("embedded descriptor of 2048 sectors (1 MiB)") << vmdkWithDescriptorSectors(2048) << false;
    QTest::newRow("embedded descriptor of 2049 sectors") << vmdkWithDescriptorSectors(2049) << true;
}

void TestInspectorHostile::vmdkDescriptorsUpTo1MiB()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, tooLarge);
    const InspectionResult result = inspectAsAFile(bytes);
    QCOMPARE(result.format, u"vmdk"_s);
    const QString problems = result.problemTexts().join(u" | "_s);
    QVERIFY2(result.hasProblem(InspectionProblem::Kind::Descriptor) == tooLarge, qPrintable(problems));
    QVERIFY2(!result.hasProblem(InspectionProblem::Kind::Truncated), qPrintable(problems));
    if (!tooLarge && bytes.startsWith("KDMV")) {
        QVERIFY2(result.safe, qPrintable(problems));
        QCOMPARE(result.details.value(u"create_type"_s).toString(), u"monolithicSparse"_s);
    }
    if (!tooLarge && !bytes.startsWith("KDMV")) {
        // A descriptor file names other files: unsafe for that, and only that.
        QVERIFY2(result.hasProblem(InspectionProblem::Kind::CreateType), qPrintable(problems));
        QCOMPARE(result.details.value(u"create_type"_s).toString(), u"monolithicFlat"_s);
    }
}

QTEST_GUILESS_MAIN(TestInspectorHostile)
#include "tst_inspectorhostile.moc"
