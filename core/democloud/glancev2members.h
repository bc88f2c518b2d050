// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "democloud/demohttp.h"

namespace Skylight {

class DemoCatalog;

// The demo cloud's image members, as Glance has them, for the demo project (DemoCatalog::projectId()):
//   GET /v2/images/{id}/members              every member of its own shared image, its own
//                                            membership of another project's
//   GET /v2/images/{id}/members/{member_id}  one of those
//   PUT /v2/images/{id}/members/{member_id}  {"status": "accepted"|"rejected"|"pending"}: its own
//                                            membership only (the owner is refused, 403)
// An image that is not shared answers 403 "Only shared images have members."; one shared with
// other projects only, 404. The change is kept in the catalog: the listings follow it.
class GlanceV2Members
{
public:
    explicit GlanceV2Members(DemoCatalog& catalog);

    // Whether `path` (relative to the service root) is a member path.
    static bool handles(const QString& path);
    DemoResponse handle(const DemoRequest& request, const QString& path);

private:
    DemoCatalog& m_catalog;
};

} // namespace Skylight
