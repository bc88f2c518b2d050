// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "democloud/demoformat.h"

#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr qint64 kKiB = 1024;
constexpr qint64 kMiB = 1024 * 1024;

void be16(QByteArray& b, qsizetype at, quint16 v)
{
    qToBigEndian(v, b.data() + at);
}
void be32(QByteArray& b, qsizetype at, quint32 v)
{
    qToBigEndian(v, b.data() + at);
}
void be64(QByteArray& b, qsizetype at, quint64 v)
{
    qToBigEndian(v, b.data() + at);
}
void le16(QByteArray& b, qsizetype at, quint16 v)
{
    qToLittleEndian(v, b.data() + at);
}
void le32(QByteArray& b, qsizetype at, quint32 v)
{
    qToLittleEndian(v, b.data() + at);
}
void le64(QByteArray& b, qsizetype at, quint64 v)
{
    qToLittleEndian(v, b.data() + at);
}
void put(QByteArray& b, qsizetype at, QByteArrayView bytes)
{
    b.replace(at, bytes.size(), bytes);
}

// A qcow2 version 3 header with 64 KiB clusters: extensions (the backing format), then the
// backing file's name, in the first 4 KiB.
QByteArray qcow2(const DemoContent& content, qint64 virtualSize)
{
    QByteArray h(4 * kKiB, '\0');
    put(h, 0, "QFI\xfb");
    be32(h, 4, 3);
    be32(h, 20, 16); // cluster bits
    be64(h, 24, quint64(virtualSize));
    const quint64 perL1 = quint64(64 * kKiB) * (64 * kKiB / 8);
    be32(h, 36, quint32((quint64(virtualSize) + perL1 - 1) / perL1)); // l1 size
    be64(h, 40, quint64(3 * 64 * kKiB));                              // l1 table
    be64(h, 48, quint64(64 * kKiB));                                  // refcount table
    be32(h, 56, 1);
    be32(h, 96, 4);    // refcount order
    be32(h, 100, 104); // header length
    qsizetype at = 104;
    if (!content.backingFormat.isEmpty()) {
        const QByteArray format = content.backingFormat.toUtf8();
        be32(h, at, 0xe2792aca);
        be32(h, at + 4, quint32(format.size()));
        put(h, at + 8, format);
        at += 8 + ((format.size() + 7) & ~7);
    }
    at += 8; // the end of the extensions (zeros)
    if (!content.backingFile.isEmpty()) {
        const QByteArray name = content.backingFile.toUtf8();
        be64(h, 8, quint64(at));
        be32(h, 16, quint32(name.size()));
        put(h, at, name);
    }
    return h;
}

QByteArray vmdkHeader(qint64 sectors)
{
    QByteArray h(512, '\0');
    put(h, 0, "KDMV");
    le32(h, 4, 1);
    le32(h, 8, 3);
    le64(h, 12, quint64(sectors));
    le64(h, 20, 128); // grain: 64 KiB
    le64(h, 28, 1);   // descriptor at sector 1...
    le64(h, 36, 20);  // ... 20 sectors long
    le32(h, 44, 512);
    le64(h, 48, 21);
    le64(h, 56, 21 + 8);
    le64(h, 64, 128);
    h[73] = '\n';
    h[74] = ' ';
    h[75] = '\r';
    h[76] = '\n';
    return h;
}

QByteArray vmdkDescriptor(qint64 sectors)
{
    QByteArray d(20 * 512, '\0');
    put(d, 0,
        QByteArray("# Disk DescriptorFile\nversion=1\nCID=5b1d4a3c\nparentCID=ffffffff\n"
                   "createType=\"monolithicSparse\"\n\n# Extent description\nRW " +
                   QByteArray::number(sectors) +
                   " SPARSE \"disk.vmdk\"\n\n# The Disk Data Base\n#DDB\n\nddb.virtualHWVersion = \"4\"\n"
                   "ddb.adapterType = \"ide\"\n"));
    return d;
}

QByteArray vhdFooter(qint64 virtualSize)
{
    QByteArray f(512, '\0');
    put(f, 0, "conectix");
    be32(f, 8, 2);
    be32(f, 12, 0x00010000);
    be64(f, 16, 512); // the dynamic header
    put(f, 28, "qem2");
    be32(f, 32, 0x00050003);
    put(f, 36, "Wi2k");
    be64(f, 40, quint64(virtualSize));
    be64(f, 48, quint64(virtualSize));
    be16(f, 56, 16383);
    f[58] = char(16);
    f[59] = char(63);
    be32(f, 60, 3); // dynamic
    put(f, 68, "skylight-demo-vh");
    quint32 sum = 0;
    for (const char c : std::as_const(f))
        sum += quint8(c);
    be32(f, 64, ~sum);
    return f;
}

QByteArray vhdDynamicHeader(qint64 virtualSize)
{
    QByteArray h(1024, '\0');
    put(h, 0, "cxsparse");
    be64(h, 8, ~quint64(0));
    be64(h, 16, 1536);
    be32(h, 24, 0x00010000);
    be32(h, 28, quint32((virtualSize + 2 * kMiB - 1) / (2 * kMiB)));
    be32(h, 32, quint32(2 * kMiB));
    quint32 sum = 0;
    for (const char c : std::as_const(h))
        sum += quint8(c);
    be32(h, 36, ~sum);
    return h;
}

QByteArray vdiHeader(qint64 virtualSize)
{
    QByteArray h(512, '\0');
    put(h, 0, "<<< QEMU VM Virtual Disk Image >>>\n");
    le32(h, 0x40, 0xbeda107f);
    le32(h, 0x44, 0x00010001);
    le32(h, 0x48, 0x190);
    le32(h, 0x4c, 1); // dynamic
    le32(h, 0x154, 0x200);
    le32(h, 0x158, 0x200 + 4096);
    le32(h, 0x168, 512);
    le64(h, 0x170, quint64(virtualSize));
    le32(h, 0x178, quint32(kMiB));
    le32(h, 0x180, quint32((virtualSize + kMiB - 1) / kMiB));
    return h;
}

QByteArray isoDescriptors(qint64 size)
{
    QByteArray d(2 * 2048, '\0');
    d[0] = 1;
    put(d, 1, "CD001");
    d[6] = 1;
    put(d, 8, QByteArray(32, ' '));
    put(d, 40, QByteArray("SKYLIGHT_DEMO").leftJustified(32, ' '));
    le32(d, 80, quint32(size / 2048));
    be32(d, 84, quint32(size / 2048));
    le16(d, 128, 2048);
    be16(d, 130, 2048);
    d[2048] = char(255);
    put(d, 2049, "CD001");
    d[2054] = 1;
    return d;
}

// GUIDs as stored (the first three fields little-endian).
const QByteArray kMetadataRegion("\x06\xa2\x7c\x8b\x90\x47\x9a\x4b\xb8\xfe\x57\x5f\x05\x0f\x88\x6e", 16);
const QByteArray kBatRegion("\x66\x77\xc2\x2d\x23\xf6\x00\x42\x9d\x64\x11\x5e\x9b\xfd\x4a\x08", 16);
const QByteArray kFileParameters("\x37\x67\xa1\xca\x36\xfa\x43\x4d\xb3\xb6\x33\xf0\xaa\x44\xe7\x6b", 16);
const QByteArray kVirtualDiskSize("\x24\x42\xa5\x2f\x1b\xcd\x76\x48\xb2\x11\x5d\xbe\xd8\x3b\xf4\xb8", 16);
const QByteArray kLogicalSector("\x1d\xbf\x41\x81\x6f\xa9\x09\x47\xba\x47\xf2\x33\xa8\xfa\xab\x5f", 16);
const QByteArray kPhysicalSector("\xc7\x48\xa3\xcd\x5d\x44\x71\x44\x9c\xc9\xe9\x88\x52\x51\xc5\x56", 16);

// VHDX: the file identifier, two headers, the region table at 192 KiB and the metadata region at
// 1 MiB (its table, then its items 64 KiB in), as qemu-img lays them out.
QList<std::pair<qint64, QByteArray>> vhdx(qint64 virtualSize)
{
    QList<std::pair<qint64, QByteArray>> regions;
    QByteArray identifier(512, '\0');
    put(identifier, 0, "vhdxfile");
    const QString creator = u"Skylight demo"_s;
    put(identifier, 8, QByteArrayView(reinterpret_cast<const char*>(creator.utf16()), creator.size() * 2));
    regions.append({0, identifier});
    for (const qint64 at : {64 * kKiB, 128 * kKiB}) {
        QByteArray header(4 * kKiB, '\0');
        put(header, 0, "head");
        le64(header, 8, quint64(at / (64 * kKiB)));
        le16(header, 66, 1); // version
        le32(header, 68, quint32(kMiB));
        regions.append({at, header});
    }
    QByteArray table(4 * kKiB, '\0');
    put(table, 0, "regi");
    le32(table, 8, 2);
    put(table, 16, kMetadataRegion);
    le64(table, 32, quint64(kMiB));
    le32(table, 40, quint32(kMiB));
    le32(table, 44, 1);
    put(table, 48, kBatRegion);
    le64(table, 64, quint64(2 * kMiB));
    le32(table, 72, quint32(kMiB));
    le32(table, 76, 1);
    regions.append({192 * kKiB, table});
    QByteArray metadata(4 * kKiB, '\0');
    put(metadata, 0, "metadata");
    le16(metadata, 10, 4);
    const std::pair<const QByteArray*, quint32> items[] = {
        {&kFileParameters, 8}, {&kVirtualDiskSize, 8}, {&kLogicalSector, 4}, {&kPhysicalSector, 4}};
    quint32 itemOffset = 64 * kKiB;
    for (int i = 0; i < 4; ++i) {
        put(metadata, 32 + i * 32, *items[i].first);
        le32(metadata, 32 + i * 32 + 16, itemOffset);
        le32(metadata, 32 + i * 32 + 20, items[i].second);
        le32(metadata, 32 + i * 32 + 24, 4); // is required
        itemOffset += items[i].second;
    }
    regions.append({kMiB, metadata});
    QByteArray values(24, '\0');
    le32(values, 0, quint32(32 * kMiB)); // block size; flags: none (no parent)
    le64(values, 8, quint64(virtualSize));
    le32(values, 16, 512);
    le32(values, 20, 4096);
    regions.append({kMiB + 64 * kKiB, values});
    return regions;
}
} // namespace

QList<std::pair<qint64, QByteArray>> DemoContent::regions(qint64 size) const
{
    const qint64 disk = virtualSize > 0 ? virtualSize : std::max<qint64>(size * 8, kMiB);
    QList<std::pair<qint64, QByteArray>> regions;
    if (format == u"qcow2"_s) {
        regions.append({0, qcow2(*this, disk)});
    } else if (format == u"vmdk"_s) {
        const qint64 sectors = (disk + 511) / 512;
        regions.append({0, vmdkHeader(sectors)});
        regions.append({512, vmdkDescriptor(sectors)});
    } else if (format == u"vhd"_s) {
        const QByteArray footer = vhdFooter(disk);
        regions.append({0, footer});
        regions.append({512, vhdDynamicHeader(disk)});
        if (size >= 3 * 512)
            regions.append({size - 512, footer});
    } else if (format == u"vhdx"_s) {
        regions = vhdx(disk);
    } else if (format == u"vdi"_s) {
        regions.append({0, vdiHeader(disk)});
    } else if (format == u"iso"_s) {
        regions.append({0, QByteArray(16 * 2048, '\0')}); // the system area
        regions.append({16 * 2048, isoDescriptors(size)});
    }
    return regions;
}

} // namespace Skylight
