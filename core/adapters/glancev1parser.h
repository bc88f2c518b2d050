// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagepage.h"
#include "image/imagerecord.h"
#include "net/httpresponse.h"
#include "net/result.h"

#include <QJsonObject>

namespace Skylight::GlanceV1 {

// Image API v1. Details come as headers of HEAD /v1/images/{id}: x-image-meta-{field} for the
// image's fields and x-image-meta-property-{key} for its properties; is_public maps to visibility.
// Listings come from GET /v1/images/detail as JSON {"images": [...]}, sizes sometimes as strings.
Result<ImageRecord> parseHeaders(const HttpResponse& response, const QUrl& selfUrl);
ImageRecord parseImage(const QJsonObject& object);
Result<ImagePage> parseList(const HttpResponse& response);

// Header bytes as text: UTF-8 when they are valid UTF-8, Latin-1 otherwise.
QString headerText(const QByteArray& value);

} // namespace Skylight::GlanceV1
