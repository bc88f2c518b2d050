// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace Skylight {

struct CatalogEndpoint
{
    QString interface; // public, internal, admin
    QString region;
    QUrl url;
};

struct CatalogService
{
    QString type; // image, compute, identity...
    QString name;
    QList<CatalogEndpoint> endpoints;
};

// The service catalog of a token (Keystone v3 `token.catalog`, v2.0 `access.serviceCatalog`).
class ServiceCatalog
{
public:
    static ServiceCatalog fromV3(const QJsonArray& catalog);
    static ServiceCatalog fromV2(const QJsonArray& serviceCatalog);

    // The endpoint of the first service of `type` for this interface and region (any region when
    // `region` is empty; a region-less endpoint also matches any region).
    std::optional<QUrl> endpoint(const QString& type, const QString& interface, const QString& region) const;
    const QList<CatalogService>& services() const { return m_services; }
    QStringList regions(const QString& type) const;

private:
    QList<CatalogService> m_services;
};

} // namespace Skylight
