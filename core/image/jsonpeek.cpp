// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/jsonpeek.h"

#include <cstring>

namespace Skylight::JsonPeek {

namespace {

// Index just past the string that starts at `quote` (a '"'), or -1 if it does not end.
qsizetype skipString(QByteArrayView json, qsizetype quote)
{
    qsizetype i = quote + 1;
    const qsizetype size = json.size();
    while (i < size) {
        const void* found = std::memchr(json.data() + i, '"', size_t(size - i));
        if (!found)
            return -1;
        const qsizetype at = static_cast<const char*>(found) - json.data();
        qsizetype backslashes = 0;
        for (qsizetype b = at - 1; b > quote && json.at(b) == '\\'; --b)
            ++backslashes;
        if (backslashes % 2 == 0)
            return at + 1;
        i = at + 1;
    }
    return -1;
}

qsizetype skipSpace(QByteArrayView json, qsizetype i)
{
    while (i < json.size() &&
           (json.at(i) == ' ' || json.at(i) == '\n' || json.at(i) == '\r' || json.at(i) == '\t'))
        ++i;
    return i;
}

std::optional<QString> unescaped(QByteArrayView body)
{
    if (!body.contains('\\'))
        return QString::fromUtf8(body);
    QByteArray text;
    text.reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) != '\\') {
            text.append(body.at(i));
            continue;
        }
        if (++i >= body.size())
            return std::nullopt;
        const char escaped = body.at(i);
        if (escaped != '"' && escaped != '\\' && escaped != '/')
            return std::nullopt;
        text.append(escaped);
    }
    return QString::fromUtf8(text);
}

} // namespace

std::optional<QString> topLevelString(QByteArrayView json, QByteArrayView key)
{
    qsizetype i = skipSpace(json, 0);
    if (i >= json.size() || json.at(i) != '{')
        return std::nullopt;
    ++i;
    int depth = 1;
    bool expectKey = true; // at depth 1: the next string is a member name
    while (i < json.size()) {
        const char c = json.at(i);
        if (c == '"') {
            const qsizetype end = skipString(json, i);
            if (end < 0)
                return std::nullopt;
            if (depth == 1 && expectKey) {
                const QByteArrayView name = json.sliced(i + 1, end - i - 2);
                qsizetype colon = skipSpace(json, end);
                if (colon >= json.size() || json.at(colon) != ':')
                    return std::nullopt;
                const qsizetype value = skipSpace(json, colon + 1);
                if (name == key) {
                    if (value >= json.size() || json.at(value) != '"')
                        return std::nullopt;
                    const qsizetype valueEnd = skipString(json, value);
                    if (valueEnd < 0)
                        return std::nullopt;
                    return unescaped(json.sliced(value + 1, valueEnd - value - 2));
                }
                expectKey = false;
                i = value;
                continue;
            }
            i = end;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return std::nullopt;
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        }
        ++i;
    }
    return std::nullopt;
}

} // namespace Skylight::JsonPeek
