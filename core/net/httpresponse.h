// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>
#include <optional>
#include <utility>

namespace Skylight {

using RawHeader = std::pair<QByteArray, QByteArray>;
using RawHeaderList = QList<RawHeader>;

// Case-insensitive header lookup; the first occurrence wins; nullopt when absent.
std::optional<QByteArray> findHeader(const RawHeaderList& headers, QByteArrayView name);

// A finished HTTP exchange with a 2xx status.
struct HttpResponse
{
    int status = 0;
    QUrl url; // where the body finally came from (after redirects)
    RawHeaderList headers;
    QByteArray body;

    // Case-insensitive; the first occurrence wins.
    QByteArray header(QByteArrayView name) const { return findHeader(headers, name).value_or(QByteArray()); }
    bool hasHeader(QByteArrayView name) const { return findHeader(headers, name).has_value(); }
};

} // namespace Skylight
