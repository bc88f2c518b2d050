// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "inspect/formatprobe.h"

namespace Skylight {

// VirtualBox VDI: the signature at 0x40, the disk size at 0x170. Undo and differencing images
// need a parent: unsafe (qemu opens only dynamic and static ones).
class VdiProbe final : public FormatProbe
{
public:
    QString name() const override { return QStringLiteral("vdi"); }
    void examineHead(QByteArrayView head, bool atEnd) override;
};

} // namespace Skylight
