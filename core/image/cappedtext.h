// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QJsonValue>
#include <QString>
#include <optional>

namespace Skylight {

// A string field of a server's answer, cut to `maxChars` (with "…") so that a hostile server
// cannot make one field cost megabytes in every table; nothing for a value that is not a string.
inline std::optional<QString> cappedText(const QJsonValue& value, qsizetype maxChars)
{
    if (!value.isString())
        return std::nullopt;
    QString text = value.toString();
    if (text.size() > maxChars) {
        text.truncate(maxChars);
        text.append(QChar(0x2026));
    }
    return text;
}

} // namespace Skylight
