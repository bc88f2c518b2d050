// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <optional>

namespace Skylight {

struct ImageLink
{
    QString rel;                 // self, bookmark, alternate, file, describedby...
    QString href;                // absolute where the dialect allows resolving it
    std::optional<QString> type; // media type, when the server names one

    friend bool operator==(const ImageLink&, const ImageLink&) = default;
};

} // namespace Skylight
