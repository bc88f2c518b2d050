// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/glancev1adapter.h"

#include "adapters/glancev1parser.h"
#include "adapters/glancev2parser.h"
#include "net/originlink.h"

#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

GlanceV1Adapter::GlanceV1Adapter(QNetworkAccessManager* nam, ServiceEndpoint endpoint,
                                 TransportOptions options, QObject* parent)
    : HttpImageAdapter(nam, std::move(endpoint), std::move(options), parent)
    , m_root(GlanceV2::serviceRoot(serviceEndpoint().url))
{}

QUrl GlanceV1Adapter::listUrl(const PageRequest& request) const
{
    if (!request.next.isEmpty())
        return onOrigin(request.next, m_root);
    QUrl url = m_root;
    url.setPath(m_root.path() + u"/v1/images/detail"_s);
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(request.limit > 0 ? request.limit : kDefaultPageSize));
    if (!request.marker.isEmpty())
        query.addQueryItem(u"marker"_s, request.marker);
    addLegacySort(query, request.sort);
    for (const auto& [key, value] : request.filters) {
        if (key == u"visibility"_s && (value == u"public"_s || value == u"private"_s))
            query.addQueryItem(u"is_public"_s, value == u"public"_s ? u"true"_s : u"false"_s);
        else
            query.addQueryItem(key, value);
    }
    url.setQuery(query);
    return url;
}

QUrl GlanceV1Adapter::showUrl(const QString& imageId) const
{
    return imageUrl(m_root, u"/v1/images/"_s, imageId);
}

ImageListJob* GlanceV1Adapter::list(const PageRequest& request)
{
    const QUrl url = listUrl(request);
    return startList(url, {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}},
                     [url](const HttpResponse& response) -> Result<ImagePage> {
                         auto page = GlanceV1::parseList(response);
                         if (!page)
                             return page;
                         // No next link in v1: a full page (entries left out count) may be
                         // followed by another, from the last image listed on it.
                         QUrlQuery query(url);
                         const int limit = query.queryItemValue(u"limit"_s).toInt();
                         if (limit > 0 && !page->images.isEmpty() &&
                             page->images.size() + page->skipped.count >= limit) {
                             query.removeAllQueryItems(u"marker"_s);
                             query.addQueryItem(u"marker"_s, page->images.last().id);
                             QUrl next = url;
                             next.setQuery(query);
                             page->next = next;
                         }
                         return page;
                     });
}

ImageShowJob* GlanceV1Adapter::show(const QString& imageId)
{
    const QUrl url = showUrl(imageId);
    // HEAD, never GET: a GET would send the whole image.
    return startShow(
        imageId, url, {},
        [url](const HttpResponse& response) { return GlanceV1::parseHeaders(response, url); },
        QByteArrayLiteral("HEAD"));
}

Result<FileLocation> GlanceV1Adapter::fileLocation(const ImageRecord& record) const
{
    return FileLocation{showUrl(record.id), serviceEndpoint().token,
                        u"Image API v1: the body of GET /v1/images/{id}"_s};
}

} // namespace Skylight
