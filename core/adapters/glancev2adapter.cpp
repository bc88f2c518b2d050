// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/glancev2adapter.h"

#include "adapters/glancev2members.h"
#include "adapters/glancev2parser.h"
#include "image/jsonpeek.h"
#include "net/originlink.h"
#include "net/resultjob.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
const RawHeaderList kJsonHeaders{{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
}

GlanceV2Adapter::GlanceV2Adapter(QNetworkAccessManager* nam, ServiceEndpoint endpoint,
                                 TransportOptions options, QObject* parent)
    : HttpImageAdapter(nam, std::move(endpoint), std::move(options), parent)
    , m_root(GlanceV2::serviceRoot(serviceEndpoint().url))
{}

QUrl GlanceV2Adapter::listUrl(const PageRequest& request) const
{
    if (!request.next.isEmpty()) {
        if (request.next.isRelative())
            return GlanceV2::resolveAgainstRoot(m_root, request.next.toString(QUrl::FullyEncoded));
        return onOrigin(request.next, m_root);
    }
    QUrl url = m_root;
    url.setPath(m_root.path() + u"/v2/images"_s);
    QUrlQuery query;
    if (request.limit > 0)
        query.addQueryItem(u"limit"_s, QString::number(request.limit));
    if (!request.marker.isEmpty())
        query.addQueryItem(u"marker"_s, request.marker);
    if (!request.sort.isEmpty())
        query.addQueryItem(u"sort"_s, request.sort);
    for (const auto& [key, value] : request.filters)
        query.addQueryItem(key, value);
    for (const auto& [key, value] : request.scope.queryItems())
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url;
}

QUrl GlanceV2Adapter::showUrl(const QString& imageId) const
{
    return imageUrl(m_root, u"/v2/images/"_s, imageId);
}

ImageListJob* GlanceV2Adapter::list(const PageRequest& request)
{
    const QUrl root = m_root;
    const bool stream = request.streamEntries;
    return startList(listUrl(request), kJsonHeaders, [root, stream](const HttpResponse& response) {
        return GlanceV2::parseList(response, root, stream);
    });
}

std::optional<QUrl> GlanceV2Adapter::peekNext(const HttpResponse& response) const
{
    const auto next = JsonPeek::topLevelString(response.body, "next");
    if (!next || next->isEmpty())
        return std::nullopt;
    return GlanceV2::resolveAgainstRoot(m_root, *next); // as GlanceV2::parseList does
}

ImageShowJob* GlanceV2Adapter::show(const QString& imageId)
{
    const QUrl root = m_root;
    return startShow(imageId, showUrl(imageId), kJsonHeaders,
                     [root](const HttpResponse& response) { return GlanceV2::parseShow(response, root); });
}

Result<FileLocation> GlanceV2Adapter::fileLocation(const ImageRecord& record) const
{
    QUrl url = showUrl(record.id);
    url.setPath(url.path(QUrl::FullyEncoded) + u"/file"_s, QUrl::StrictMode);
    return FileLocation{url, serviceEndpoint().token, u"Image API v2: GET /v2/images/{id}/file"_s};
}

QStringList GlanceV2Adapter::serverFilterKeys() const
{
    // visibility and member_status are the scope's (PageRequest::scope), not filters. size_min and
    // size_max (bytes, inclusive; a null size matches neither) carry the size comparisons exactly
    // (`size>1G`). Dates stay with the table: the created_at and updated_at filters with operators
    // came later than v2.0, and not every server reads them.
    return {u"name"_s, u"status"_s, u"tag"_s, u"owner"_s, u"size_min"_s, u"size_max"_s};
}

// --- Image sharing ---

QUrl GlanceV2Adapter::membersUrl(const QString& imageId, const QString& memberId) const
{
    QUrl url = showUrl(imageId);
    QString path = url.path(QUrl::FullyEncoded) + u"/members"_s;
    if (!memberId.isEmpty())
        path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(memberId));
    url.setPath(path, QUrl::StrictMode);
    return url;
}

ImageMembersJob* GlanceV2Adapter::members(const QString& imageId)
{
    auto* job = new ResultJob<ImageMembers>(
        makeHttpJob(membersUrl(imageId), kJsonHeaders),
        [](const Result<HttpResponse>& response) -> Result<ImageMembers> {
            if (response)
                return GlanceV2::parseMembers(*response);
            // Glance answers 403 for an image that is not `shared`: it has no members, and says why.
            if (response.error().kind == ApiError::Kind::Forbidden) {
                // Glance's error page: "403 Forbidden" (its title), then the reason.
                static const QRegularExpression title(u"^403 Forbidden\\s*"_s);
                const QString reason = QString(response.error().serverDetail).remove(title);
                ImageMembers none;
                none.notShared = reason.isEmpty()
                                     ? QCoreApplication::translate("Skylight::GlanceV2Adapter",
                                                                   "Only shared images have members.")
                                     : reason;
                return none;
            }
            return std::unexpected(response.error());
        },
        this);
    job->start();
    return job;
}

ImageMemberJob* GlanceV2Adapter::setMemberStatus(const QString& imageId, const QString& memberId,
                                                 ImageMember::Status status)
{
    const QByteArray body = QJsonDocument(QJsonObject{{u"status"_s, ImageMember::statusKey(status)}})
                                .toJson(QJsonDocument::Compact);
    RawHeaderList headers = kJsonHeaders;
    headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    auto* job = new ResultJob<ImageMember>(
        makeHttpJob(membersUrl(imageId, memberId), std::move(headers), QByteArrayLiteral("PUT"), body),
        [imageId, memberId](const Result<HttpResponse>& response) -> Result<ImageMember> {
            if (response)
                return GlanceV2::parseMember(*response);
            ApiError error = response.error();
            if (error.kind == ApiError::Kind::NotFound)
                error.message =
                    QCoreApplication::translate("Skylight::GlanceV2Adapter",
                                                "Image %1 has no member %2, or no such image exists.")
                        .arg(imageId, memberId) +
                    (error.serverDetail.isEmpty() ? QString() : u' ' + error.serverDetail);
            return std::unexpected(error);
        },
        this);
    job->start();
    return job;
}

} // namespace Skylight
