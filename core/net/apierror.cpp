// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "net/apierror.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

ApiError ApiError::make(Kind kind, const QString& message)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    return error;
}

ApiError ApiError::fromHttpStatus(int status, const QString& serverDetail)
{
    ApiError error;
    error.httpStatus = status;
    QString text;
    if (status == 401) {
        error.kind = Kind::Unauthorized;
        text = QCoreApplication::translate(
            "Skylight::ApiError",
            "The cloud did not accept the credentials: sign in again or check the token.");
    } else if (status == 403) {
        error.kind = Kind::Forbidden;
        text = QCoreApplication::translate(
            "Skylight::ApiError", "The cloud refused access: your role does not allow this request.");
    } else if (status == 404) {
        error.kind = Kind::NotFound;
        text = QCoreApplication::translate("Skylight::ApiError",
                                           "Not found: the image or the endpoint path does not exist.");
    } else if (status == 409) {
        error.kind = Kind::Conflict;
        text = QCoreApplication::translate(
            "Skylight::ApiError", "The cloud reported a conflict with the current state of the resource.");
    } else if (status == 413 || status == 429) {
        error.kind = Kind::OverLimit;
        text = QCoreApplication::translate("Skylight::ApiError",
                                           "The cloud's rate or size limit was reached: wait and try again.");
    } else if (status >= 500) {
        error.kind = Kind::Server;
        text = QCoreApplication::translate("Skylight::ApiError",
                                           "The cloud had an internal problem (HTTP %1): try again later.")
                   .arg(status);
    } else {
        error.kind = Kind::BadRequest;
        text = QCoreApplication::translate("Skylight::ApiError", "The cloud rejected the request (HTTP %1).")
                   .arg(status);
    }
    const QString detail = serverDetail.simplified();
    error.serverDetail = detail.left(300);
    if (!detail.isEmpty())
        text = QCoreApplication::translate("Skylight::ApiError", "%1 Server said: %2",
                                           "a message, then the server's own words")
                   .arg(text, detail.left(300));
    error.message = text;
    return error;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::Unauthorized:
        return u"unauthorized"_s;
    case Kind::Forbidden:
        return u"forbidden"_s;
    case Kind::NotFound:
        return u"not-found"_s;
    case Kind::OverLimit:
        return u"over-limit"_s;
    case Kind::Conflict:
        return u"conflict"_s;
    case Kind::BadRequest:
        return u"bad-request"_s;
    case Kind::Server:
        return u"server"_s;
    case Kind::BadPayload:
        return u"bad-payload"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::Verification:
        return u"verification"_s;
    case Kind::LocalIo:
        return u"local-io"_s;
    }
    return u"unknown"_s;
}

QString ApiError::describe() const
{
    QStringList context;
    if (httpStatus > 0)
        context << QCoreApplication::translate("Skylight::ApiError", "HTTP %1").arg(httpStatus);
    if (!requestId.isEmpty())
        context << QCoreApplication::translate("Skylight::ApiError", "request %1").arg(requestId);
    if (retryAfterSeconds >= 0)
        context
            << QCoreApplication::translate("Skylight::ApiError", "retry after %1 s").arg(retryAfterSeconds);
    if (context.isEmpty())
        return message;
    // The brackets and commas are the language's (full-width in Chinese), not glued in code.
    QString details = context.takeFirst();
    for (const QString& more : std::as_const(context))
        details = QCoreApplication::translate("Skylight::ApiError", "%1, %2", "items of a message's details")
                      .arg(details, more);
    return QCoreApplication::translate("Skylight::ApiError", "%1 (%2)",
                                       "a message and its details in brackets")
        .arg(message, details);
}

} // namespace Skylight
