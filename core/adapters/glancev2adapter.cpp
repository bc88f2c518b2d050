#include "glancev2adapter.h"

#include "glancev2parser.h"

#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

GlanceV2Adapter::GlanceV2Adapter(QNetworkAccessManager* nam, ServiceEndpoint endpoint,
                                 TransportOptions options, QObject* parent)
    : ImageAdapter(parent)
    , m_nam(nam)
    , m_endpoint(std::move(endpoint))
    , m_options(std::move(options))
    , m_root(GlanceV2::serviceRoot(m_endpoint.url))
{}

QUrl GlanceV2Adapter::listUrl(const PageRequest& request) const
{
    if (!request.next.isEmpty()) {
        // Follow the server's link, but always on the endpoint's own origin: a `next` link never
        // sends the token to another host.
        if (request.next.isRelative())
            return GlanceV2::resolveAgainstRoot(m_root, request.next.toString(QUrl::FullyEncoded));
        QUrl next = request.next;
        next.setUserInfo(QString());
        next.setScheme(m_root.scheme());
        next.setHost(m_root.host());
        next.setPort(m_root.port());
        return next;
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
    url.setQuery(query);
    return url;
}

QUrl GlanceV2Adapter::showUrl(const QString& imageId) const
{
    QUrl url = m_root;
    url.setPath(m_root.path() + u"/v2/images/"_s + QString::fromLatin1(QUrl::toPercentEncoding(imageId)),
                QUrl::TolerantMode);
    return url;
}

HttpJob* GlanceV2Adapter::makeHttpJob(const QUrl& url) const
{
    HttpRequestSpec spec;
    spec.url = url;
    spec.headers = {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    spec.authToken = m_endpoint.token;
    return new HttpJob(m_nam, std::move(spec), m_options);
}

ImageListJob* GlanceV2Adapter::list(const PageRequest& request)
{
    const QUrl root = m_root;
    auto* job = new ImageListJob(
        makeHttpJob(listUrl(request)),
        [root](const Result<HttpResponse>& response) -> Result<ImagePage> {
            if (!response)
                return std::unexpected(response.error());
            return GlanceV2::parseList(*response, root);
        },
        this);
    job->start();
    return job;
}

ImageShowJob* GlanceV2Adapter::show(const QString& imageId)
{
    const QUrl root = m_root;
    auto* job = new ImageShowJob(
        makeHttpJob(showUrl(imageId)),
        [root, imageId](const Result<HttpResponse>& response) -> Result<ImageRecord> {
            if (!response) {
                ApiError error = response.error();
                if (error.kind == ApiError::Kind::NotFound)
                    error.message =
                        u"No image with ID %1 exists at %2."_s.arg(imageId, root.toDisplayString());
                return std::unexpected(error);
            }
            return GlanceV2::parseShow(*response, root);
        },
        this);
    job->start();
    return job;
}

} // namespace Skylight
