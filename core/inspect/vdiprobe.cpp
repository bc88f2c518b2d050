// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "inspect/vdiprobe.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
const QByteArrayView kSignature("\x7f\x10\xda\xbe", 4); // 0xbeda107f, little-endian
constexpr qsizetype kHeaderLength = 0x180;
} // namespace

void VdiProbe::examineHead(QByteArrayView head, bool atEnd)
{
    if (!recognise(head, atEnd, kSignature, 0x40))
        return;
    clearFindings();
    if (shortHead(head, atEnd, kHeaderLength))
        return;
    headDone();
    const quint32 version = Bytes::le32(head, 0x44);
    setDetail(u"version"_s, u"%1.%2"_s.arg(version >> 16).arg(version & 0xffff));
    setVirtualSize(Bytes::size(Bytes::le64(head, 0x170)));
    const quint32 type = Bytes::le32(head, 0x4c);
    if (type == 1) {
        setDetail(u"image_type"_s, u"dynamic"_s);
    } else if (type == 2) {
        setDetail(u"image_type"_s, u"static"_s);
    } else if (type == 3 || type == 4) {
        setDetail(u"image_type"_s, type == 3 ? u"undo"_s : u"differencing"_s);
        differencingDisk();
    } else {
        addProblem(InspectionProblem::Kind::Invalid,
                   QCoreApplication::translate("Inspection", "The VDI header gives an unknown image type %1.")
                       .arg(type));
    }
}

} // namespace Skylight
