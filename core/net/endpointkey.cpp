// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "net/endpointkey.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

QString endpointKey(const QUrl& url)
{
    QUrl key = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                            QUrl::NormalizePathSegments | QUrl::StripTrailingSlash);
    const QString scheme = key.scheme().toLower();
    key.setScheme(scheme);
    key.setHost(key.host().toLower());
    if (key.port() < 0) {
        if (scheme == u"https"_s)
            key.setPort(443);
        else if (scheme == u"http"_s)
            key.setPort(80);
    }
    if (key.path().isEmpty())
        key.setPath(u"/"_s);
    return key.toString();
}

} // namespace Skylight
