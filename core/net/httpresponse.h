#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>
#include <utility>

namespace Skylight {

using RawHeader = std::pair<QByteArray, QByteArray>;
using RawHeaderList = QList<RawHeader>;

// A finished HTTP exchange with a 2xx status.
struct HttpResponse
{
    int status = 0;
    QUrl url; // where the body finally came from (after redirects)
    RawHeaderList headers;
    QByteArray body;

    // Case-insensitive; the first occurrence wins.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

} // namespace Skylight
