// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "net/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Skylight {

// What GET /v2/info/import says (Image API v2.6 and later): the import methods the cloud takes
// (glance-direct, web-download, copy-image, glance-download...).
struct ImportInfo
{
    static constexpr qsizetype kMaxMethods = 64;

    QString description;
    QStringList methods;

    // {"import-methods": {"description": ..., "type": "array", "value": [...]}}: a BadPayload
    // error without it; methods that are not strings are left out, at most kMaxMethods kept.
    static Result<ImportInfo> fromJson(const QJsonObject& payload);
};

} // namespace Skylight
