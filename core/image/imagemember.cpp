// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/imagemember.h"

#include "image/imagerecordjson.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr std::pair<ImageMember::Status, QStringView> kStatuses[] = {
    {ImageMember::Status::Pending, u"pending"},
    {ImageMember::Status::Accepted, u"accepted"},
    {ImageMember::Status::Rejected, u"rejected"},
};

QJsonValue timeOrNull(const std::optional<QDateTime>& time)
{
    const QString text = isoUtc(time);
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
} // namespace

QString ImageMember::statusKey(Status status)
{
    for (const auto& [value, key] : kStatuses) {
        if (value == status)
            return key.toString();
    }
    return {};
}

std::optional<ImageMember::Status> ImageMember::statusFromKey(QStringView key)
{
    for (const auto& [value, name] : kStatuses) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QStringList ImageMember::statusKeys()
{
    QStringList keys;
    for (const auto& entry : kStatuses)
        keys << entry.second.toString();
    return keys;
}

QJsonObject ImageMember::toJson() const
{
    return QJsonObject{{u"image_id"_s, imageId},
                       {u"member_id"_s, memberId},
                       {u"status"_s, statusKey(status)},
                       {u"created_at"_s, timeOrNull(createdAt)},
                       {u"updated_at"_s, timeOrNull(updatedAt)}};
}

} // namespace Skylight
