// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagepage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Skylight {

// One membership of a shared image (Glance v2's image member): the project `memberId` it is
// shared with and that project's answer. The image's owner sees every member; a member sees its
// own membership only.
struct ImageMember
{
    enum class Status
    {
        Pending, // offered, not answered yet: the image is not in the member's default listing
        Accepted,
        Rejected,
    };

    QString imageId;
    QString memberId; // a project id
    Status status = Status::Pending;
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> updatedAt;

    // Glance's words: "pending", "accepted", "rejected".
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(QStringView key); // case-insensitive
    static QStringList statusKeys();

    // The member as Glance names its fields: image_id, member_id, status, created_at, updated_at
    // (times ISO 8601 UTC with 'Z', null when unknown).
    QJsonObject toJson() const;

    bool operator==(const ImageMember&) const = default;
};

// What an image's member listing holds: the members that could be read, the entries left out
// (with why), or, for an image that is not `shared`, no members and the reason the server gave
// (Glance answers 403 for those: a fact about the image, not a failure).
struct ImageMembers
{
    static constexpr qsizetype kMaxMembers = 10000; // Glance's quota is 128 by default

    QList<ImageMember> members;
    SkippedEntries skipped;
    std::optional<QString> notShared; // set: the image has no members, and this is why

    bool hasMembers() const { return !notShared && !members.isEmpty(); }
};

} // namespace Skylight
