// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "adapters/httpimageadapter.h"

namespace Skylight {

// The image API of the Compute family: OpenStack Compute v2/v2.1 (`compute`), Rackspace Cloud
// Servers (`rackspace`) and Huawei Cloud ECS (`huawei-ecs`). GET {base}/images/detail (limit,
// marker, filters, `images_links` next) and GET {base}/images/{id}, where base is the endpoint
// with the project: as given when it carries one, else with ServiceEndpoint::projectId appended
// (required for huawei-ecs). Asks for JSON, understands XML; on v2.1 pins microversion 2.1 (the
// image proxy is gone from 2.36 on).
class ComputeAdapter : public HttpImageAdapter
{
    Q_OBJECT
public:
    ComputeAdapter(QNetworkAccessManager* nam, ServiceEndpoint endpoint, TransportOptions options,
                   Dialect dialect, QObject* parent = nullptr);

    Dialect dialect() const override { return m_dialect; }
    ImageListJob* list(const PageRequest& request) override;
    ImageShowJob* show(const QString& imageId) override;

    QUrl base() const { return m_base; }
    QUrl listUrl(const PageRequest& request) const;
    QUrl showUrl(const QString& imageId) const;
    // The Compute APIs serve no image data: an image service does (Image API v2 /file). The one
    // the user named (ServiceEndpoint::imageDataEndpoint), else the one the image's alternate link
    // names, followed with the token only when it is on the endpoint's own origin or on an image
    // service of the cloud's catalog, and never from https to http; any other is a Forbidden
    // error naming its host (issue 13).
    Result<FileLocation> fileLocation(const ImageRecord& record) const override;
    // Whether the token may go to `url` (see fileLocation).
    bool mayCarryToken(const QUrl& url) const;
    // The URL the endpoint needs, or why it cannot be used (huawei-ecs without a project id).
    static std::expected<QUrl, QString> baseFor(const ServiceEndpoint& endpoint, Dialect dialect);

private:
    RawHeaderList headers() const;
    // {root}/v2/images/{id}/file
    static QUrl fileUrl(const QUrl& root, const QString& imageId);

    Dialect m_dialect;
    QUrl m_base;
};

} // namespace Skylight
