#pragma once

#include "net/httpresponse.h"
#include "net/result.h"

#include <QJsonObject>

namespace Skylight {

// The body of a response as a JSON object, or a BadPayload error that says what came instead
// (nothing, HTML, truncated or malformed JSON). `what` names the thing asked for.
Result<QJsonObject> jsonObjectPayload(const HttpResponse& response, const QString& what);

// The `key` array of a listing (usually "images"), each entry an object with a non-empty string
// "id"; otherwise a BadPayload error naming the first bad entry.
Result<QList<QJsonObject>> imageEntries(const QJsonObject& payload,
                                        const QString& key = QStringLiteral("images"));

} // namespace Skylight
