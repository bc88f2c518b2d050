#include "controllers/endpointcloud.h"

#include "adapters/adapterresolver.h"
#include "adapters/imageadapter.h"
#include "controllers/cloudcontroller.h"
#include "net/secretcheck.h"
#include "widgets/errorbanner.h"
#include "widgets/mainwindow.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

QString openEndpointCloud(MainWindow* window, QNetworkAccessManager* nam, const QUrl& url, Dialect dialect,
                          const QByteArray& token, AppSettings* settings)
{
    Q_UNUSED(settings);
    const ServiceEndpoint endpoint{.url = url, .token = token};
    window->clouds()->knowSecret(endpoint.token);
    // A line break in the token would end the header and start another: never sent.
    const QString refused = unsendableSecret(u"OS_TOKEN"_s, QString::fromUtf8(endpoint.token));
    if (!refused.isEmpty())
        return refused;
    auto* resolver =
        new AdapterResolver(nam, endpoint, dialect, TransportOptions(), window->clouds(), window->clouds());
    resolver->then(window, [window, url](const Result<ResolvedAdapter>& resolved) {
        if (!resolved) {
            window->errorBanner()->showError(resolved.error());
            return;
        }
        window->addCloud(resolved->adapter, CloudDescription{url.host(), false});
        window->refresh();
    });
    resolver->start();
    return {};
}

} // namespace Skylight
