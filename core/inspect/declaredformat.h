// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

namespace Skylight {

// Whether content of the `detected` format may be declared as `declared` (an image's disk_format),
// with Glance's rules: a partitioned disk (gpt, also an MBR) counts as raw, so declared raw or gpt
// matches it; an iso/gpt hybrid is an iso; a richer format declared raw, or any other difference,
// is a mismatch. ami, ari and aki are raw data. Case does not matter.
bool declaredFormatMatches(const QString& declared, const QString& detected);

} // namespace Skylight
