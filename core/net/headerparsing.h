// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QUrl>
#include <optional>

namespace Skylight::HeaderParsing {

// Pure readers of the response headers whose values Skylight acts on. Every value is the
// server's and may be anything: each reader accepts only the exact grammar (RFC 9110), never
// wraps a number around, and says nullopt for whatever else. Fuzzed (tests/fuzz/fuzz_headers).

// Longest value any reader looks at; a longer one is refused unread.
inline constexpr qsizetype kMaxValueBytes = 8 * 1024;

// Content-Length: 1*DIGIT, or a list of identical ones ("5, 5": a header sent twice, as Qt
// joins it). nullopt: not a size (negative, garbage, more than a qint64 holds, differing values).
std::optional<qint64> contentLength(QByteArrayView value);

// Content-Range of a 206 or 416: "bytes FIRST-LAST/COMPLETE", "bytes FIRST-LAST/*" or
// "bytes */COMPLETE" (unsatisfied). nullopt for anything else, FIRST > LAST, or LAST >= COMPLETE.
struct ContentRange
{
    qint64 first = -1; // -1 and -1: unsatisfied ("bytes */N")
    qint64 last = -1;
    qint64 complete = -1; // -1: unknown ("/*")
    bool unsatisfied() const { return first < 0; }
};
std::optional<ContentRange> contentRange(QByteArrayView value);

// Retry-After: delay-seconds, or an HTTP date (IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT")
// counted from `now` (a date in the past: 0). A number of seconds too large to hold: INT_MAX
// ("much later"). nullopt: neither.
std::optional<int> retryAfterSeconds(QByteArrayView value, const QDateTime& now);

// Location, absolute or relative (RFC 9110 allows both: "/v2/images?marker=x", "../file"),
// resolved against `base`, the URL that was asked. nullopt: empty, not a URL, or with characters
// no URL has (spaces, controls). The scheme and origin are the caller's to judge.
std::optional<QUrl> location(QByteArrayView value, const QUrl& base);

} // namespace Skylight::HeaderParsing
