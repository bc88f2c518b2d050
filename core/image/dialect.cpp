// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/dialect.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
const std::array<std::pair<Dialect, QStringView>, 6> kNames{{
    {Dialect::Auto, u"auto"},
    {Dialect::GlanceV2, u"glance-v2"},
    {Dialect::GlanceV1, u"glance-v1"},
    {Dialect::Compute, u"compute"},
    {Dialect::Rackspace, u"rackspace"},
    {Dialect::HuaweiEcs, u"huawei-ecs"},
}};
} // namespace

QString dialectName(Dialect dialect)
{
    for (const auto& [value, name] : kNames) {
        if (value == dialect)
            return name.toString();
    }
    return u"auto"_s;
}

std::optional<Dialect> dialectFromName(const QString& name)
{
    for (const auto& [value, spelling] : kNames) {
        if (spelling == name)
            return value;
    }
    return std::nullopt;
}

} // namespace Skylight
