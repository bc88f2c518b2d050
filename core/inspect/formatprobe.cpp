// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "inspect/formatprobe.h"

#include "inspect/imageinspector.h"

#include <QCoreApplication>

namespace Skylight {

void FormatProbe::stream(qint64, QByteArrayView) {}

void FormatProbe::examineTail(QByteArrayView, qint64) {}

void FormatProbe::streamEnded(qint64) {}

std::optional<qint64> FormatProbe::virtualSizeFor(qint64 totalSize) const
{
    if (sizeFromTotal())
        return totalSize;
    return m_virtualSize;
}

QString FormatProbe::say(const char* text)
{
    return QCoreApplication::translate("Inspection", text);
}

void FormatProbe::setTotalSize(qint64 size)
{
    if (size < 0)
        return;
    m_totalSize = size;
    totalSizeKnown();
}

bool FormatProbe::recognise(QByteArrayView head, bool atEnd, QByteArrayView signature, qsizetype at)
{
    if (m_state != State::Undecided)
        return m_state == State::Match;
    if (head.size() < at + signature.size() && !atEnd) {
        want(at + signature.size());
        return false;
    }
    if (Bytes::startsAt(head, at, signature))
        match();
    else
        noMatch();
    return m_state == State::Match;
}

bool FormatProbe::shortHead(QByteArrayView head, bool atEnd, qsizetype bytes)
{
    if (head.size() >= bytes)
        return false;
    if (!atEnd) {
        want(bytes);
        return true;
    }
    truncated();
    headDone();
    return true;
}

void FormatProbe::truncated()
{
    if (m_headCapped) {
        //: %1 is a disk format (qcow2), %2 a number of bytes
        addProblem(InspectionProblem::Kind::HeaderTooLarge,
                   QCoreApplication::translate("Inspection",
                                               "The %1 header is larger than %2 bytes; it was not inspected.")
                       .arg(name())
                       .arg(ImageInspector::kMaxHead));
        return;
    }
    addProblem(InspectionProblem::Kind::Truncated,
               QCoreApplication::translate("Inspection", "The image ends inside its %1 header.").arg(name()));
}

void FormatProbe::differencingDisk()
{
    addProblem(InspectionProblem::Kind::ParentDisk,
               say(QT_TRANSLATE_NOOP("Inspection", "The image is a differencing disk: opening it reads its "
                                                   "parent, another file of the host.")));
}

void FormatProbe::backingFile()
{
    addProblem(InspectionProblem::Kind::BackingFile,
               say(QT_TRANSLATE_NOOP("Inspection", "The image names a backing file: opening it reads another "
                                                   "file of the host.")));
}
} // namespace Skylight
