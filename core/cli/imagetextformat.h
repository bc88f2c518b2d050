// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagerecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Skylight {

// Plain-text renderings for terminals: a listing table and a field/value table.
QString formatImageTable(const QList<ImageRecord>& records);
// The listing table's column titles, and one image's cells (as the server sent them: not yet
// made terminal-safe).
QStringList imageTableHeader();
QStringList imageTableRow(const ImageRecord& record);
// `dialectNote` is appended to the dialect row, e.g. "(detected)".
QString formatImageDetails(const ImageRecord& record, const QString& dialectNote = QString());
// A table of any cells (from the server: escaped for terminals), columns sized to fit.
QString formatTextTable(const QStringList& header, const QList<QStringList>& rows);

} // namespace Skylight
