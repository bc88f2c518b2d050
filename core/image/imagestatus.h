// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <optional>

namespace Skylight {

// Whether an image's status says it is still changing on the server: Glance's queued, saving,
// importing, uploading and pending_delete (Compute's and Huawei's SAVING and QUEUED arrive lower
// case, as every status in an ImageRecord). Active, killed, deactivated, deleted, error and
// unknown statuses have settled.
bool isChangingStatus(const std::optional<QString>& status);
bool isChangingStatus(QStringView status);

} // namespace Skylight
