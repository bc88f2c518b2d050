// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// Headers crafted against the inspector (a hostile review of issue 17's first part): offsets that
// wrap in 32 bits, sizes whose sum overflows. Each ends in a verdict, never a crash or a
// negative size.

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

QTEST_GUILESS_MAIN(TestInspectorHostile)
#include "tst_inspectorhostile.moc"
