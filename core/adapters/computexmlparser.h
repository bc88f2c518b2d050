// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/dialect.h"
#include "image/imagepage.h"
#include "image/imagerecord.h"
#include "net/httpresponse.h"
#include "net/result.h"

namespace Skylight::Compute {

// The Compute API's older XML form:
//   <image xmlns="http://docs.openstack.org/compute/api/v1.1" xmlns:atom=... id=.. name=.. status=..>
//     <metadata><meta key="kernel_id">nokernel</meta></metadata>
//     <atom:link href=".." rel="self"/>
//   </image>
// and <images> holding <image> elements plus an <atom:link rel="next">.
Result<ImageRecord> parseXmlShow(const HttpResponse& response, Dialect dialect);
Result<ImagePage> parseXmlList(const HttpResponse& response, Dialect dialect);

} // namespace Skylight::Compute
