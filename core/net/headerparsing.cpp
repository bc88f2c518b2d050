// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "net/headerparsing.h"

#include <QTimeZone>
#include <algorithm>
#include <array>
#include <climits>
#include <limits>

namespace Skylight::HeaderParsing {

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

QByteArrayView trimmedOws(QByteArrayView value)
{
    while (!value.isEmpty() && (value.front() == ' ' || value.front() == '\t'))
        value = value.sliced(1);
    while (!value.isEmpty() && (value.back() == ' ' || value.back() == '\t'))
        value.chop(1);
    return value;
}

// 1*DIGIT into a qint64; nullopt for an empty, non-digit or too large value.
std::optional<qint64> digits(QByteArrayView text)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 result = 0;
    for (const char c : text) {
        if (!isDigit(c))
            return std::nullopt;
        const int digit = c - '0';
        if (result > (std::numeric_limits<qint64>::max() - digit) / 10)
            return std::nullopt;
        result = result * 10 + digit;
    }
    return result;
}

// IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT" (the form RFC 9110 says a sender generates).
std::optional<QDateTime> imfFixdate(QByteArrayView text)
{
    static constexpr std::array<const char*, 7> days{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr std::array<const char*, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    // 0         1         2
    // 01234567890123456789012345678
    // Sun, 06 Nov 1994 08:49:37 GMT
    if (text.size() != 29 || text.sliced(3, 2) != ", " || text[7] != ' ' || text[11] != ' ' ||
        text[16] != ' ' || text[19] != ':' || text[22] != ':' || text.sliced(25) != " GMT")
        return std::nullopt;
    bool dayKnown = false;
    for (const char* day : days)
        dayKnown = dayKnown || text.first(3) == QByteArrayView(day);
    int month = 0;
    for (int i = 0; i < 12; ++i)
        if (text.sliced(8, 3) == QByteArrayView(months[static_cast<size_t>(i)]))
            month = i + 1;
    const auto number = [&](qsizetype at, qsizetype length) -> int {
        const auto value = digits(text.sliced(at, length));
        return value ? static_cast<int>(*value) : -1;
    };
    const int day = number(5, 2), year = number(12, 4), hour = number(17, 2), minute = number(20, 2),
              second = number(23, 2);
    if (!dayKnown || month == 0 || day < 0 || year < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}
} // namespace

std::optional<qint64> contentLength(QByteArrayView value)
{
    if (value.size() > kMaxValueBytes)
        return std::nullopt;
    std::optional<qint64> result;
    // "5, 5": the same header twice. Any difference makes the size unknowable (RFC 9112 6.3).
    for (QByteArrayView rest = value;;) {
        const qsizetype comma = rest.indexOf(',');
        const auto one = digits(trimmedOws(comma < 0 ? rest : rest.first(comma)));
        if (!one || (result && *result != *one))
            return std::nullopt;
        result = one;
        if (comma < 0)
            return result;
        rest = rest.sliced(comma + 1);
    }
}

std::optional<ContentRange> contentRange(QByteArrayView value)
{
    value = trimmedOws(value);
    if (value.size() > kMaxValueBytes || !value.startsWith("bytes "))
        return std::nullopt;
    value = trimmedOws(value.sliced(6));
    const qsizetype slash = value.indexOf('/');
    if (slash < 0)
        return std::nullopt;
    const QByteArrayView range = value.first(slash);
    const QByteArrayView completeText = value.sliced(slash + 1);
    ContentRange result;
    if (completeText != "*") {
        const auto complete = digits(completeText);
        if (!complete)
            return std::nullopt;
        result.complete = *complete;
    }
    if (range == "*")
        return result.complete >= 0 ? std::optional(result) : std::nullopt; // "bytes */*" says nothing
    const qsizetype dash = range.indexOf('-');
    if (dash < 0)
        return std::nullopt;
    const auto first = digits(range.first(dash));
    const auto last = digits(range.sliced(dash + 1));
    if (!first || !last || *first > *last || (result.complete >= 0 && *last >= result.complete))
        return std::nullopt;
    result.first = *first;
    result.last = *last;
    return result;
}

std::optional<int> retryAfterSeconds(QByteArrayView value, const QDateTime& now)
{
    value = trimmedOws(value);
    if (value.isEmpty() || value.size() > kMaxValueBytes)
        return std::nullopt;
    if (std::all_of(value.begin(), value.end(), isDigit)) {
        const auto seconds = digits(value);
        if (!seconds || *seconds > INT_MAX)
            return INT_MAX; // more seconds than a number holds: "much later"
        return static_cast<int>(*seconds);
    }
    const auto when = imfFixdate(value);
    if (!when || !now.isValid())
        return std::nullopt;
    const qint64 seconds = now.secsTo(*when);
    return static_cast<int>(std::clamp<qint64>(seconds, 0, INT_MAX));
}

std::optional<QUrl> location(QByteArrayView value, const QUrl& base)
{
    value = trimmedOws(value);
    if (value.isEmpty() || value.size() > kMaxValueBytes)
        return std::nullopt;
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte == 0x7f)
            return std::nullopt;
    }
    const QUrl reference = QUrl::fromEncoded(value.toByteArray(), QUrl::StrictMode);
    if (!reference.isValid())
        return std::nullopt;
    const QUrl target = base.resolved(reference);
    if (!target.isValid() || target.isRelative())
        return std::nullopt;
    const QString scheme = target.scheme();
    if ((scheme == QLatin1String("http") || scheme == QLatin1String("https")) && target.host().isEmpty())
        return std::nullopt;
    return target;
}

} // namespace Skylight::HeaderParsing
