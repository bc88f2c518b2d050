// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/computeadapter.h"

#include "adapters/computeparser.h"
#include "net/originlink.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>
#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
const QRegularExpression& versionAtEnd()
{
    static const QRegularExpression pattern(u"/v[0-9]+(\\.[0-9]+)?$"_s);
    return pattern;
}

// scheme://host:port, the port spelled out: what "the same origin" compares.
QString originOf(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return u"%1://%2:%3"_s.arg(scheme, url.host().toLower()).arg(url.port(scheme == u"https"_s ? 443 : 80));
}

// scheme://host[:port] as the user reads it in an error.
QString originText(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toDisplayString();
}
} // namespace

std::expected<QUrl, QString> ComputeAdapter::baseFor(const ServiceEndpoint& endpoint, Dialect dialect)
{
    QUrl base = endpoint.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    QString path = base.path();
    if (path == u"/"_s)
        path.clear();
    const bool endsAtVersion = versionAtEnd().match(path).hasMatch();
    const QString project = QString::fromLatin1(QUrl::toPercentEncoding(endpoint.projectId));
    if (dialect == Dialect::HuaweiEcs) {
        if (path.isEmpty() || endsAtVersion) {
            if (project.isEmpty()) {
                return std::unexpected(QCoreApplication::translate(
                    "Skylight::ComputeAdapter",
                    "Huawei Cloud ECS paths carry the project: give its id (--project-id, or "
                    "the profile's project)."));
            }
            path += (path.isEmpty() ? u"/v2.1/"_s : u"/"_s) + project;
        }
    } else if (endsAtVersion && !project.isEmpty()) {
        path += u'/' + project;
    }
    base.setPath(path, QUrl::TolerantMode);
    return base;
}

ComputeAdapter::ComputeAdapter(QNetworkAccessManager* nam, ServiceEndpoint endpoint, TransportOptions options,
                               Dialect dialect, QObject* parent)
    : HttpImageAdapter(nam, std::move(endpoint), std::move(options), parent)
    , m_dialect(dialect)
    , m_base(baseFor(serviceEndpoint(), dialect).value_or(serviceEndpoint().url))
{}

RawHeaderList ComputeAdapter::headers() const
{
    RawHeaderList list{{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    if (m_base.path().contains(u"/v2.1"_s)) {
        // The image proxy answers 404 from microversion 2.36 on: stay on the base version.
        list.append({QByteArrayLiteral("X-OpenStack-Nova-API-Version"), QByteArrayLiteral("2.1")});
        list.append({QByteArrayLiteral("OpenStack-API-Version"), QByteArrayLiteral("compute 2.1")});
    }
    return list;
}

QUrl ComputeAdapter::listUrl(const PageRequest& request) const
{
    if (!request.next.isEmpty())
        return onOrigin(request.next, m_base);
    QUrl url = m_base;
    url.setPath(m_base.path() + u"/images/detail"_s, QUrl::TolerantMode);
    QUrlQuery query;
    if (request.limit > 0)
        query.addQueryItem(u"limit"_s, QString::number(request.limit));
    if (!request.marker.isEmpty())
        query.addQueryItem(u"marker"_s, request.marker);
    addLegacySort(query, request.sort);
    for (const auto& [key, value] : request.filters)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url;
}

QUrl ComputeAdapter::showUrl(const QString& imageId) const
{
    return imageUrl(m_base, u"/images/"_s, imageId);
}

ImageListJob* ComputeAdapter::list(const PageRequest& request)
{
    const Dialect dialect = m_dialect;
    const bool stream = request.streamEntries;
    return startList(listUrl(request), headers(), [dialect, stream](const HttpResponse& response) {
        return Compute::parseList(response, dialect, stream);
    });
}

ImageShowJob* ComputeAdapter::show(const QString& imageId)
{
    const Dialect dialect = m_dialect;
    return startShow(imageId, showUrl(imageId), headers(), [dialect](const HttpResponse& response) {
        return Compute::parseShow(response, dialect);
    });
}

QUrl ComputeAdapter::fileUrl(const QUrl& root, const QString& imageId)
{
    QUrl url = imageUrl(root, u"/v2/images/"_s, imageId);
    url.setPath(url.path(QUrl::FullyEncoded) + u"/file"_s, QUrl::StrictMode);
    return url;
}

bool ComputeAdapter::mayCarryToken(const QUrl& url) const
{
    const ServiceEndpoint& endpoint = serviceEndpoint();
    // Never from https to plain http, whoever names the place.
    if (endpoint.url.scheme() == u"https"_s && url.scheme() != u"https"_s)
        return false;
    const QString origin = originOf(url);
    if (origin == originOf(endpoint.url))
        return true;
    return std::any_of(endpoint.catalogImageServices.cbegin(), endpoint.catalogImageServices.cend(),
                       [&origin](const QUrl& service) { return originOf(service) == origin; });
}

Result<FileLocation> ComputeAdapter::fileLocation(const ImageRecord& record) const
{
    const ServiceEndpoint& endpoint = serviceEndpoint();
    // The image service the user named wins: the images' links are not even read.
    if (!endpoint.imageDataEndpoint.isEmpty() && endpoint.url.scheme() == u"https"_s &&
        endpoint.imageDataEndpoint.scheme() != u"https"_s)
        return std::unexpected(ApiError::make(
            ApiError::Kind::Forbidden,
            QCoreApplication::translate(
                "Skylight::ComputeAdapter",
                "Image %1's data would be fetched from %2 over plain http, while this cloud is reached over "
                "https: Skylight does not send your token unencrypted. Give the image service's https "
                "address with --image-endpoint URL or in the cloud's Image service field.")
                .arg(record.id, originText(endpoint.imageDataEndpoint))));
    if (!endpoint.imageDataEndpoint.isEmpty()) {
        QUrl root = endpoint.imageDataEndpoint.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery |
                                                        QUrl::RemoveFragment | QUrl::StripTrailingSlash);
        QString path = root.path();
        path.remove(versionAtEnd());
        root.setPath(path, QUrl::TolerantMode);
        return FileLocation{fileUrl(root, record.id), endpoint.token,
                            u"through the image service at %1 (--image-endpoint, or the cloud's image "
                            u"service)"_s.arg(originText(root))};
    }
    std::optional<QUrl> refused;
    for (const ImageLink& link : record.links) {
        if (link.rel != u"alternate"_s)
            continue;
        const QUrl href(link.href, QUrl::StrictMode);
        if (!href.isValid() || href.host().isEmpty() ||
            (href.scheme() != u"http"_s && href.scheme() != u"https"_s))
            continue;
        // ".../images/{id}" or ".../v2/images/{id}": the image service's root is before that.
        static const QRegularExpression tail(u"(/v[0-9.]+)?/images/[^/]+/?$"_s);
        QString root = href.path();
        root.remove(tail);
        QUrl url = href.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
        url.setPath(root);
        url = fileUrl(url, record.id);
        // The token goes only where this cloud's own services are (issue 13): an alternate link
        // elsewhere is not followed with it.
        if (!mayCarryToken(url)) {
            if (!refused)
                refused = url;
            continue;
        }
        return FileLocation{
            url, endpoint.token,
            u"through the image service at %1, named by the image's alternate link"_s.arg(url.authority())};
    }
    if (refused) {
        const bool downgrade = endpoint.url.scheme() == u"https"_s && refused->scheme() != u"https"_s;
        const QString message =
            downgrade ? QCoreApplication::translate(
                            "Skylight::ComputeAdapter",
                            "Image %1's data is served by %2 over plain http, while this cloud is reached "
                            "over https: Skylight does not send your token unencrypted. If you trust that "
                            "service, give its https address with --image-endpoint URL (skylight-cli) or "
                            "in the cloud's Image service field.")
                      : QCoreApplication::translate(
                            "Skylight::ComputeAdapter",
                            "Image %1's data is served by %2, which is neither this cloud's endpoint nor an "
                            "image service of its catalog: Skylight does not send your token there. If you "
                            "trust that service, give it with --image-endpoint URL (skylight-cli) or in the "
                            "cloud's Image service field.");
        return std::unexpected(
            ApiError::make(ApiError::Kind::Forbidden, message.arg(record.id, originText(*refused))));
    }
    return std::unexpected(
        ApiError::make(ApiError::Kind::NotFound,
                       QCoreApplication::translate("Skylight::ComputeAdapter",
                                                   "This cloud offers no download of image %1: its %2 answer "
                                                   "names no image service (no alternate link).")
                           .arg(record.id, dialectName(dialect()))));
}

} // namespace Skylight
