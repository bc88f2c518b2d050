// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagepage.h"
#include "net/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Skylight {

// One task of an image (GET /v2/images/{id}/tasks, Image API v2.12 and later): an import or a
// copy to other stores, with its progress ("Copied 15 MiB") in `message`.
struct ImageTask
{
    QString id;
    QString type;   // "api_image_import"
    QString status; // pending, processing, success, failure
    std::optional<QString> message;
    std::optional<QString> owner;
    std::optional<QString> imageId;
    std::optional<QString> requestId; // "request-id"
    std::optional<QString> user;      // "user"
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> updatedAt;
    std::optional<QDateTime> expiresAt;
    // Read from `input`: the import method (input.import_req.method.name) and the stores it
    // imports or copies to (input.backend, else input.import_req.stores).
    QString method;
    QStringList stores;
    // The entry as sent (depth-bounded, long strings cut): its keys as the API names them.
    QJsonObject raw;
};

struct ImageTaskList
{
    static constexpr qsizetype kMaxTasks = 500;
    static constexpr qsizetype kMaxText = 4096;

    QList<ImageTask> tasks;
    SkippedEntries skipped;

    // {"tasks": [...]}: a BadPayload error when there is no such array. An entry that is not an
    // object, has no usable id or repeats one is skipped with a reason.
    static Result<ImageTaskList> fromJson(const QJsonObject& payload);
};

} // namespace Skylight
