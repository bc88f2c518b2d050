// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "identity/servicecatalog.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

ServiceCatalog ServiceCatalog::fromV3(const QJsonArray& catalog)
{
    ServiceCatalog result;
    for (const QJsonValue& value : catalog) {
        const QJsonObject service = value.toObject();
        CatalogService entry{service.value(u"type"_s).toString(), service.value(u"name"_s).toString(), {}};
        const QJsonArray endpoints = service.value(u"endpoints"_s).toArray();
        for (const QJsonValue& endpoint : endpoints) {
            const QJsonObject e = endpoint.toObject();
            const QString region = e.value(u"region_id"_s).toString(e.value(u"region"_s).toString());
            entry.endpoints.append(
                {e.value(u"interface"_s).toString(), region, QUrl(e.value(u"url"_s).toString())});
        }
        result.m_services.append(entry);
    }
    return result;
}

ServiceCatalog ServiceCatalog::fromV2(const QJsonArray& serviceCatalog)
{
    ServiceCatalog result;
    for (const QJsonValue& value : serviceCatalog) {
        const QJsonObject service = value.toObject();
        CatalogService entry{service.value(u"type"_s).toString(), service.value(u"name"_s).toString(), {}};
        const QJsonArray endpoints = service.value(u"endpoints"_s).toArray();
        for (const QJsonValue& endpoint : endpoints) {
            const QJsonObject e = endpoint.toObject();
            const QString region = e.value(u"region"_s).toString();
            for (const auto& [interface, key] :
                 {std::pair{u"public"_s, u"publicURL"_s}, std::pair{u"internal"_s, u"internalURL"_s},
                  std::pair{u"admin"_s, u"adminURL"_s}}) {
                if (e.contains(key))
                    entry.endpoints.append({interface, region, QUrl(e.value(key).toString())});
            }
        }
        result.m_services.append(entry);
    }
    return result;
}

std::optional<QUrl> ServiceCatalog::endpoint(const QString& type, const QString& interface,
                                             const QString& region) const
{
    for (const CatalogService& service : m_services) {
        if (service.type != type)
            continue;
        for (const CatalogEndpoint& endpoint : service.endpoints) {
            const bool regionMatches =
                region.isEmpty() || endpoint.region.isEmpty() || endpoint.region == region;
            if (endpoint.interface == interface && regionMatches && endpoint.url.isValid())
                return endpoint.url;
        }
    }
    return std::nullopt;
}

QStringList ServiceCatalog::regions(const QString& type) const
{
    QStringList regions;
    for (const CatalogService& service : m_services) {
        if (service.type != type)
            continue;
        for (const CatalogEndpoint& endpoint : service.endpoints) {
            if (!endpoint.region.isEmpty() && !regions.contains(endpoint.region))
                regions.append(endpoint.region);
        }
    }
    return regions;
}

} // namespace Skylight
