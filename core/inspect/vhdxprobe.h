// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "inspect/formatprobe.h"

#include <QByteArray>

namespace Skylight {

// VHDX ([MS-VHDX]): the file type identifier, the region table at 192 KiB (in the head), then, as
// the stream passes them, the metadata table (at 1 MiB or further) and the items it points at:
// the virtual disk size and the file parameters (a differencing disk has a parent: unsafe).
// Never holds more than the 64 KiB table and two small items; a region past the end of the stream
// (its size known) is refused at once, never waited for.
class VhdxProbe final : public FormatProbe
{
public:
    QString name() const override { return QStringLiteral("vhdx"); }
    void examineHead(QByteArrayView head, bool atEnd) override;
    bool wantsStream() const override { return m_stage == Stage::Table || m_stage == Stage::Items; }
    void stream(qint64 offset, QByteArrayView chunk) override;
    std::optional<qint64> nextStreamOffset() const override;
    void streamEnded(qint64 totalSize) override;

protected:
    void totalSizeKnown() override;

private:
    enum class Stage
    {
        Head,
        Table,
        Items,
        Done
    };
    // A region of the stream to keep.
    struct Region
    {
        qint64 offset = 0;
        qsizetype length = 0;
        QByteArray data;
        bool complete() const { return data.size() >= length; }
        // false: the region began before `chunkOffset` and was missed.
        bool take(qint64 chunkOffset, QByteArrayView chunk);
    };
    void tableComplete();
    void itemsComplete();
    void invalid(const QString& text);
    // The region lies past the end of the stream: says so and gives up (true).
    bool pastTheEnd(const Region& region);

    Stage m_stage = Stage::Head;
    Region m_table;
    Region m_size;
    Region m_parameters;
    bool m_hasParentLocator = false;
};

} // namespace Skylight
