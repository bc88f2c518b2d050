// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "democloud/glancev2members.h"

#include "democloud/democatalog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
const QRegularExpression& memberPath()
{
    static const QRegularExpression path(u"^/v2/images/([^/]+)/members(?:/([^/]+))?/?$"_s);
    return path;
}

QJsonObject withSchema(QJsonObject member)
{
    member.insert(u"schema"_s, u"/v2/schemas/member"_s);
    return member;
}

DemoResponse notFound(const QString& what)
{
    return DemoResponse::htmlError(404, u"404 Not Found"_s, what);
}
} // namespace

GlanceV2Members::GlanceV2Members(DemoCatalog& catalog)
    : m_catalog(catalog)
{}

bool GlanceV2Members::handles(const QString& path)
{
    return memberPath().match(path).hasMatch();
}

DemoResponse GlanceV2Members::handle(const DemoRequest& request, const QString& path)
{
    const auto match = memberPath().match(path);
    const QString imageId = QUrl::fromPercentEncoding(match.captured(1).toUtf8());
    const QString memberId = QUrl::fromPercentEncoding(match.captured(2).toUtf8());
    const bool read = request.method == "GET" || request.method == "HEAD";
    if (!read && !(request.method == "PUT" && !memberId.isEmpty()))
        return DemoResponse::htmlError(405, u"405 Method Not Allowed"_s,
                                       u"The demo cloud changes member statuses only."_s);

    const DemoImage* image = m_catalog.find(imageId);
    if (!image)
        return notFound(u"No image found with ID %1"_s.arg(imageId));
    if (image->glance.value(u"visibility"_s).toString() != u"shared"_s)
        return DemoResponse::htmlError(403, u"403 Forbidden"_s, u"Only shared images have members."_s);
    // The owner sees every member; a member its own membership; anyone else no such image.
    const QString me = DemoCatalog::projectId();
    const bool owner = image->glance.value(u"owner"_s).toString() == me;
    QJsonArray visible;
    for (const QJsonValue& entry : image->members) {
        if (owner || entry.toObject().value(u"member_id"_s).toString() == me)
            visible.append(withSchema(entry.toObject()));
    }
    if (!owner && visible.isEmpty())
        return notFound(u"No image found with ID %1"_s.arg(imageId));

    if (memberId.isEmpty()) {
        const QJsonObject body{{u"members"_s, visible}, {u"schema"_s, u"/v2/schemas/members"_s}};
        return DemoResponse::json(QJsonDocument(body).toJson(QJsonDocument::Indented));
    }
    const auto found = std::find_if(visible.cbegin(), visible.cend(), [&](const QJsonValue& entry) {
        return entry.toObject().value(u"member_id"_s).toString() == memberId;
    });
    if (found == visible.cend())
        return notFound(u"%1 is not a member of image %2"_s.arg(memberId, imageId));
    if (read)
        return DemoResponse::json(QJsonDocument(found->toObject()).toJson(QJsonDocument::Indented));

    if (memberId != me) // the owner (or anyone else) cannot answer for a member
        return DemoResponse::htmlError(403, u"403 Forbidden"_s,
                                       u"You are not permitted to modify 'status' on this image member."_s);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    const QString status = document.object().value(u"status"_s).toString();
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return DemoResponse::htmlError(400, u"400 Bad Request"_s, u"Malformed JSON in request body."_s);
    if (status != u"pending"_s && status != u"accepted"_s && status != u"rejected"_s)
        return DemoResponse::htmlError(
            400, u"400 Bad Request"_s,
            u"Provided object does not match schema 'member': '%1' is not one of ['pending', 'accepted', "
            u"'rejected']"_s.arg(status.left(64)));
    const auto changed =
        m_catalog.setMemberStatus(imageId, memberId, status, QDateTime::currentDateTimeUtc());
    if (!changed)
        return notFound(u"%1 is not a member of image %2"_s.arg(memberId, imageId));
    return DemoResponse::json(QJsonDocument(withSchema(*changed)).toJson(QJsonDocument::Indented));
}

} // namespace Skylight
