// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace Skylight::JsonPeek {

// The string value of `key` among the top-level members of the JSON object in `json`, found by
// scanning (no document is built: about a millisecond for a megabyte). Members of nested objects
// and arrays are skipped. Returns nothing when the key is absent, its value is not a string, the
// string holds an escape other than \" \\ \/, or the text is not a JSON object; a caller then
// waits for the full parse.
std::optional<QString> topLevelString(QByteArrayView json, QByteArrayView key);

} // namespace Skylight::JsonPeek
