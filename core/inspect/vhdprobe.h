// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "inspect/formatprobe.h"

namespace Skylight {

// VHD (qemu's "vpc") with its footer copy at the start ("conectix"): the virtual size as qemu
// computes it (the CHS geometry, or the footer's current size for the creators that mean it). A
// differencing disk names a parent: unsafe. (A fixed VHD has its footer only at the end: qemu, and
// this probe, see raw.)
class VhdProbe final : public FormatProbe
{
public:
    QString name() const override { return QStringLiteral("vhd"); }
    void examineHead(QByteArrayView head, bool atEnd) override;
};

} // namespace Skylight
