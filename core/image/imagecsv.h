// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagerecord.h"

#include <QByteArray>
#include <QList>

namespace Skylight {

struct CsvOptions
{
    // Starts with the UTF-8 byte order mark: spreadsheet programs then read the text as UTF-8
    // (without it some take it for the local 8-bit code page).
    bool byteOrderMark = false;
};

// The images as CSV (RFC 4180, UTF-8, CRLF): a header row of the contract keys (see
// imagerecordjson.h), then one row per image. An absent value (null) is an empty cell, an empty
// text is a quoted empty cell ("") - the convention of PostgreSQL's COPY and of Python's csv
// readers that tell them apart; tags are joined with ';'; links and properties are compact JSON.
// Cells a spreadsheet would run as a formula (starting with = + - @) are prefixed with a quote.
QByteArray toCsv(const QList<ImageRecord>& records, CsvOptions options = {});

} // namespace Skylight
