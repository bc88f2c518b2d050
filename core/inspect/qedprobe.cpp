// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "inspect/qedprobe.h"

#include "inspect/imageinspector.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr qsizetype kHeaderLength = 64;
constexpr quint64 kFeatureBackingFile = 1;
constexpr quint32 kMaxBackingNameLength = 1023;
constexpr qsizetype kMaxHead = ImageInspector::kMaxHead; // the backing file name is read from the head
} // namespace

void QedProbe::examineHead(QByteArrayView head, bool atEnd)
{
    if (!recognise(head, atEnd, QByteArrayView("QED\0", 4)))
        return;
    clearFindings();
    addProblem(InspectionProblem::Kind::UnsupportedFormat,
               say(QT_TRANSLATE_NOOP("Inspection", "QED images are not accepted by OpenStack.")));
    if (shortHead(head, atEnd, kHeaderLength))
        return;
    setDetail(u"cluster_size"_s, Bytes::le32(head, 4));
    setVirtualSize(Bytes::size(Bytes::le64(head, 48)));
    if (Bytes::le64(head, 16) & kFeatureBackingFile) {
        backingFile();
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
