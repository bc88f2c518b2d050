// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagelink.h"

#include <QUrl>

namespace Skylight {

// What activating a link of the Links tab does.
enum class LinkAction
{
    FetchDetails,   // self: this image, asked for again
    Download,       // file: its bytes
    CopyApiAddress, // an address of the cloud's API: it needs a token, which a web browser lacks
    OpenInBrowser,  // a web page
    Refuse,         // not a web address (file:, javascript:, ...)
};

// Decides for `link` of an image listed through `apiEndpoint`: addresses on the API's origin, and
// the relations that name API documents (describedby, schema, bookmark, alternate), are the API's.
LinkAction linkActionFor(const ImageLink& link, const QUrl& apiEndpoint);

} // namespace Skylight
