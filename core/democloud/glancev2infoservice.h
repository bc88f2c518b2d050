// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "democloud/demohttp.h"

#include <optional>

namespace Skylight {

class DemoCatalog;

// What the demo's Image API v2 says of itself (issue 18), as Glance does: GET /v2/info/stores
// (two stores, "fast" the default and "cold", and any other store an image of the catalog names),
// /v2/info/stores/detail (403: the demo user is no administrator), /v2/info/import,
// /v2/info/usage (limits, the demo project's images counted), /v2/images/{id}/tasks (a copy in
// progress, an import that succeeded and a copy that failed for the cirros image; none for the
// others), /v2/schemas/image (a realistic part of Glance's), and /v2/metadefs/namespaces with two
// namespaces that title hw_* and os_* properties.
class GlanceV2InfoService
{
public:
    explicit GlanceV2InfoService(const DemoCatalog& catalog);

    // The image whose tasks the demo shows (cirros-0.3.2-x86_64-disk).
    static QString taskImageId();

    // Nothing when `path` is not one of these (GlanceV2Service answers it).
    std::optional<DemoResponse> handle(const DemoRequest& request, const QString& path) const;

private:
    DemoResponse stores() const;
    DemoResponse usage() const;
    DemoResponse tasks(const QString& imageId) const;
    DemoResponse metadefNamespace(const DemoRequest& request, const QString& name) const;

    const DemoCatalog& m_catalog;
};

} // namespace Skylight
