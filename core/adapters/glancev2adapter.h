#pragma once

#include "imageadapter.h"
#include "net/transportoptions.h"
#include "serviceendpoint.h"

class QNetworkAccessManager;

namespace Skylight {

// OpenStack Image API v2: GET /v2/images (limit, marker, sort, filters, relative `next` link)
// and GET /v2/images/{id}.
class GlanceV2Adapter : public ImageAdapter
{
    Q_OBJECT
public:
    GlanceV2Adapter(QNetworkAccessManager* nam, ServiceEndpoint endpoint, TransportOptions options,
                    QObject* parent = nullptr);

    Dialect dialect() const override { return Dialect::GlanceV2; }
    QUrl endpoint() const override { return m_endpoint.url; }
    ImageListJob* list(const PageRequest& request) override;
    ImageShowJob* show(const QString& imageId) override;

    QUrl listUrl(const PageRequest& request) const;
    QUrl showUrl(const QString& imageId) const;

private:
    HttpJob* makeHttpJob(const QUrl& url) const;

    QNetworkAccessManager* m_nam;
    ServiceEndpoint m_endpoint;
    TransportOptions m_options;
    QUrl m_root;
};

} // namespace Skylight
