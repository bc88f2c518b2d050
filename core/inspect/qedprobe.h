// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "inspect/formatprobe.h"

namespace Skylight {

// QED (qemu's enhanced disk): recognised, sized, and always unsafe (OpenStack refuses it; it may
// name a backing file, shown in the details).
class QedProbe final : public FormatProbe
{
public:
    QString name() const override { return QStringLiteral("qed"); }
    void examineHead(QByteArrayView head, bool atEnd) override;
};

} // namespace Skylight
