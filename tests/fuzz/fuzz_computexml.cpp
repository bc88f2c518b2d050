// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// The Compute API's older XML (<image xmlns="http://docs.openstack.org/compute/api/v1.1">,
// <images> with <atom:link rel="next">), through the same entry points as JSON, as the adapter
// calls them. Input: '0' + a show body, or '1' + a list body.
#include "adapters/computeparser.h"
#include "fuzz/fuzzsupport.h"

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::initialize();
    const Fuzz::Choice input = Fuzz::choose(data, size);
    const HttpResponse response{200,
                                QUrl(u"http://nova.example.com:8774/v2/images/detail"_s),
                                {{"Content-Type", "application/xml"}},
                                input.rest};
    if (!Compute::isXml(response))
        Fuzz::fail("an application/xml response not taken for XML");
    if ((input.selector & 1u) == 0) {
        const auto record = Compute::parseShow(response, Dialect::Compute);
        if (record)
            Fuzz::use(*record);
    } else {
        const auto page = Compute::parseList(response, Dialect::Compute);
        if (page)
            Fuzz::use(*page);
    }
    return 0;
}
