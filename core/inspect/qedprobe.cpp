// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "inspect/qedprobe.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr qsizetype kHeaderLength = 64;
constexpr quint64 kFeatureBackingFile = 1;
constexpr quint32 kMaxBackingNameLength = 1023;
constexpr qsizetype kMaxHead = 64 * 1024;
} // namespace

void QedProbe::examineHead(QByteArrayView head, bool atEnd)
{
    if (state() == State::Undecided) {
        if (head.size() < 4) {
            if (atEnd)
                noMatch();
            else
                want(4);
            return;
        }
        if (!Bytes::startsAt(head, 0, QByteArrayView("QED\0", 4))) {
            noMatch();
            return;
        }
        match();
    }
    clearFindings();
    addProblem(InspectionProblem::Kind::UnsupportedFormat,
               say(QT_TRANSLATE_NOOP("Inspection", "QED images are not accepted by OpenStack.")));
    if (head.size() < kHeaderLength) {
        if (!atEnd) {
            want(kHeaderLength);
            return;
        }
        truncated();
        headDone();
        return;
    }
    setDetail(u"cluster_size"_s, Bytes::le32(head, 4));
    setVirtualSize(Bytes::size(Bytes::le64(head, 48)));
    if (Bytes::le64(head, 16) & kFeatureBackingFile) {
        addProblem(InspectionProblem::Kind::BackingFile,
                   say(QT_TRANSLATE_NOOP(
                       "Inspection", "The image names a backing file: opening it reads another file of the "
                                     "host.")));
        const quint32 offset = Bytes::le32(head, 56);
        const quint32 length = Bytes::le32(head, 60);
        if (length <= kMaxBackingNameLength && quint64(offset) + length <= quint64(kMaxHead)) {
            const qsizetype end = qsizetype(offset) + qsizetype(length);
            if (head.size() < end && !atEnd) {
                want(end);
                return;
            }
            setDetail(u"backing_file"_s, Bytes::text(head, offset, length));
        }
    }
    headDone();
}

} // namespace Skylight
