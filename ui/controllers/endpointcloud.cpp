// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/endpointcloud.h"

#include "controllers/cloudcontroller.h"
#include "net/endpointkey.h"
#include "net/secretcheck.h"
#include "settings/appsettings.h"
#include "widgets/mainwindow.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

QString openEndpointCloud(MainWindow* window, const QUrl& url, Dialect dialect, const QByteArray& token,
                          AppSettings* settings)
{
    window->clouds()->knowSecret(token);
    // A line break in the token would end the header and start another: never sent.
    const QString refused = unsendableSecret(u"OS_TOKEN"_s, QString::fromUtf8(token));
    if (!refused.isEmpty())
        return refused;
    if (settings)
        settings->adoptEndpointKey(url.host(), endpointKey(url));
    window->setCurrentCloud(window->clouds()->addEndpointCloud(url, dialect, token));
    return {};
}

} // namespace Skylight
