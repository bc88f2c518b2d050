// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "inspect/formatprobe.h"

namespace Skylight {

// A partitioned disk ("gpt", as Glance names both): an MBR (0x55AA at 510, not a FAT boot sector),
// with the checks oslo.utils makes: every entry's boot flag 0x00 or 0x80; a protective entry (0xEE)
// starts at CHS 0/2/0 and LBA 1 and is the only one; at least one partition. With a protective
// MBR, the GPT header (sector 1) gives the partition count. The virtual size is the image's size.
class PartitionProbe final : public FormatProbe
{
public:
    QString name() const override { return QStringLiteral("gpt"); }
    Priority priority() const override { return Priority::PartitionTable; }
    void examineHead(QByteArrayView head, bool atEnd) override;
    bool sizeFromTotal() const override { return true; }
};

} // namespace Skylight
