// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// Compute API images as JSON ({"image": {...}}, {"images": [...]}), as OpenStack Compute, Rackspace
// and Huawei ECS send them. Input: a digit + the body; digit % 2: 0 show, 1 list; digit / 2 % 3: the
// dialect (0 compute, 1 rackspace, 2 huawei-ecs).
#include "adapters/computeparser.h"
#include "fuzz/fuzzsupport.h"

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::initialize();
    const Fuzz::Choice input = Fuzz::choose(data, size);
    static constexpr Dialect kDialects[] = {Dialect::Compute, Dialect::Rackspace, Dialect::HuaweiEcs};
    const Dialect dialect = kDialects[(input.selector / 2) % 3];
    const HttpResponse response{200,
                                QUrl(u"http://nova.example.com:8774/v2.1/images/detail"_s),
                                {{"Content-Type", "application/json"}},
                                input.rest};
    if ((input.selector & 1u) == 0) {
        const auto record = Compute::parseShow(response, dialect);
        if (record)
            Fuzz::use(*record);
    } else {
        const auto page = Compute::parseList(response, dialect);
        if (page)
            Fuzz::use(*page);
    }
    return 0;
}
