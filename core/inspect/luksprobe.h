// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "inspect/formatprobe.h"

namespace Skylight {

// LUKS: version 1 (what qemu opens); the virtual size is what follows the payload offset, so it is
// known with the stream's size. Another version is unsafe.
class LuksProbe final : public FormatProbe
{
public:
    QString name() const override { return QStringLiteral("luks"); }
    void examineHead(QByteArrayView head, bool atEnd) override;
    bool sizeFromTotal() const override { return true; }
    std::optional<qint64> virtualSizeFor(qint64 totalSize) const override;

private:
    qint64 m_payloadOffset = -1;
};

} // namespace Skylight
