#pragma once

#include "image/dialect.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace Skylight {

class AppSettings;
class MainWindow;

// `skylight --endpoint URL`: the cloud of a direct image endpoint (token from OS_TOKEN), in the
// window. Returns why it cannot be opened (the token cannot be sent), or an empty string.
// `settings` (may be null) is where the window keeps what it remembers of the cloud.
QString openEndpointCloud(MainWindow* window, QNetworkAccessManager* nam, const QUrl& url, Dialect dialect,
                          const QByteArray& token, AppSettings* settings);

} // namespace Skylight
