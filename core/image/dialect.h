// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <optional>

namespace Skylight {

enum class Dialect
{
    Auto,
    GlanceV2,
    GlanceV1,
    Compute,
    Rackspace,
    HuaweiEcs
};

// The CLI and settings spelling: auto | glance-v2 | glance-v1 | compute | rackspace | huawei-ecs
QString dialectName(Dialect dialect);
std::optional<Dialect> dialectFromName(const QString& name);

} // namespace Skylight
