// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/dialect.h"
#include "image/imagepage.h"
#include "image/imagerecord.h"
#include "net/httpresponse.h"
#include "net/result.h"

#include <QJsonObject>

namespace Skylight::Compute {

// The Compute API's image representation ({"image": {...}}), shared by OpenStack Compute v2 and
// v2.1, Rackspace Cloud Servers and Huawei Cloud ECS: minDisk, minRam (MB), progress, created,
// updated, OS-EXT-IMG-SIZE:size, links (with type) and metadata. Metadata entries become
// properties under their own keys; other unnormalised fields (OS-DCF:diskConfig, server, ...)
// too. XML answers (namespace http://docs.openstack.org/compute/api/v1.1) are parsed as well.
ImageRecord parseImage(const QJsonObject& object, Dialect dialect);
Result<ImageRecord> parseShow(const HttpResponse& response, Dialect dialect);
// `stream`: leave JSON entries unread where the body allows it (ImagePage::pending).
Result<ImagePage> parseList(const HttpResponse& response, Dialect dialect, bool stream = false);

bool isXml(const HttpResponse& response);

} // namespace Skylight::Compute
