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

QString endpointDisplayName(const QUrl& url)
{
    const QUrl key(endpointKey(url));
    if (key.host().isEmpty())
        return key.toDisplayString();
    QString name = key.host();
    if (name.contains(u':')) // IPv6
        name = u'[' + name + u']';
    const bool ownPort =
        (key.scheme() == u"https"_s && key.port() == 443) || (key.scheme() == u"http"_s && key.port() == 80);
    if (key.port() >= 0 && !ownPort)
        name += u':' + QString::number(key.port());
    if (const QString path = key.path(QUrl::PrettyDecoded); path != u"/"_s)
        name += path;
    return name;
}

} // namespace Skylight
