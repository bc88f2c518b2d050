// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagepage.h"
#include "image/pendingentries.h"
#include "net/httpresponse.h"
#include "net/result.h"

#include <QJsonObject>

namespace Skylight {

// The body of a response as a JSON object, or a BadPayload error that says what came instead
// (nothing, HTML, truncated or malformed JSON). `what` names the thing asked for.
Result<QJsonObject> jsonObjectPayload(const HttpResponse& response, const QString& what);

// The usable entries of a listing's `key` array (usually "images") and the ones left out, with
// why (see EntryCheck: not an object, no usable id, an id repeated within the page).
struct ImageEntries
{
    QList<QJsonObject> entries;
    SkippedEntries skipped;
};

// The entries of the `key` array of a listing, or a BadPayload error when there is no such array.
Result<ImageEntries> imageEntries(const QJsonObject& payload, const QString& key = QStringLiteral("images"));

// A listing page read entry by entry (JsonPageScanner) where its body is plain enough for that:
// the entries of its `key` array pending when `stream` (ImagePage::pending), else all read now; and
// in `rest` the top-level object without that array (for its `next` link and the like). Nothing
// when the body is anything else: jsonObjectPayload() and imagePage() then read it whole and say
// what is wrong, as before.
std::optional<Result<ImagePage>> scannedImagePage(const HttpResponse& response, const QString& what,
                                                  PendingEntries::Reader reader, bool stream,
                                                  QJsonObject& rest, QByteArrayView key = "images");

// The page of a listing: imageEntries() of the payload, each usable one turned into a record by
// `parse`; the entries left out are counted in the page's `skipped`.
template <class Parse>
Result<ImagePage> imagePage(const QJsonObject& payload, Parse parse)
{
    auto entries = imageEntries(payload);
    if (!entries)
        return std::unexpected(entries.error());
    ImagePage page;
    page.images.reserve(entries->entries.size());
    for (const QJsonObject& entry : std::as_const(entries->entries))
        page.images.append(parse(entry));
    page.skipped = std::move(entries->skipped);
    return page;
}

} // namespace Skylight
