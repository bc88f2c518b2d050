// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// The inspector's contract without generated images (tst_inspector compares those with qemu-img
// and Glance): declared formats, streams of unknown length, the JSON keys, partition tables.

#include "inspect/declaredformat.h"
#include "inspect/imageinspector.h"

#include <QJsonObject>
#include <QTest>
#include <QtEndian>
#include <array>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
constexpr qint64 kMiB = 1024 * 1024;

InspectionResult inspect(const QByteArray& bytes, const QString& declared = {})
{
    ImageInspector inspector;
    inspector.setDeclaredFormat(declared);
    inspector.setTotalSize(bytes.size());
    qsizetype at = 0;
    for (; at < bytes.size() && inspector.needsHead(); at += 4096)
        inspector.feed(QByteArrayView(bytes).sliced(at, std::min<qsizetype>(4096, bytes.size() - at)));
    if (inspector.needsMore() && at < bytes.size()) {
        inspector.feed(QByteArrayView(bytes).sliced(at));
        inspector.finish();
    }
    return inspector.result();
}

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, '\0');
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 7 + i / 4096) & 0x7f);
    return bytes;
}

QByteArray qcow2NamingABackingFile(const QByteArray& name)
{
    QByteArray bytes(256 * 1024, '\0');
    bytes.replace(0, 4, "QFI\xfb");
    qToBigEndian(quint32(3), bytes.data() + 4);
    qToBigEndian(quint64(512), bytes.data() + 8); // the backing file name's offset
    qToBigEndian(quint32(name.size()), bytes.data() + 16);
    qToBigEndian(quint32(16), bytes.data() + 20); // 64 KiB clusters
    qToBigEndian(quint64(64 * kMiB), bytes.data() + 24);
    qToBigEndian(quint32(4), bytes.data() + 96);
    qToBigEndian(quint32(104), bytes.data() + 100);
    bytes.replace(512, name.size(), name);
    return bytes;
}

// An MBR whose entries have the given types (first at sector 2048), on a 4 MiB disk; with a 0xEE
// entry, a GPT header in sector 1 and `gptPartitions` used entries from sector 2.
QByteArray partitionedDisk(const QList<quint8>& types, int gptPartitions = 0)
{
    QByteArray disk(4 * kMiB, '\0');
    disk[0] = char(0xfa); // boot code, not a jump: no FAT boot sector
    for (qsizetype i = 0; i < types.size(); ++i) {
        const qsizetype at = 446 + 16 * i;
        disk[at + 4] = char(types[i]);
        if (types[i] == 0xee) {
            disk[at + 2] = 2; // CHS 0/0/2
            qToLittleEndian(quint32(1), disk.data() + at + 8);
            qToLittleEndian(quint32(8191), disk.data() + at + 12);
        } else {
            qToLittleEndian(quint32(2048 * (i + 1)), disk.data() + at + 8);
            qToLittleEndian(quint32(2048), disk.data() + at + 12);
        }
    }
    disk[510] = char(0x55);
    disk[511] = char(0xaa);
    if (gptPartitions > 0) {
        disk.replace(512, 8, "EFI PART");
        qToLittleEndian(quint64(2), disk.data() + 512 + 72);   // entries at LBA 2
        qToLittleEndian(quint32(128), disk.data() + 512 + 80); // 128 entries
        qToLittleEndian(quint32(128), disk.data() + 512 + 84); // of 128 bytes
        for (int i = 0; i < gptPartitions; ++i)
            disk[1024 + 128 * i] = char(0x0f); // a type GUID that is not zero
    }
    return disk;
}
} // namespace

class TestInspectorContract : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void declaredFormat_data();
    void declaredFormat();
    void partitionTables_data();
    void partitionTables();
    void longStreamOnlyCounts();
    void sizeUnknownUntilTheEnd();
    void jsonHasExactlyTheContractKeys();
};

void TestInspectorContract::declaredFormat_data()
{
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("detected");
    QTest::addColumn<bool>("matches");
    QTest::newRow("raw as raw") << u"raw"_s << u"raw"_s << true;
    QTest::newRow("gpt as raw") << u"raw"_s << u"gpt"_s << true;
    QTest::newRow("gpt as gpt") << u"gpt"_s << u"gpt"_s << true;
    QTest::newRow("raw as gpt") << u"gpt"_s << u"raw"_s << false;
    QTest::newRow("qcow2 as raw") << u"raw"_s << u"qcow2"_s << false;
    QTest::newRow("iso as raw") << u"raw"_s << u"iso"_s << false;
    QTest::newRow("raw as qcow2") << u"qcow2"_s << u"raw"_s << false;
    QTest::newRow("vmdk as qcow2") << u"qcow2"_s << u"vmdk"_s << false;
    QTest::newRow("QCOW2 as qcow2") << u"QCOW2"_s << u"qcow2"_s << true;
    QTest::newRow("raw as ami") << u"ami"_s << u"raw"_s << true;
    QTest::newRow("vhd as vhdx") << u"vhdx"_s << u"vhd"_s << false;
    QTest::newRow("raw as ploop") << u"ploop"_s << u"raw"_s << false;
}

void TestInspectorContract::declaredFormat()
{
    QFETCH(QString, declared);
    QFETCH(QString, detected);
    QFETCH(bool, matches);
    QCOMPARE(declaredFormatMatches(declared, detected), matches);
}

// A partitioned disk is "gpt" whether its table is GPT or MBR only, as oslo.utils' GPTInspector
// names both (qemu-img: raw; a declared raw matches); the details say which table, how many
// partitions.
void TestInspectorContract::partitionTables_data()
{
    QTest::addColumn<QByteArray>("disk");
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("partitions");
    QTest::addColumn<bool>("safe");
    QTest::newRow("MBR, two partitions") << partitionedDisk({0x83, 0x82}) << u"mbr"_s << 2 << true;
    QTest::newRow("MBR, four partitions")
        << partitionedDisk({0x83, 0x83, 0x07, 0x0c}) << u"mbr"_s << 4 << true;
    QTest::newRow("MBR, none") << partitionedDisk({}) << u"mbr"_s << 0 << false;
    QTest::newRow("GPT, two partitions") << partitionedDisk({0xee}, 2) << u"gpt"_s << 2 << true;
    QTest::newRow("GPT, five partitions") << partitionedDisk({0xee}, 5) << u"gpt"_s << 5 << true;
    QTest::newRow("GPT and an MBR partition") << partitionedDisk({0xee, 0x83}, 1) << u"gpt"_s << 1 << false;
}

void TestInspectorContract::partitionTables()
{
    QFETCH(QByteArray, disk);
    QFETCH(QString, table);
    QFETCH(int, partitions);
    QFETCH(bool, safe);
    const InspectionResult result = inspect(disk, u"raw"_s);
    QCOMPARE(result.format, u"gpt"_s);
    QCOMPARE(result.details.value(u"partition_table"_s).toString(), table);
    QCOMPARE(result.details.value(u"partitions"_s).toInt(), partitions);
    QCOMPARE(result.safe, safe);
    QCOMPARE(result.matchesDeclared, std::optional<bool>(true));
    QCOMPARE(result.virtualSize, std::optional<qint64>(disk.size()));
}

// After the verdict, a download keeps feeding: only counted, in constant memory.
void TestInspectorContract::longStreamOnlyCounts()
{
    ImageInspector inspector;
    const QByteArray chunk(kMiB, 'x');
    for (int i = 0; i < 256; ++i)
        inspector.feed(chunk);
    inspector.finish();
    const InspectionResult result = inspector.result();
    QCOMPARE(result.format, u"raw"_s);
    QCOMPARE(result.virtualSize, std::optional<qint64>(256 * kMiB));
    QCOMPARE(result.bytesRead, 256 * kMiB);
}

void TestInspectorContract::sizeUnknownUntilTheEnd()
{
    const QByteArray bytes = pattern(3 * kMiB);
    ImageInspector inspector;
    inspector.feed(QByteArrayView(bytes).first(64 * 1024));
    QVERIFY(!inspector.needsHead());
    QVERIFY(inspector.needsEnd()); // the virtual size of raw data is its size
    QCOMPARE(inspector.tailLength(), 0);
    QCOMPARE(inspector.result().virtualSize, std::nullopt);
    inspector.feed(QByteArrayView(bytes).sliced(64 * 1024));
    inspector.finish();
    QCOMPARE(inspector.result().virtualSize, std::optional<qint64>(bytes.size()));
}

void TestInspectorContract::jsonHasExactlyTheContractKeys()
{
    const QJsonObject json = inspect(qcow2NamingABackingFile("/etc/passwd"), u"raw"_s).toJson();
    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{u"bytes_read"_s, u"declared_format"_s, u"details"_s, u"format"_s,
                                u"matches_declared"_s, u"problems"_s, u"safe"_s, u"virtual_size"_s}));
    QCOMPARE(json.value(u"format"_s).toString(), u"qcow2"_s);
    QCOMPARE(json.value(u"details"_s).toObject().value(u"backing_file"_s).toString(), u"/etc/passwd"_s);
    QCOMPARE(json.value(u"matches_declared"_s).toBool(true), false);
    QCOMPARE(json.value(u"safe"_s).toBool(true), false);
}

QTEST_GUILESS_MAIN(TestInspectorContract)
#include "tst_inspectorcontract.moc"
