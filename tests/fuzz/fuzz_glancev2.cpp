// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// Image API v2 JSON: GET /v2/images/{id} (show) and GET /v2/images (list).
// Input: '0' + a show body, or '1' + a list body (any other first byte: its lowest bit decides).
#include "adapters/glancev2parser.h"
#include "fuzz/fuzzsupport.h"

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::initialize();
    const Fuzz::Choice input = Fuzz::choose(data, size);
    const QUrl root(u"http://glance.example.com:9292"_s);
    const HttpResponse response{200,
                                QUrl(u"http://glance.example.com:9292/v2/images"_s),
                                {{"Content-Type", "application/json"}},
                                input.rest};
    if ((input.selector & 1u) == 0) {
        const auto record = GlanceV2::parseShow(response, root);
        if (record) {
            if (record->id.isEmpty())
                Fuzz::fail("a shown image without an id");
            Fuzz::use(*record);
        }
    } else {
        const auto page = GlanceV2::parseList(response, root);
        if (page)
            Fuzz::use(*page);
    }
    return 0;
}
