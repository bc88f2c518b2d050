// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "democloud/demohttp.h"
#include "democloud/glancev2infoservice.h"

namespace Skylight {

class DemoCatalog;

// The demo cloud's Image API v2, behaving as Glance does: `limit` (default 25, max 1000),
// `marker`, `sort` (and sort_key/sort_dir), filters, `visibility`, `member_status` and `os_hidden`, a
// relative `next` link whenever a page is full (so an exact multiple ends on an empty page), 404 pages in
// HTML, Range on /file.
class GlanceV2Service
{
public:
    explicit GlanceV2Service(const DemoCatalog& catalog);

    // `path` is relative to the service root, e.g. "/v2/images".
    DemoResponse handle(const DemoRequest& request, const QString& path) const;

private:
    DemoResponse versions(const DemoRequest& request) const;
    DemoResponse list(const DemoRequest& request) const;
    DemoResponse show(const QString& id) const;
    DemoResponse file(const DemoRequest& request, const QString& id) const;

    const DemoCatalog& m_catalog;
    GlanceV2InfoService m_info; // stores, import, usage, tasks, schema, metadefs (issue 18)
};

} // namespace Skylight
