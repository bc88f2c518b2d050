// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagepage.h"
#include "net/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace Skylight {

// One quota of GET /v2/info/usage (Glance 2023.1 and later, unified limits): what is used and the
// limit (-1: unlimited).
struct UsageEntry
{
    QString key; // image_size_total, image_count_total, image_stage_total, image_count_uploading
    std::optional<qint64> limit;
    std::optional<qint64> usage;

    bool isUnlimited() const { return limit && *limit < 0; }
    // Whether the numbers are sizes, which Glance counts in MiB (image_size_total and
    // image_stage_total, as its unified limits do).
    bool isMebibytes() const;
};

struct ImageUsage
{
    static constexpr qsizetype kMaxEntries = 64;

    QList<UsageEntry> entries; // the known quotas first, in a fixed order, then the others by name
    SkippedEntries skipped;

    // {"usage": {"image_size_total": {"limit": N, "usage": N}, ...}}: a BadPayload error when there
    // is no "usage" object; a quota that is not an object with numbers is skipped with a reason.
    static Result<ImageUsage> fromJson(const QJsonObject& payload);
    const UsageEntry* find(const QString& key) const;
    // {"image_size_total": {"limit": N, "usage": N}, ...}: the keys as the API names them.
    QJsonObject toJson() const;
};

} // namespace Skylight
