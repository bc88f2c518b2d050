// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "inspect/qcow2probe.h"

#include "inspect/imageinspector.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr qsizetype kV2HeaderLength = 72;
constexpr qsizetype kV3MinHeaderLength = 104;
constexpr quint32 kMaxBackingNameLength = 1023; // qemu's limit
// The header, its extensions and the backing file name lie in the first cluster (at most 2 MiB),
// all read from the head.
constexpr qsizetype kMaxHead = ImageInspector::kMaxHead;
constexpr quint64 kIncompatibleDirty = 1u << 0;
constexpr quint64 kIncompatibleCorrupt = 1u << 1;
constexpr quint64 kIncompatibleDataFile = 1u << 2;
constexpr quint64 kIncompatibleCompression = 1u << 3;
constexpr quint64 kIncompatibleExtendedL2 = 1u << 4;
constexpr quint64 kKnownIncompatible = kIncompatibleDirty | kIncompatibleCorrupt | kIncompatibleDataFile |
                                       kIncompatibleCompression | kIncompatibleExtendedL2;
constexpr quint32 kExtensionEnd = 0;
constexpr quint32 kExtensionBackingFormat = 0xe2792aca;
constexpr quint32 kExtensionDataFile = 0x44415441;
constexpr quint64 kMaxL1Entries = 32 * 1024 * 1024 / 8; // qemu's QCOW_MAX_L1_SIZE
} // namespace

QString Qcow2Probe::detectedName() const
{
    return m_version == 1 ? u"qcow"_s : name();
}

void Qcow2Probe::examineHead(QByteArrayView head, bool atEnd)
{
    if (!recognise(head, atEnd, "QFI\xfb"))
        return;
    const qsizetype needed = parse(head, atEnd);
    if (needed > head.size() && !atEnd)
        want(needed);
    else
        headDone();
}

qsizetype Qcow2Probe::parse(QByteArrayView head, bool atEnd)
{
    clearFindings();
    if (head.size() < 8) {
        if (!atEnd)
            return 512;
        truncated();
        return 0;
    }
    m_version = Bytes::be32(head, 4);
    setDetail(u"version"_s, m_version);
    if (m_version == 1) {
        addProblem(InspectionProblem::Kind::UnsupportedVersion,
                   say(QT_TRANSLATE_NOOP(
                       "Inspection", "This is a qcow version 1 image, which OpenStack does not accept.")));
        if (head.size() >= 32)
            setVirtualSize(Bytes::size(Bytes::be64(head, 24)));
        return 0;
    }
    if (m_version != 2 && m_version != 3) {
        addProblem(InspectionProblem::Kind::UnsupportedVersion,
                   QCoreApplication::translate("Inspection",
                                               "The qcow2 header has version %1; only versions 2 "
                                               "and 3 exist.")
                       .arg(m_version));
        return 0;
    }
    const qsizetype fixedLength = m_version == 2 ? kV2HeaderLength : kV3MinHeaderLength;
    if (head.size() < fixedLength) {
        if (!atEnd)
            return 512;
        truncated();
        return 0;
    }
    const quint64 backingOffset = Bytes::be64(head, 8);
    const quint32 backingLength = Bytes::be32(head, 16);
    const quint32 clusterBits = Bytes::be32(head, 20);
    const quint64 size = Bytes::be64(head, 24);
    const quint64 incompatible = m_version == 3 ? Bytes::be64(head, 72) : 0;
    const quint64 headerLength = m_version == 3 ? Bytes::be32(head, 100) : kV2HeaderLength;

    if (clusterBits < 9 || clusterBits > 21) {
        addProblem(InspectionProblem::Kind::Invalid,
                   QCoreApplication::translate(
                       "Inspection", "The qcow2 header gives clusters of 2^%1 bytes, which qemu refuses.")
                       .arg(clusterBits));
        return 0;
    }
    const quint64 clusterSize = quint64(1) << clusterBits;
    setDetail(u"cluster_size"_s, clusterSize);

    // Virtual size: what one L1 table of qemu's largest size can address with these clusters.
    const quint64 bytesPerL1Entry = clusterSize * (clusterSize / 8);
    if ((size + bytesPerL1Entry - 1) / bytesPerL1Entry > kMaxL1Entries || size > (quint64(1) << 62)) {
        addProblem(InspectionProblem::Kind::Invalid,
                   QCoreApplication::translate("Inspection",
                                               "The qcow2 header claims a virtual size of %1 bytes, "
                                               "more than qemu can address.")
                       .arg(size));
    } else {
        setVirtualSize(Bytes::size(size));
    }

    if (m_version == 3) {
        if (headerLength < quint64(kV3MinHeaderLength) || headerLength > clusterSize) {
            addProblem(
                InspectionProblem::Kind::Invalid,
                say(QT_TRANSLATE_NOOP("Inspection", "The qcow2 header gives an impossible header length.")));
            return 0;
        }
        QStringList features;
        if (incompatible & kIncompatibleDirty)
            features << u"dirty"_s;
        if (incompatible & kIncompatibleCorrupt)
            features << u"corrupt"_s;
        if (incompatible & kIncompatibleDataFile)
            features << u"external_data_file"_s;
        if (incompatible & kIncompatibleCompression)
            features << u"compression_type"_s;
        if (incompatible & kIncompatibleExtendedL2)
            features << u"extended_l2"_s;
        if (!features.isEmpty())
            setDetail(u"incompatible_features"_s, features);
        if (incompatible & kIncompatibleDataFile)
            addProblem(InspectionProblem::Kind::DataFile,
                       say(QT_TRANSLATE_NOOP("Inspection",
                                             "The image keeps its data in an external file: opening it reads "
                                             "another file of the host.")));
        if (incompatible & ~kKnownIncompatible)
            addProblem(InspectionProblem::Kind::UnknownFeatures,
                       say(QT_TRANSLATE_NOOP(
                           "Inspection", "The image needs qcow2 features that are not known, so it cannot be "
                                         "checked.")));
        if (incompatible & kIncompatibleCorrupt)
            addProblem(InspectionProblem::Kind::Corrupt,
                       say(QT_TRANSLATE_NOOP("Inspection", "The image is marked corrupt.")));
    }

    qsizetype needed = qsizetype(headerLength);
    if (backingOffset != 0) {
        backingFile();
        if (backingLength > kMaxBackingNameLength || backingOffset > clusterSize ||
            backingOffset + backingLength > quint64(kMaxHead)) {
            addProblem(
                InspectionProblem::Kind::Invalid,
                say(QT_TRANSLATE_NOOP("Inspection", "The backing file name lies outside the qcow2 header.")));
        } else {
            const qsizetype end = qsizetype(backingOffset + backingLength);
            needed = std::max(needed, end);
            if (head.size() >= end)
                setDetail(u"backing_file"_s,
                          QString::fromUtf8(head.sliced(qsizetype(backingOffset), qsizetype(backingLength))));
        }
    }

    // Header extensions, up to the end marker (within the first cluster, and our cap).
    const qsizetype limit = qsizetype(std::min<quint64>(clusterSize, kMaxHead));
    qsizetype at = qsizetype(headerLength);
    while (at + 8 <= limit) {
        if (head.size() < at + 8) {
            needed = std::max(needed, at + 8);
            break;
        }
        const quint32 type = Bytes::be32(head, at);
        const quint32 length = Bytes::be32(head, at + 4);
        if (type == kExtensionEnd)
            break;
        const quint64 next = quint64(at) + 8 + ((quint64(length) + 7) & ~quint64(7));
        if (next > quint64(limit)) {
            addProblem(InspectionProblem::Kind::Invalid,
                       say(QT_TRANSLATE_NOOP("Inspection",
                                             "A qcow2 header extension runs past the first cluster.")));
            break;
        }
        if (head.size() < qsizetype(next)) {
            needed = std::max(needed, qsizetype(next));
            break;
        }
        if (type == kExtensionDataFile)
            setDetail(u"data_file"_s, Bytes::text(head, at + 8, length));
        else if (type == kExtensionBackingFormat)
            setDetail(u"backing_format"_s, Bytes::text(head, at + 8, length, 64));
        at = qsizetype(next);
    }
    if (needed > head.size() && atEnd) {
        truncated();
        return 0;
    }
    return needed;
}

} // namespace Skylight
