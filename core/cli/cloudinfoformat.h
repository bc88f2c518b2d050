// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagestore.h"
#include "image/imagetask.h"
#include "image/imageusage.h"
#include "image/importinfo.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace Skylight {

// What `skylight-cli stores`, `tasks` and `usage` print: tables for people (every cell from the
// server escaped for the terminal) and JSON for scripts, with the keys as the API names them
// ({"stores": [...], "import-methods": [...]}, {"tasks": [...]}, {"usage": {...}}).
namespace CloudInfoFormat {

QString storesTable(const ImageStoreList& stores, const std::optional<ImportInfo>& import);
QByteArray storesJson(const ImageStoreList& stores, const std::optional<ImportInfo>& import);

// `importState`: the image's os_glance_importing_to_stores and os_glance_failed_import where it
// has them (Glance sets them while it imports or copies), shown as such after the tasks.
QString tasksTable(const ImageTaskList& tasks, const QJsonObject& importState = {});
QByteArray tasksJson(const ImageTaskList& tasks, const QJsonObject& importState = {});
// The image's os_glance_importing_to_stores and os_glance_failed_import, as it carries them.
QJsonObject importState(const QJsonObject& properties);

// Sizes (Glance counts them in MiB) in IEC units, a limit of -1 as "unlimited".
QString usageTable(const ImageUsage& usage);
QByteArray usageJson(const ImageUsage& usage);
// "Images", "Total size", "Staging area", "Uploading": the quota's name for people.
QString usageLabel(const QString& key);

} // namespace CloudInfoFormat

} // namespace Skylight
