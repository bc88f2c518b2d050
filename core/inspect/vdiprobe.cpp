// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "inspect/vdiprobe.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr quint32 kSignature = 0xbeda107f;
constexpr qsizetype kHeaderLength = 0x180;
} // namespace

void VdiProbe::examineHead(QByteArrayView head, bool atEnd)
{
    if (state() == State::Undecided) {
        if (head.size() < 0x44 && !atEnd) {
            want(0x44);
            return;
        }
        if (head.size() < 0x44 || Bytes::le32(head, 0x40) != kSignature) {
            noMatch();
            return;
        }
        match();
    }
    clearFindings();
    if (head.size() < kHeaderLength) {
        if (!atEnd) {
            want(kHeaderLength);
            return;
        }
        truncated();
        headDone();
        return;
    }
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
        addProblem(InspectionProblem::Kind::ParentDisk,
                   say(QT_TRANSLATE_NOOP(
                       "Inspection", "The image is a differencing disk: opening it reads its parent, another "
                                     "file of the host.")));
    } else {
        addProblem(InspectionProblem::Kind::Invalid,
                   QCoreApplication::translate("Inspection", "The VDI header gives an unknown image type %1.")
                       .arg(type));
    }
}

} // namespace Skylight
