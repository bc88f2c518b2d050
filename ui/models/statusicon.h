// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QIcon>
#include <QString>
#include <optional>

namespace Skylight {

// The icon beside an image's status, from the SVGs in resources/icons/status: active, busy
// (queued, saving, uploading, importing), deactivated, error (killed, error), deleted (deleted,
// pending_delete), unknown. Case-insensitive, so Compute's ACTIVE and Glance's active agree.
// On a selected row the glyph stands out from the highlight (StatusIconEngine).
QIcon statusIcon(const std::optional<QString>& status);

} // namespace Skylight
