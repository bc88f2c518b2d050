// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/httpimageadapter.h"

#include "net/resultjob.h"

#include <QCoreApplication>

namespace Skylight {

HttpImageAdapter::HttpImageAdapter(QNetworkAccessManager* nam, ServiceEndpoint endpoint,
                                   TransportOptions options, QObject* parent)
    : ImageAdapter(parent)
    , m_nam(nam)
    , m_endpoint(std::move(endpoint))
    , m_options(std::move(options))
{}

HttpJob* HttpImageAdapter::makeHttpJob(const QUrl& url, RawHeaderList headers, const QByteArray& method,
                                       const QByteArray& body) const
{
    HttpRequestSpec spec;
    spec.method = method;
    spec.body = body;
    spec.url = url;
    spec.headers = std::move(headers);
    spec.authToken = m_endpoint.token;
    return new HttpJob(m_nam, std::move(spec), m_options);
}

QUrl HttpImageAdapter::imageUrl(const QUrl& base, const QString& path, const QString& imageId)
{
    QUrl url = base;
    url.setPath(base.path() + path + QString::fromLatin1(QUrl::toPercentEncoding(imageId)),
                QUrl::TolerantMode);
    return url;
}

void HttpImageAdapter::addLegacySort(QUrlQuery& query, const QString& sort)
{
    if (sort.isEmpty())
        return;
    const QStringList keyDir = sort.split(u',').first().split(u':');
    query.addQueryItem(QStringLiteral("sort_key"), keyDir.first());
    query.addQueryItem(QStringLiteral("sort_dir"), keyDir.value(1, QStringLiteral("desc")));
}

ImageShowJob* HttpImageAdapter::startShow(const QString& imageId, const QUrl& url, RawHeaderList headers,
                                          ShowParser parse, const QByteArray& method)
{
    const QString where = endpoint().toDisplayString(QUrl::RemoveUserInfo);
    auto* job = new ResultJob<ImageRecord>(
        makeHttpJob(url, std::move(headers), method),
        [imageId, where,
         parse = std::move(parse)](const Result<HttpResponse>& response) -> Result<ImageRecord> {
            if (!response) {
                ApiError error = response.error();
                if (error.kind == ApiError::Kind::NotFound)
                    error.message = QCoreApplication::translate("Skylight::HttpImageAdapter",
                                                                "No image with ID %1 exists at %2.")
                                        .arg(imageId, where);
                return std::unexpected(error);
            }
            return parse(*response);
        },
        this);
    job->start();
    return job;
}

ImageListJob* HttpImageAdapter::startList(const QUrl& url, RawHeaderList headers, ListParser parse)
{
    auto* job = new ResultJob<ImagePage>(
        makeHttpJob(url, std::move(headers)),
        [parse = std::move(parse)](const Result<HttpResponse>& response) -> Result<ImagePage> {
            if (!response)
                return std::unexpected(response.error());
            return parse(*response);
        },
        this);
    job->start();
    return job;
}

} // namespace Skylight
