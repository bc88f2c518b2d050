// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "inspect/isoprobe.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr qsizetype kSector = 2048;
constexpr qsizetype kFirstDescriptor = 16;
constexpr qsizetype kMaxDescriptors = 32;

bool knownIdentifier(QByteArrayView id)
{
    for (const char* known : {"CD001", "BEA01", "NSR02", "NSR03", "TEA01", "BOOT2", "CDW02"}) {
        if (id == QByteArrayView(known))
            return true;
    }
    return false;
}
} // namespace

void IsoProbe::examineHead(QByteArrayView head, bool atEnd)
{
    clearFindings();
    bool iso9660 = false;
    bool udf = false;
    for (qsizetype sector = kFirstDescriptor; sector < kFirstDescriptor + kMaxDescriptors; ++sector) {
        const qsizetype at = sector * kSector;
        if (head.size() < at + kSector) {
            if (!atEnd) {
                want(at + kSector);
                return;
            }
            break;
        }
        const QByteArrayView id = head.sliced(at + 1, 5);
        if (!knownIdentifier(id))
            break;
        const auto type = static_cast<unsigned char>(head[at]);
        if (id == "CD001" && type == 1 && !iso9660) {
            iso9660 = true;
            const quint64 blocks = Bytes::le32(head, at + 80);
            const quint64 blockSize = Bytes::le16(head, at + 128);
            setDetail(u"volume_size"_s, blocks * blockSize);
            setDetail(u"volume_id"_s, Bytes::text(head, at + 40, 32));
        } else if (id == "NSR02" || id == "NSR03") {
            udf = true;
        } else if (id == "TEA01") {
            break;
        }
    }
    headDone();
    if (!iso9660 && !udf) {
        noMatch();
        return;
    }
    match();
    QStringList filesystems;
    if (iso9660)
        filesystems << u"iso9660"_s;
    if (udf)
        filesystems << u"udf"_s;
    setDetail(u"filesystem"_s, filesystems.join(u'+'));
}

} // namespace Skylight
