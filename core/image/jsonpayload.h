#pragma once

#include "net/httpresponse.h"
#include "net/result.h"

#include <QJsonObject>

namespace Skylight {

// The body of a response as a JSON object, or a BadPayload error that says what came instead
// (nothing, HTML, truncated or malformed JSON). `what` names the thing asked for.
Result<QJsonObject> jsonObjectPayload(const HttpResponse& response, const QString& what);

} // namespace Skylight
