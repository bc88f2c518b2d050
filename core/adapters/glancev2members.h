// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagemember.h"
#include "net/httpresponse.h"
#include "net/result.h"

#include <QJsonValue>
#include <expected>

namespace Skylight::GlanceV2 {

// Image API v2's members: {"members": [{"image_id", "member_id", "status", "created_at",
// "updated_at", "schema"}], "schema"}. An entry that cannot be read (not an object, no usable
// member_id, a status Glance does not have, a member_id repeated) is left out with why; at most
// ImageMembers::kMaxMembers are read.
Result<ImageMembers> parseMembers(const HttpResponse& response);
// One member (the answer to GET or PUT /v2/images/{id}/members/{member_id}).
Result<ImageMember> parseMember(const HttpResponse& response);
// One entry, or why it cannot be listed ("entry 3 has no member_id"; `number` counts from 1).
std::expected<ImageMember, QString> memberFromJson(const QJsonValue& entry, qsizetype number);

} // namespace Skylight::GlanceV2
