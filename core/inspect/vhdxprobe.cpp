// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "inspect/vhdxprobe.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr qsizetype kRegionTableAt = 192 * 1024;
constexpr qsizetype kRegionTableLength = 64 * 1024;
constexpr qsizetype kMetadataTableLength = 64 * 1024;
constexpr qint64 kMinRegionOffset = 1024 * 1024;
constexpr quint64 kMaxVirtualSize = quint64(64) << 40; // 64 TiB
constexpr quint32 kMaxEntries = 2047;

// GUIDs as stored (the first three fields little-endian).
const QByteArrayView kMetadataRegion("\x06\xa2\x7c\x8b\x90\x47\x9a\x4b\xb8\xfe\x57\x5f\x05\x0f\x88\x6e", 16);
const QByteArrayView kVirtualDiskSize("\x24\x42\xa5\x2f\x1b\xcd\x76\x48\xb2\x11\x5d\xbe\xd8\x3b\xf4\xb8", 16);
const QByteArrayView kFileParameters("\x37\x67\xa1\xca\x36\xfa\x43\x4d\xb3\xb6\x33\xf0\xaa\x44\xe7\x6b", 16);
const QByteArrayView kParentLocator("\x2d\x5f\xd3\xa8\x0b\xb3\x4d\x45\xab\xf7\xd3\xd8\x48\x34\xab\x0c", 16);
} // namespace

bool VhdxProbe::Region::take(qint64 chunkOffset, QByteArrayView chunk)
{
    if (complete() || length == 0)
        return true;
    const qint64 want = offset + data.size(); // the next byte wanted
    const qint64 chunkEnd = chunkOffset + chunk.size();
    if (want < chunkOffset)
        return false;
    if (want >= chunkEnd)
        return true;
    const qsizetype from = qsizetype(want - chunkOffset);
    const qsizetype count = std::min(length - data.size(), chunk.size() - from);
    data.append(chunk.sliced(from, count));
    return true;
}

void VhdxProbe::invalid(const QString& text)
{
    addProblem(InspectionProblem::Kind::Invalid, text);
    m_stage = Stage::Done;
}

bool VhdxProbe::pastTheEnd(const Region& region)
{
    // offset <= 2^50 (+ a 32-bit item offset): no overflow.
    if (totalSize() < 0 || region.complete() || region.offset + region.length <= totalSize())
        return false;
    addProblem(InspectionProblem::Kind::Truncated,
               say(QT_TRANSLATE_NOOP("Inspection", "The VHDX metadata lies past the end of the image.")));
    m_stage = Stage::Done;
    return true;
}

void VhdxProbe::totalSizeKnown()
{
    if (m_stage == Stage::Table)
        pastTheEnd(m_table);
    else if (m_stage == Stage::Items && !pastTheEnd(m_size))
        pastTheEnd(m_parameters);
}

void VhdxProbe::examineHead(QByteArrayView head, bool atEnd)
{
    if (state() == State::Undecided) {
        if (head.size() < 8 && !atEnd) {
            want(8);
            return;
        }
        if (!Bytes::startsAt(head, 0, "vhdxfile")) {
            noMatch();
            return;
        }
        match();
    }
    if (head.size() < kRegionTableAt + kRegionTableLength && !atEnd) {
        want(kRegionTableAt + kRegionTableLength);
        return;
    }
    headDone();
    if (head.size() < kRegionTableAt + 16) {
        truncated();
        m_stage = Stage::Done;
        return;
    }
    const QByteArrayView table =
        head.sliced(kRegionTableAt, std::min(kRegionTableLength, head.size() - kRegionTableAt));
    const quint32 count = Bytes::le32(table, 8);
    if (!Bytes::startsAt(table, 0, "regi") || count > kMaxEntries) {
        invalid(say(QT_TRANSLATE_NOOP("Inspection", "The VHDX region table is invalid.")));
        return;
    }
    for (quint32 i = 0; i < count; ++i) {
        const qsizetype at = 16 + qsizetype(i) * 32;
        if (at + 32 > table.size())
            break;
        if (table.sliced(at, 16) != kMetadataRegion)
            continue;
        const quint64 offset = Bytes::le64(table, at + 16);
        const quint32 length = Bytes::le32(table, at + 24);
        if (offset < quint64(kMinRegionOffset) || offset > (quint64(1) << 50) || length < 32) {
            invalid(
                say(QT_TRANSLATE_NOOP("Inspection", "The VHDX metadata region lies outside its limits.")));
            return;
        }
        m_table.offset = qint64(offset);
        m_table.length = std::min<qsizetype>(kMetadataTableLength, length);
        m_stage = Stage::Table;
        pastTheEnd(m_table);
        return;
    }
    invalid(say(QT_TRANSLATE_NOOP("Inspection", "The VHDX image has no metadata region.")));
}

void VhdxProbe::stream(qint64 offset, QByteArrayView chunk)
{
    if (m_stage == Stage::Table) {
        if (!m_table.take(offset, chunk)) {
            invalid(
                say(QT_TRANSLATE_NOOP("Inspection", "The VHDX metadata region lies outside its limits.")));
            return;
        }
        if (!m_table.complete())
            return;
        tableComplete();
    }
    if (m_stage == Stage::Items) {
        if (!m_size.take(offset, chunk) || !m_parameters.take(offset, chunk)) {
            invalid(say(QT_TRANSLATE_NOOP("Inspection", "A VHDX metadata item lies outside its limits.")));
            return;
        }
        if (m_size.complete() && m_parameters.complete())
            itemsComplete();
    }
}

std::optional<qint64> VhdxProbe::nextStreamOffset() const
{
    const auto next = [](const Region& region) {
        return region.complete() ? std::optional<qint64>() : region.offset + region.data.size();
    };
    if (m_stage == Stage::Table)
        return next(m_table);
    if (m_stage != Stage::Items)
        return std::nullopt;
    const std::optional<qint64> size = next(m_size);
    const std::optional<qint64> parameters = next(m_parameters);
    if (size && parameters)
        return std::min(*size, *parameters);
    return size ? size : parameters;
}

void VhdxProbe::tableComplete()
{
    const QByteArrayView table(m_table.data);
    const quint16 count = Bytes::le16(table, 10);
    if (!Bytes::startsAt(table, 0, "metadata") || count > kMaxEntries) {
        invalid(say(QT_TRANSLATE_NOOP("Inspection", "The VHDX metadata table is invalid.")));
        return;
    }
    for (quint16 i = 0; i < count; ++i) {
        const qsizetype at = 32 + qsizetype(i) * 32;
        if (at + 32 > table.size())
            break;
        const QByteArrayView id = table.sliced(at, 16);
        const quint32 itemOffset = Bytes::le32(table, at + 16);
        const quint32 itemLength = Bytes::le32(table, at + 20);
        Region* item = id == kVirtualDiskSize ? &m_size : id == kFileParameters ? &m_parameters : nullptr;
        if (id == kParentLocator)
            m_hasParentLocator = true;
        if (!item)
            continue;
        if (itemLength < 8) {
            invalid(say(QT_TRANSLATE_NOOP("Inspection", "A VHDX metadata item lies outside its limits.")));
            return;
        }
        item->offset = m_table.offset + itemOffset;
        item->length = 8;
        // An item inside the table already read is taken from it.
        if (quint64(itemOffset) + 8 <= quint64(table.size())) // in 64 bits: 0xfffffff8 + 8 wraps in 32
            item->data = table.sliced(itemOffset, 8).toByteArray();
    }
    if (m_size.length == 0 || m_parameters.length == 0) {
        invalid(say(QT_TRANSLATE_NOOP("Inspection", "The VHDX metadata lacks the virtual disk size.")));
        return;
    }
    m_table.data = QByteArray(); // no longer needed
    m_stage = Stage::Items;
    if (pastTheEnd(m_size) || pastTheEnd(m_parameters))
        return;
    if (m_size.complete() && m_parameters.complete())
        itemsComplete();
}

void VhdxProbe::itemsComplete()
{
    m_stage = Stage::Done;
    const quint64 size = Bytes::le64(m_size.data, 0);
    const quint32 blockSize = Bytes::le32(m_parameters.data, 0);
    const quint32 flags = Bytes::le32(m_parameters.data, 4);
    setDetail(u"block_size"_s, blockSize);
    if (size == 0 || size > kMaxVirtualSize)
        addProblem(InspectionProblem::Kind::Invalid,
                   QCoreApplication::translate("Inspection",
                                               "The VHDX image claims a virtual size of %1 bytes, "
                                               "which qemu refuses.")
                       .arg(size));
    else
        setVirtualSize(qint64(size));
    if ((flags & 2) != 0 || m_hasParentLocator)
        addProblem(InspectionProblem::Kind::ParentDisk,
                   say(QT_TRANSLATE_NOOP(
                       "Inspection", "The image is a differencing disk: opening it reads its parent, another "
                                     "file of the host.")));
}

void VhdxProbe::streamEnded(qint64)
{
    if (state() == State::Match && (m_stage == Stage::Table || m_stage == Stage::Items)) {
        truncated();
        m_stage = Stage::Done;
    }
}

} // namespace Skylight
