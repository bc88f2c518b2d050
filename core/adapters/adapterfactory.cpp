// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/adapterfactory.h"

#include "adapters/computeadapter.h"
#include "adapters/glancev1adapter.h"
#include "adapters/glancev2adapter.h"

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
    case Dialect::Auto:
        return std::unexpected(
            u"The dialect must be detected (DialectDetector) before an adapter is made."_s);
    case Dialect::GlanceV2:
        return new GlanceV2Adapter(nam, endpoint, options, parent);
    case Dialect::GlanceV1:
        return new GlanceV1Adapter(nam, endpoint, options, parent);
    case Dialect::Compute:
    case Dialect::Rackspace:
    case Dialect::HuaweiEcs:
        if (const auto base = ComputeAdapter::baseFor(endpoint, dialect); !base)
            return std::unexpected(base.error());
        return new ComputeAdapter(nam, endpoint, options, dialect, parent);
    }
    return std::unexpected(u"Unknown dialect."_s);
}

} // namespace Skylight
