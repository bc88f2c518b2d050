// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "adapters/httpimageadapter.h"

namespace Skylight {

// OpenStack Image API v1: HEAD /v1/images/{id} for details (never GET: that would download the
// image), GET /v1/images/detail with limit/marker for listings. v1 gives no next link: a full page
// means there may be more, and the next page starts after its last id.
class GlanceV1Adapter : public HttpImageAdapter
{
    Q_OBJECT
public:
    static constexpr int kDefaultPageSize = 25;

    GlanceV1Adapter(QNetworkAccessManager* nam, ServiceEndpoint endpoint, TransportOptions options,
                    QObject* parent = nullptr);

    Dialect dialect() const override { return Dialect::GlanceV1; }
    ImageListJob* list(const PageRequest& request) override;
    ImageShowJob* show(const QString& imageId) override;

    QUrl listUrl(const PageRequest& request) const;
    QUrl showUrl(const QString& imageId) const;
    Result<FileLocation> fileLocation(const ImageRecord& record) const override;

private:
    QUrl m_root;
};

} // namespace Skylight
