// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "inspect/formatprobe.h"

namespace Skylight {

// ISO 9660 and UDF: the volume descriptors from sector 16 (32 KiB) on, 2048 bytes each, until the
// UDF sequence ends or a sector is no descriptor. A disc image is booted as it is: its virtual size
// is its size (the volume's own size is in the details).
class IsoProbe final : public FormatProbe
{
public:
    QString name() const override { return QStringLiteral("iso"); }
    Priority priority() const override { return Priority::Filesystem; }
    void examineHead(QByteArrayView head, bool atEnd) override;
    bool sizeFromTotal() const override { return true; }
};

} // namespace Skylight
