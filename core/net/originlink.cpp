// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "net/originlink.h"

namespace Skylight {

QUrl onOrigin(const QUrl& link, const QUrl& base)
{
    if (link.isRelative())
        return base.resolved(link);
    QUrl safe = link;
    safe.setUserInfo(QString());
    safe.setScheme(base.scheme());
    safe.setHost(base.host());
    safe.setPort(base.port());
    return safe;
}

} // namespace Skylight
