#pragma once

#include "imageadapter.h"
#include "net/transportoptions.h"
#include "serviceendpoint.h"

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

protected:
    HttpJob* makeHttpJob(const QUrl& url, RawHeaderList headers,
                         const QByteArray& method = QByteArrayLiteral("GET")) const;
    const ServiceEndpoint& serviceEndpoint() const { return m_endpoint; }

private:
    QNetworkAccessManager* m_nam;
    ServiceEndpoint m_endpoint;
    TransportOptions m_options;
};

} // namespace Skylight
