// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "democloud/demohttp.h"

namespace Skylight {

class DemoCatalog;

// The demo cloud's Image API v1: GET /v1/images/detail (limit, marker, sort_key/sort_dir,
// filters, no next link), HEAD /v1/images/{id} (details as x-image-meta-* headers, custom
// properties as x-image-meta-property-*), GET /v1/images/{id} (the same headers and the bytes).
class GlanceV1Service
{
public:
    explicit GlanceV1Service(const DemoCatalog& catalog);

    DemoResponse handle(const DemoRequest& request, const QString& path) const;

private:
    DemoResponse list(const DemoRequest& request) const;
    DemoResponse image(const DemoRequest& request, const QString& id) const;

    const DemoCatalog& m_catalog;
};

} // namespace Skylight
