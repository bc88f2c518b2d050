// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QMetaType>
#include <QString>

namespace Skylight {

// A failure of one API call, as a value. Every adapter and job reports failures this way.
struct ApiError
{
    enum class Kind
    {
        Network,      // connection refused, reset, DNS...
        Timeout,      // no bytes moved for longer than the idle timeout
        Tls,          // certificate or handshake failure
        Unauthorized, // HTTP 401
        Forbidden,    // HTTP 403
        NotFound,     // HTTP 404
        OverLimit,    // HTTP 413 / 429
        Conflict,     // HTTP 409
        BadRequest,   // any other HTTP 4xx: the server refused what we asked
        Server,       // HTTP 5xx
        BadPayload,   // a response we cannot understand
        Cancelled,    // the user or the program stopped the call
        Verification, // downloaded bytes do not match the image's checksum or size
        LocalIo,      // a local file could not be created, written or renamed (disk full...)
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; // 0: no HTTP response was received
    QString requestId;  // x-openstack-request-id / X-Compute-Request-Id
    QString message;    // a sentence a person can act on; never contains a secret
    int retryAfterSeconds = -1;
    QString serverDetail; // the server's own words for an HTTP error, when it sent any (also in message)

    static ApiError make(Kind kind, const QString& message);
    // Maps an HTTP error status to a kind and a default message; serverDetail is appended when useful.
    static ApiError fromHttpStatus(int status, const QString& serverDetail);
    static QString kindName(Kind kind);

    // "message (HTTP 404, request req-...)"
    QString describe() const;
};

} // namespace Skylight

Q_DECLARE_METATYPE(Skylight::ApiError)
