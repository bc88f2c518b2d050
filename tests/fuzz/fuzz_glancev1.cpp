// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// Image API v1: the x-image-meta-* headers of HEAD /v1/images/{id} and the JSON of
// GET /v1/images/detail. Input: '0' + "Name: value" header lines (CRLF or LF), or '1' + a list body.
#include "adapters/glancev1parser.h"
#include "fuzz/fuzzsupport.h"

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::initialize();
    const Fuzz::Choice input = Fuzz::choose(data, size);
    const QUrl self(u"http://glance.example.com:9292/v1/images/x"_s);
    if ((input.selector & 1u) == 0) {
        const RawHeaderList headers = Fuzz::headerLines(input.rest);
        for (const auto& [name, value] : headers)
            GlanceV1::headerText(value);
        const auto record = GlanceV1::parseHeaders(HttpResponse{200, self, headers, {}}, self);
        if (record)
            Fuzz::use(*record);
    } else {
        const auto page =
            GlanceV1::parseList(HttpResponse{200,
                                             QUrl(u"http://glance.example.com:9292/v1/images/detail"_s),
                                             {{"Content-Type", "application/json"}},
                                             input.rest});
        if (page)
            Fuzz::use(*page);
    }
    return 0;
}
