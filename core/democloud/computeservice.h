// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "democloud/demohttp.h"
#include "image/dialect.h"

#include <QUrl>

namespace Skylight {

class DemoCatalog;

// The demo cloud's Compute-family image API, one instance per flavour and mount:
//   compute:    {mount}/v2.1/images[/detail|/{id}], {mount}/v2.1/{project}/..., {mount}/v2/{project}/...
//   rackspace:  {mount}/v2/{tenant}/images...
//   huawei-ecs: {mount}/v2/{project}/images..., {mount}/v2.1/{project}/images...
// Quirks kept from the real services: JSON or XML by Accept (or always XML), absolute
// `images_links` next links, 203 for Rackspace base images, 413 with Retry-After above the page
// limit, 404 from compute microversion 2.36 on, JSON faults ({"itemNotFound": {...}}).
class ComputeService
{
public:
    ComputeService(const DemoCatalog& catalog, Dialect flavour, QUrl mountUrl, QUrl imageService,
                   bool alwaysXml = false);

    DemoResponse handle(const DemoRequest& request, const QString& path) const;

private:
    DemoResponse versions(bool versionedRoot, const QString& version) const;
    DemoResponse list(const DemoRequest& request, const QUrl& base, bool xml) const;
    DemoResponse show(const QString& id, const QUrl& base, bool xml) const;
    static DemoResponse fault(int status, const QString& kind, const QString& message);

    const DemoCatalog& m_catalog;
    Dialect m_flavour;
    QUrl m_mountUrl;
    QUrl m_imageService;
    bool m_alwaysXml;
};

} // namespace Skylight
