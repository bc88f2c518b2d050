#include "adapterfactory.h"

#include "glancev2adapter.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

std::expected<ImageAdapter*, QString> createImageAdapter(Dialect dialect, QNetworkAccessManager* nam,
                                                         const ServiceEndpoint& endpoint,
                                                         const TransportOptions& options, QObject* parent)
{
    if (!endpoint.url.isValid() || endpoint.url.host().isEmpty() ||
        (endpoint.url.scheme() != u"http"_s && endpoint.url.scheme() != u"https"_s)) {
        return std::unexpected(u"The endpoint \"%1\" is not an http or https URL."_s.arg(
            endpoint.url.toDisplayString(QUrl::RemoveUserInfo)));
    }
    switch (dialect) {
    case Dialect::Auto: // only Glance v2 is spoken so far; detection arrives with the other dialects
    case Dialect::GlanceV2:
        return new GlanceV2Adapter(nam, endpoint, options, parent);
    case Dialect::GlanceV1:
    case Dialect::Compute:
    case Dialect::Rackspace:
    case Dialect::HuaweiEcs:
        break;
    }
    return std::unexpected(
        u"The %1 dialect is not supported by this version of Skylight yet; use glance-v2."_s.arg(
            dialectName(dialect)));
}

} // namespace Skylight
