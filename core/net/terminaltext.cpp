// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "net/terminaltext.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
bool reorders(char16_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}
} // namespace

QString terminalSafe(const QString& text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F))
            safe += u"\\x%1"_s.arg(static_cast<int>(u), 2, 16, QLatin1Char('0'));
        else if (reorders(u))
            safe += u"\\u%1"_s.arg(static_cast<int>(u), 4, 16, QLatin1Char('0'));
        else
            safe += c;
    }
    return safe;
}

QByteArray terminalSafeJson(const QByteArray& json)
{
    const QString text = QString::fromUtf8(json);
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // Outside strings JSON has only ASCII: every one of these is inside a string.
        if (u == 0x7F || (u >= 0x80 && u <= 0x9F) || reorders(u))
            safe += u"\\u%1"_s.arg(static_cast<int>(u), 4, 16, QLatin1Char('0'));
        else
            safe += c;
    }
    return safe.toUtf8();
}

} // namespace Skylight
