// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagepage.h"
#include "image/imagerecord.h"
#include "net/httpresponse.h"
#include "net/result.h"

#include <QJsonObject>
#include <QUrl>

namespace Skylight::GlanceV2 {

// Relative links of Glance ("/v2/images/ID") are resolved against the service root (the
// endpoint without its version, e.g. http://host:9292 or https://host/image).
ImageRecord parseImage(const QJsonObject& object, const QUrl& serviceRoot);
Result<ImageRecord> parseShow(const HttpResponse& response, const QUrl& serviceRoot);
// `stream`: leave the entries unread where the body allows it (ImagePage::pending).
Result<ImagePage> parseList(const HttpResponse& response, const QUrl& serviceRoot, bool stream = false);

// http://host:9292/v2/ -> http://host:9292 ; https://h/image/v2.1 -> https://h/image
QUrl serviceRoot(const QUrl& endpoint);
QUrl resolveAgainstRoot(const QUrl& serviceRoot, const QString& href);

} // namespace Skylight::GlanceV2
