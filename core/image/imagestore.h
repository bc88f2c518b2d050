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

// One backend store of an Image API v2 (GET /v2/info/stores, /v2/info/stores/detail).
struct ImageStore
{
    QString id;
    QString description;
    bool isDefault = false;
    bool readOnly = false;
    std::optional<QString> type;  // the detail call's (administrators only)
    QJsonObject properties;       // the detail call's, bounded in depth
    std::optional<qint64> weight; // the detail call's (2023.2 and later): which store is read first

    // The store as the API names its keys: id, description, default, read-only (type, properties, weight).
    QJsonObject toJson() const;
};

// The stores a cloud offers; entries that cannot be read are left out and counted.
struct ImageStoreList
{
    static constexpr qsizetype kMaxStores = 256;
    static constexpr qsizetype kMaxText = 1024;

    QList<ImageStore> stores;
    SkippedEntries skipped;
    bool detailed = false; // read from /v2/info/stores/detail

    // {"stores": [...]}: a BadPayload error when there is no such array.
    static Result<ImageStoreList> fromJson(const QJsonObject& payload);
    const ImageStore* find(const QString& id) const;
    // "fast (default), cold (read-only)"
    QString summary() const;
};

} // namespace Skylight
