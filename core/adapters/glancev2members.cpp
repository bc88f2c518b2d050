// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/glancev2members.h"

#include "image/jsonfields.h"
#include "image/jsonpayload.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Skylight::GlanceV2 {

namespace {
constexpr qsizetype kMaxIdLength = 255; // Glance's member_id column

// The server's text as a reason shows it: quoted, cut to a few dozen characters.
QString quoted(const QString& text)
{
    constexpr qsizetype kShown = 40;
    return u'"' + (text.size() <= kShown ? text : text.left(kShown) + u'…') + u'"';
}

QString say(const char* text)
{
    return QCoreApplication::translate("Skylight::GlanceV2Members", text);
}
} // namespace

std::expected<ImageMember, QString> memberFromJson(const QJsonValue& entry, qsizetype number)
{
    const QString at = QString::number(number);
    if (!entry.isObject())
        return std::unexpected(
            say(QT_TRANSLATE_NOOP("Skylight::GlanceV2Members", "entry %1 is not an object")).arg(at));
    const QJsonObject object = entry.toObject();
    const QJsonValue memberId = object.value(u"member_id"_s);
    if (!memberId.isString() || memberId.toString().trimmed().isEmpty())
        return std::unexpected(
            say(QT_TRANSLATE_NOOP("Skylight::GlanceV2Members", "entry %1 has no member_id")).arg(at));
    if (memberId.toString().size() > kMaxIdLength)
        return std::unexpected(say(QT_TRANSLATE_NOOP("Skylight::GlanceV2Members",
                                                     "entry %1 has a member_id longer than %2 characters"))
                                   .arg(at, QString::number(kMaxIdLength)));
    const QJsonValue statusValue = object.value(u"status"_s);
    const auto status = ImageMember::statusFromKey(statusValue.toString());
    if (!statusValue.isString() || !status)
        return std::unexpected(
            say(QT_TRANSLATE_NOOP("Skylight::GlanceV2Members", "entry %1 has an unknown status %2"))
                .arg(at, statusValue.isString() ? quoted(statusValue.toString()) : u"(not text)"_s));
    ImageMember member;
    member.memberId = memberId.toString();
    member.status = *status;
    if (const QJsonValue image = object.value(u"image_id"_s);
        image.isString() && image.toString().size() <= kMaxIdLength)
        member.imageId = image.toString();
    member.createdAt = JsonFields::dateTime(object.value(u"created_at"_s));
    member.updatedAt = JsonFields::dateTime(object.value(u"updated_at"_s));
    return member;
}

Result<ImageMembers> parseMembers(const HttpResponse& response)
{
    auto object = jsonObjectPayload(
        response, say(QT_TRANSLATE_NOOP("Skylight::GlanceV2Members", "the image's members")));
    if (!object)
        return std::unexpected(object.error());
    const QJsonValue list = object->value(u"members"_s);
    if (!list.isArray())
        return std::unexpected(ApiError::make(
            ApiError::Kind::BadPayload,
            say(QT_TRANSLATE_NOOP("Skylight::GlanceV2Members",
                                  "The member list from the server has no \"members\" array."))));
    const QJsonArray array = list.toArray();
    ImageMembers result;
    QHash<QString, qsizetype> seen; // member_id -> the entry that had it first
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (result.members.size() == ImageMembers::kMaxMembers) {
            const qsizetype rest = array.size() - i;
            result.skipped.add(say(QT_TRANSLATE_NOOP("Skylight::GlanceV2Members",
                                                     "the %1 entries after the first %2 members"))
                                   .arg(QString::number(rest), QString::number(ImageMembers::kMaxMembers)));
            result.skipped.count += rest - 1;
            break;
        }
        auto member = memberFromJson(array.at(i), i + 1);
        if (!member) {
            result.skipped.add(member.error());
            continue;
        }
        if (const auto first = seen.constFind(member->memberId); first != seen.constEnd()) {
            result.skipped.add(
                say(QT_TRANSLATE_NOOP("Skylight::GlanceV2Members",
                                      "entry %1 repeats the member %2 of entry %3"))
                    .arg(QString::number(i + 1), quoted(member->memberId), QString::number(*first)));
            continue;
        }
        seen.insert(member->memberId, i + 1);
        result.members.append(*member);
    }
    return result;
}

Result<ImageMember> parseMember(const HttpResponse& response)
{
    auto object =
        jsonObjectPayload(response, say(QT_TRANSLATE_NOOP("Skylight::GlanceV2Members", "the image member")));
    if (!object)
        return std::unexpected(object.error());
    auto member = memberFromJson(*object, 1);
    if (!member)
        return std::unexpected(
            ApiError::make(ApiError::Kind::BadPayload,
                           say(QT_TRANSLATE_NOOP("Skylight::GlanceV2Members",
                                                 "The image member from the server cannot be read (%1)."))
                               .arg(member.error())));
    return *member;
}

} // namespace Skylight::GlanceV2
