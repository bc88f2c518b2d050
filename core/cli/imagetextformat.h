#pragma once

#include "image/imagerecord.h"

#include <QList>
#include <QString>

namespace Skylight {

// Plain-text renderings for terminals: a listing table and a field/value table.
QString formatImageTable(const QList<ImageRecord>& records);
// `dialectNote` is appended to the dialect row, e.g. "(detected)".
QString formatImageDetails(const ImageRecord& record, const QString& dialectNote = QString());

} // namespace Skylight
