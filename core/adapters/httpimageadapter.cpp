#include "httpimageadapter.h"

namespace Skylight {

HttpImageAdapter::HttpImageAdapter(QNetworkAccessManager* nam, ServiceEndpoint endpoint,
                                   TransportOptions options, QObject* parent)
    : ImageAdapter(parent)
    , m_nam(nam)
    , m_endpoint(std::move(endpoint))
    , m_options(std::move(options))
{}

HttpJob* HttpImageAdapter::makeHttpJob(const QUrl& url, RawHeaderList headers, const QByteArray& method) const
{
    HttpRequestSpec spec;
    spec.method = method;
    spec.url = url;
    spec.headers = std::move(headers);
    spec.authToken = m_endpoint.token;
    return new HttpJob(m_nam, std::move(spec), m_options);
}

} // namespace Skylight
