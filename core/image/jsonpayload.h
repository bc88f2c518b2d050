#pragma once

#include "image/imagepage.h"
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

// The page of a listing: imageEntries() of the payload, each turned into a record by `parse`.
template <class Parse>
Result<ImagePage> imagePage(const QJsonObject& payload, Parse parse)
{
    auto entries = imageEntries(payload);
    if (!entries)
        return std::unexpected(entries.error());
    ImagePage page;
    page.images.reserve(entries->size());
    for (const QJsonObject& entry : std::as_const(*entries))
        page.images.append(parse(entry));
    return page;
}

} // namespace Skylight
