// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "democloud/demoimage.h"
#include "net/httpresponse.h"

#include <QByteArray>
#include <QUrl>
#include <QUrlQuery>
#include <optional>

namespace Skylight {

// A request as the demo cloud saw it (also what tests inspect, e.g. which headers arrived).
struct DemoRequest
{
    QByteArray method;
    QUrl url;
    RawHeaderList headers;
    QByteArray body; // what a PUT sent (the first 64 KiB)

    QByteArray header(QByteArrayView name) const { return findHeader(headers, name).value_or(QByteArray()); }
    bool hasHeader(QByteArrayView name) const { return findHeader(headers, name).has_value(); }
    QUrlQuery query() const { return QUrlQuery(url); }
};

struct DemoResponse
{
    int status = 200;
    RawHeaderList headers;
    QByteArray body;
    // Instead of `body`: a streamed image's bytes, generated as they are sent.
    std::optional<DemoStream> stream;

    static DemoResponse json(const QByteArray& body, int status = 200);
    // The HTML error page OpenStack's WSGI stack (webob) sends, e.g. for a 404.
    static DemoResponse htmlError(int status, const QString& title, const QString& detail);
};

// A canned answer for the next `count` requests whose path starts with `pathPrefix` (tests use it
// to make the cloud fail in every way a real one can). count < 0: until cleared.
struct DemoFault
{
    QString pathPrefix;
    int count = 1;
    DemoResponse response;
};

} // namespace Skylight
