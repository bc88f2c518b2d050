// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "inspect/vmdkprobe.h"

#include "inspect/vmdkdescriptor.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr qsizetype kSector = 512;
constexpr qsizetype kSparseHeaderLength = 80;
constexpr quint64 kGrainDirectoryAtEnd = ~quint64(0);
constexpr quint32 kMarkerEndOfStream = 0;
constexpr quint32 kMarkerFooter = 3;
constexpr quint64 kMaxCapacitySectors = quint64(1) << 52; // 2 EiB: beyond anything qemu opens

bool zeros(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == 0; });
}
} // namespace

void VmdkProbe::examineHead(QByteArrayView head, bool atEnd)
{
    if (m_kind == Kind::Unknown) {
        if (head.size() < 4 && !atEnd) {
            want(4);
            return;
        }
        if (Bytes::startsAt(head, 0, "KDMV")) {
            m_kind = Kind::Sparse;
            match();
        } else {
            // qemu looks at the first 2048 bytes for a descriptor file's version line.
            if (head.size() < 2048 && !atEnd) {
                want(2048);
                return;
            }
            if (!VmdkDescriptor::looksLikeDescriptorFile(head)) {
                noMatch();
                return;
            }
            m_kind = Kind::DescriptorFile;
            match();
        }
    }
    if (m_kind == Kind::Sparse)
        examineSparse(head, atEnd);
    else
        examineDescriptorFile(head, atEnd);
}

void VmdkProbe::examineSparse(QByteArrayView head, bool atEnd)
{
    clearFindings();
    setDetail(u"subformat"_s, u"sparse"_s);
    if (head.size() < kSparseHeaderLength && shortHead(head, atEnd, kSector))
        return;
    m_header = head.first(kSparseHeaderLength).toByteArray();
    const quint32 version = Bytes::le32(head, 4);
    const quint64 capacity = Bytes::le64(head, 12);
    const quint64 descriptorOffset = Bytes::le64(head, 28);
    const quint64 descriptorSectors = Bytes::le64(head, 36);
    const quint64 grainDirectory = Bytes::le64(head, 56);
    setDetail(u"version"_s, version);
    if (version < 1 || version > 3) {
        addProblem(
            InspectionProblem::Kind::UnsupportedVersion,
            QCoreApplication::translate("Inspection", "The VMDK header has version %1, which qemu refuses.")
                .arg(version));
        headDone();
        return;
    }
    if (capacity > kMaxCapacitySectors)
        addProblem(
            InspectionProblem::Kind::Invalid,
            QCoreApplication::translate("Inspection", "The VMDK header claims %1 sectors, an absurd size.")
                .arg(capacity));
    else
        setVirtualSize(qint64(capacity) * kSector);
    if (grainDirectory == kGrainDirectoryAtEnd) {
        m_footerWanted = true;
        setDetail(u"footer"_s, true);
    }
    // The embedded descriptor: right after the header (sector 1), at most 1 MiB.
    if (descriptorOffset != 1 || descriptorSectors == 0 ||
        descriptorSectors > quint64(kMaxDescriptorBytes / kSector)) {
        addProblem(InspectionProblem::Kind::Descriptor,
                   say(QT_TRANSLATE_NOOP("Inspection", "The VMDK descriptor lies outside its limits.")));
        headDone();
        return;
    }
    const qsizetype end = qsizetype((descriptorOffset + descriptorSectors) * kSector);
    if (shortHead(head, atEnd, end))
        return;
    const qsizetype start = qsizetype(descriptorOffset) * kSector;
    const VmdkDescriptor descriptor =
        VmdkDescriptor::parse(head.sliced(start, std::min(end - start, kReadDescriptorBytes)));
    setDetail(u"create_type"_s, descriptor.createType);
    setDetail(u"extents"_s, descriptor.extentCount);
    if (!descriptor.parentFileNameHint.isEmpty())
        setDetail(u"parent_file"_s, descriptor.parentFileNameHint);
    for (const InspectionProblem& problem : descriptor.problems)
        addProblem(problem.kind, problem.text);
    headDone();
}

void VmdkProbe::examineDescriptorFile(QByteArrayView head, bool atEnd)
{
    clearFindings();
    setDetail(u"subformat"_s, u"descriptor"_s);
    // The whole file is the descriptor; one byte more than the limit says it is too long.
    if (head.size() <= kMaxDescriptorBytes && !atEnd) {
        want(kMaxDescriptorBytes + 1);
        return;
    }
    headDone();
    if (head.size() > kMaxDescriptorBytes) {
        addProblem(InspectionProblem::Kind::Descriptor,
                   say(QT_TRANSLATE_NOOP("Inspection", "The VMDK descriptor file is larger than 1 MiB.")));
        return;
    }
    const VmdkDescriptor descriptor =
        VmdkDescriptor::parse(head.first(std::min(head.size(), kReadDescriptorBytes)));
    setDetail(u"create_type"_s, descriptor.createType);
    setDetail(u"extents"_s, descriptor.extentCount);
    if (!descriptor.extentFiles.isEmpty())
        setDetail(u"extent_files"_s, descriptor.extentFiles);
    if (!descriptor.parentFileNameHint.isEmpty())
        setDetail(u"parent_file"_s, descriptor.parentFileNameHint);
    if (descriptor.extentSectors > kMaxCapacitySectors) {
        addProblem(InspectionProblem::Kind::Invalid,
                   QCoreApplication::translate("Inspection",
                                               "The VMDK descriptor claims %1 sectors, an absurd size.")
                       .arg(descriptor.extentSectors));
    } else {
        setVirtualSize(qint64(descriptor.extentSectors) * kSector);
    }
    for (const InspectionProblem& problem : descriptor.problems)
        addProblem(problem.kind, problem.text);
    // A descriptor file always points at other files: whatever it names, it is not one image.
    if (descriptor.problems.isEmpty())
        addProblem(
            InspectionProblem::Kind::ExtentPath,
            say(QT_TRANSLATE_NOOP(
                "Inspection", "The file is a VMDK descriptor: its data lies in other files of the host.")));
}

void VmdkProbe::footerProblem(const QString& text)
{
    addProblem(InspectionProblem::Kind::Footer, text);
}

void VmdkProbe::examineTail(QByteArrayView tail, qint64 totalSize)
{
    if (!m_footerWanted || m_footerSeen)
        return;
    m_footerSeen = true;
    if (tail.size() < kFooterBytes || totalSize < kFooterBytes + 2 * kSector) {
        footerProblem(say(QT_TRANSLATE_NOOP("Inspection", "The streamOptimized VMDK has no footer.")));
        return;
    }
    tail = tail.last(kFooterBytes);
    const QByteArrayView marker = tail.first(kSector);
    const QByteArrayView footer = tail.sliced(kSector, kSector);
    const QByteArrayView endOfStream = tail.sliced(2 * kSector, kSector);
    if (Bytes::le32(marker, 8) != 0 || Bytes::le32(marker, 12) != kMarkerFooter ||
        !zeros(marker.sliced(16))) {
        footerProblem(say(QT_TRANSLATE_NOOP("Inspection", "The VMDK footer marker is invalid.")));
        return;
    }
    if (!zeros(endOfStream) || Bytes::le32(endOfStream, 12) != kMarkerEndOfStream) {
        footerProblem(say(QT_TRANSLATE_NOOP("Inspection", "The VMDK end-of-stream marker is invalid.")));
        return;
    }
    const QByteArrayView header(m_header);
    const bool sameSignature = Bytes::startsAt(footer, 0, "KDMV");
    const bool sameVersion = Bytes::le32(footer, 4) == Bytes::le32(header, 4);
    const bool sameDescriptor = Bytes::le64(footer, 28) == Bytes::le64(header, 28) &&
                                Bytes::le64(footer, 36) == Bytes::le64(header, 36);
    const bool sameCapacity = Bytes::le64(footer, 12) == Bytes::le64(header, 12);
    const bool sameGrains = Bytes::le64(footer, 20) == Bytes::le64(header, 20);
    if (!sameSignature || !sameVersion || !sameDescriptor || !sameCapacity || !sameGrains ||
        Bytes::le64(footer, 56) == kGrainDirectoryAtEnd) {
        footerProblem(say(QT_TRANSLATE_NOOP("Inspection", "The VMDK footer disagrees with its header.")));
    }
    // qemu goes by the footer.
    const quint64 capacity = Bytes::le64(footer, 12);
    if (sameSignature && capacity <= kMaxCapacitySectors)
        setVirtualSize(qint64(capacity) * kSector);
}

void VmdkProbe::streamEnded(qint64 totalSize)
{
    if (m_footerWanted && !m_footerSeen)
        examineTail({}, totalSize);
}

} // namespace Skylight
