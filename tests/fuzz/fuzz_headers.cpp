// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// The response headers Skylight acts on (HeaderParsing): Content-Length, Content-Range, Retry-After
// and Location. Input: the first byte chooses the header ('0' Content-Length, '1' Content-Range,
// '2' Retry-After, '3' Location), the rest is its value (any bytes). Checked: what each reader
// promises (a size is never negative; a range is ordered and inside its complete length; a wait
// is never negative; a Location is an absolute URL with a host when http or https).
#include "fuzz/fuzzsupport.h"
#include "net/headerparsing.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::initialize();
    const Fuzz::Choice input = Fuzz::choose(data, size);
    switch (input.selector % 4) {
    case 0:
        if (const auto length = HeaderParsing::contentLength(input.rest); length && *length < 0)
            Fuzz::fail("a negative Content-Length");
        break;
    case 1:
        if (const auto range = HeaderParsing::contentRange(input.rest)) {
            if (range->unsatisfied() ? range->complete < 0 || range->last != -1
                                     : range->first > range->last || range->first < 0 ||
                                           (range->complete >= 0 && range->last >= range->complete))
                Fuzz::fail("a Content-Range out of order or past its end");
        }
        break;
    case 2: {
        static const QDateTime now(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
        if (const auto wait = HeaderParsing::retryAfterSeconds(input.rest, now); wait && *wait < 0)
            Fuzz::fail("a negative Retry-After");
        break;
    }
    default: {
        static const QUrl base(u"https://cloud.example:9292/v2/images/abc"_s);
        if (const auto url = HeaderParsing::location(input.rest, base)) {
            if (!url->isValid() || url->isRelative())
                Fuzz::fail("a Location that is not an absolute URL");
            if ((url->scheme() == u"http"_s || url->scheme() == u"https"_s) && url->host().isEmpty())
                Fuzz::fail("an http Location without a host");
            (void)url->toEncoded();
        }
        break;
    }
    }
    return 0;
}
