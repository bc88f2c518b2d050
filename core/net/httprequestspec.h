// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "net/httpresponse.h"

#include <QByteArray>
#include <QUrl>

namespace Skylight {

// What to send. The token is kept apart from the other headers so the transport can decide where
// it may go: it is sent to the origin of `url` only, never to another origin after a redirect.
struct HttpRequestSpec
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    RawHeaderList headers;
    QByteArray body;      // for POST/PUT; may hold secrets (a sign-in): never logged
    QByteArray authToken; // sent as X-Auth-Token
};

} // namespace Skylight
