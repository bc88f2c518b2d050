// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/imagerecord.h"

namespace Skylight {

std::optional<ImageLink> ImageRecord::link(const QString& rel) const
{
    for (const ImageLink& candidate : links) {
        if (candidate.rel == rel)
            return candidate;
    }
    return std::nullopt;
}

} // namespace Skylight
