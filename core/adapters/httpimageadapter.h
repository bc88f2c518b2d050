// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "adapters/imageadapter.h"
#include "adapters/serviceendpoint.h"
#include "net/httpjob.h"
#include "net/transportoptions.h"

#include <QUrlQuery>
#include <functional>

class QNetworkAccessManager;

namespace Skylight {

// Common ground of the adapters that speak HTTP: the injected network manager, the endpoint with
// its token, the transport options, and a factory for HttpJobs that carry them.
class HttpImageAdapter : public ImageAdapter
{
    Q_OBJECT
public:
    HttpImageAdapter(QNetworkAccessManager* nam, ServiceEndpoint endpoint, TransportOptions options,
                     QObject* parent = nullptr);

    QUrl endpoint() const override { return m_endpoint.url; }
    void setToken(const QByteArray& token) override { m_endpoint.token = token; }
    QByteArray token() const override { return m_endpoint.token; }
    QString projectId() const override { return m_endpoint.projectId; }

protected:
    using ShowParser = std::function<Result<ImageRecord>(const HttpResponse&)>;
    using ListParser = std::function<Result<ImagePage>(const HttpResponse&)>;

    // Started jobs for the usual exchanges: a 404 on show names the image and the endpoint.
    ImageShowJob* startShow(const QString& imageId, const QUrl& url, RawHeaderList headers, ShowParser parse,
                            const QByteArray& method = QByteArrayLiteral("GET"));
    ImageListJob* startList(const QUrl& url, RawHeaderList headers, ListParser parse);
    // `base` with `path` and the percent-encoded `imageId` appended to its path (an id can never
    // reach another path: "/" and "?" are encoded).
    static QUrl imageUrl(const QUrl& base, const QString& path, const QString& imageId);
    // The legacy paging sort of Image API v1 and Compute: "name:asc,..." -> sort_key=name&sort_dir=asc
    // (only the first key: these APIs take one).
    static void addLegacySort(QUrlQuery& query, const QString& sort);

    HttpJob* makeHttpJob(const QUrl& url, RawHeaderList headers,
                         const QByteArray& method = QByteArrayLiteral("GET"),
                         const QByteArray& body = QByteArray()) const;
    const ServiceEndpoint& serviceEndpoint() const { return m_endpoint; }

private:
    QNetworkAccessManager* m_nam;
    ServiceEndpoint m_endpoint;
    TransportOptions m_options;
};

} // namespace Skylight
