// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "inspect/vhdprobe.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr qsizetype kFooterLength = 512;
constexpr quint32 kFixed = 2;
constexpr quint32 kDynamic = 3;
constexpr quint32 kDifferencing = 4;
constexpr quint64 kMaxGeometrySectors = 65535ULL * 16 * 255;
} // namespace

void VhdProbe::examineHead(QByteArrayView head, bool atEnd)
{
    if (!recognise(head, atEnd, "conectix"))
        return;
    clearFindings();
    if (shortHead(head, atEnd, kFooterLength))
        return;
    headDone();
    const QByteArrayView creator = head.sliced(28, 4);
    const quint64 currentSize = Bytes::be64(head, 48);
    const quint64 geometry = quint64(Bytes::be16(head, 56)) * quint8(head[58]) * quint8(head[59]);
    const quint32 type = Bytes::be32(head, 60);
    setDetail(u"creator"_s, Bytes::text(head, 28, 4));
    // Virtual PC and qemu's "qemu" creator go by the geometry; Hyper-V, Disk2vhd, XenServer,
    // XenConverter and qemu's "qem2" by the current size; so does a geometry at its maximum.
    const bool bySize = creator == "win " || creator == "qem2" || creator == "d2v " || creator == "CTXS" ||
                        creator == QByteArrayView("tap\0", 4) || geometry == kMaxGeometrySectors;
    setVirtualSize(bySize ? Bytes::size(currentSize) : Bytes::size(geometry * 512));
    switch (type) {
    case kFixed:
        setDetail(u"disk_type"_s, u"fixed"_s);
        break;
    case kDynamic:
        setDetail(u"disk_type"_s, u"dynamic"_s);
        break;
    case kDifferencing:
        setDetail(u"disk_type"_s, u"differencing"_s);
        differencingDisk();
        break;
    default:
        addProblem(InspectionProblem::Kind::Invalid,
                   QCoreApplication::translate("Inspection", "The VHD footer gives an unknown disk type %1.")
                       .arg(type));
    }
}

} // namespace Skylight
