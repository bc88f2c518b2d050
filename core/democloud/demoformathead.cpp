// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "democloud/demoformathead.h"

#include "democloud/demoimage.h"

#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr qint64 kMiB = 1024 * 1024;

// What the image holds once booted: its virtual_size when the catalog gives one, else a round
// size a few times its data.
qint64 virtualSizeOf(const DemoImage& image)
{
    const qint64 given = image.glance.value(u"virtual_size"_s).toInteger(-1);
    if (given >= image.dataSize)
        return given;
    return (image.dataSize * 4 + kMiB - 1) / kMiB * kMiB;
}

QByteArray qcow2Head(qint64 virtualSize)
{
    constexpr qint64 kCluster = 64 * 1024;
    QByteArray head(512, '\0'); // the header, then zeros: no header extension
    char* at = head.data();
    std::memcpy(at, "QFI\xfb", 4);
    qToBigEndian<quint32>(3, at + 4);   // version
    qToBigEndian<quint32>(16, at + 20); // cluster_bits
    qToBigEndian<quint64>(static_cast<quint64>(virtualSize), at + 24);
    const qint64 perL2 = (kCluster / 8) * kCluster;
    qToBigEndian<quint32>(static_cast<quint32>((virtualSize + perL2 - 1) / perL2), at + 36); // l1_size
    qToBigEndian<quint64>(3 * kCluster, at + 40); // l1_table_offset
    qToBigEndian<quint64>(kCluster, at + 48);     // refcount_table_offset
    qToBigEndian<quint32>(1, at + 56);            // refcount_table_clusters
    qToBigEndian<quint32>(4, at + 96);            // refcount_order
    qToBigEndian<quint32>(104, at + 100);         // header_length
    return head;
}

QByteArray vhdHead(qint64 virtualSize)
{
    QByteArray head(1024, '\0'); // the footer's copy, then the dynamic disk header
    char* at = head.data();
    std::memcpy(at, "conectix", 8);
    std::memcpy(at + 28, "qem2", 4); // qemu's creator: the size is the current size
    qToBigEndian<quint64>(static_cast<quint64>(virtualSize), at + 40); // original size
    qToBigEndian<quint64>(static_cast<quint64>(virtualSize), at + 48); // current size
    qToBigEndian<quint32>(3, at + 60);                                 // dynamic
    std::memcpy(at + 512, "cxsparse", 8);
    return head;
}

QByteArray vdiHead(qint64 virtualSize)
{
    QByteArray head(0x180, '\0');
    char* at = head.data();
    const QByteArray text = "<<< Oracle VM VirtualBox Disk Image >>>\n"_ba;
    std::memcpy(at, text.constData(), static_cast<size_t>(text.size()));
    qToLittleEndian<quint32>(0xbeda107f, at + 0x40);
    qToLittleEndian<quint32>(0x00010001, at + 0x44); // version 1.1
    qToLittleEndian<quint32>(0x190, at + 0x48);      // header size
    qToLittleEndian<quint32>(1, at + 0x4c);          // dynamic
    qToLittleEndian<quint64>(static_cast<quint64>(virtualSize), at + 0x170);
    return head;
}

QByteArray vmdkHead(qint64 virtualSize)
{
    constexpr qint64 kSector = 512;
    QByteArray head(2 * kSector, '\0'); // the sparse header, then its embedded descriptor
    char* at = head.data();
    const quint64 sectors = static_cast<quint64>(virtualSize / kSector);
    std::memcpy(at, "KDMV", 4);
    qToLittleEndian<quint32>(1, at + 4);        // version
    qToLittleEndian<quint32>(3, at + 8);        // flags: valid newline test, redundant grain table
    qToLittleEndian<quint64>(sectors, at + 12); // capacity
    qToLittleEndian<quint64>(128, at + 20);     // grain size: 64 KiB
    qToLittleEndian<quint64>(1, at + 28);       // descriptor offset (sectors)
    qToLittleEndian<quint64>(1, at + 36);       // descriptor size (sectors)
    qToLittleEndian<quint32>(512, at + 44);     // grain table entries
    qToLittleEndian<quint64>(2, at + 48);       // redundant grain directory
    qToLittleEndian<quint64>(3, at + 56);       // grain directory
    std::memcpy(at + 73, "\n \r\n", 4);         // newline test
    const QByteArray descriptor = "# Disk DescriptorFile\nversion=1\nCID=5d1a7e0f\nparentCID=ffffffff\n"
                                  "createType=\"monolithicSparse\"\n\n# Extent description\nRW "_ba +
                                  QByteArray::number(sectors) +
                                  " SPARSE \"demo.vmdk\"\n\n# The Disk Data Base\n#DDB\n\n"
                                  "ddb.virtualHWVersion = \"4\"\nddb.adapterType = \"ide\"\n"_ba;
    std::memcpy(at + kSector, descriptor.constData(),
                static_cast<size_t>(std::min<qint64>(descriptor.size(), kSector)));
    return head;
}

QByteArray isoHead(qint64 size)
{
    constexpr qint64 kSector = 2048;
    QByteArray head(18 * kSector, '\0'); // the system area, then the volume descriptors
    char* primary = head.data() + 16 * kSector;
    primary[0] = 1;
    std::memcpy(primary + 1, "CD001", 5);
    primary[6] = 1;
    std::memset(primary + 40, ' ', 32);
    std::memcpy(primary + 40, "SKYLIGHT_DEMO", 13);
    qToLittleEndian<quint32>(static_cast<quint32>(size / kSector), primary + 80);
    qToBigEndian<quint32>(static_cast<quint32>(size / kSector), primary + 84);
    qToLittleEndian<quint16>(kSector, primary + 128);
    qToBigEndian<quint16>(kSector, primary + 130);
    char* terminator = head.data() + 17 * kSector;
    terminator[0] = char(0xff);
    std::memcpy(terminator + 1, "CD001", 5);
    terminator[6] = 1;
    return head;
}
} // namespace

QByteArray demoFormatHead(const DemoImage& image)
{
    const QString format = image.glance.value(u"disk_format"_s).toString();
    QByteArray head;
    if (format == u"qcow2"_s)
        head = qcow2Head(virtualSizeOf(image));
    else if (format == u"vhd"_s)
        head = vhdHead(virtualSizeOf(image));
    else if (format == u"vmdk"_s)
        head = vmdkHead(virtualSizeOf(image));
    else if (format == u"vdi"_s)
        head = vdiHead(virtualSizeOf(image));
    else if (format == u"iso"_s)
        head = isoHead(image.dataSize);
    return head.size() <= image.dataSize ? head : QByteArray();
}

} // namespace Skylight
