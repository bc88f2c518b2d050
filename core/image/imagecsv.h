#pragma once

#include "image/imagerecord.h"

#include <QByteArray>
#include <QList>

namespace Skylight {

// The images as CSV (RFC 4180, UTF-8, CRLF): a header row of the contract keys (see
// imagerecordjson.h), then one row per image. Absent values are empty cells; tags are joined
// with ';'; links and properties are compact JSON. Cells a spreadsheet would run as a formula
// (starting with = + - @) are prefixed with a quote.
QByteArray toCsv(const QList<ImageRecord>& records);

} // namespace Skylight
