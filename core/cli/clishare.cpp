// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/clishare.h"

#include "adapters/imageadapter.h"
#include "adapters/membershipchange.h"
#include "cli/imagetextformat.h"
#include "cli/skippedwarning.h"
#include "image/imagerecordjson.h"
#include "net/terminaltext.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

CliShare::CliShare(ImageAdapter* adapter, CliOptions options, QString projectId, QObject* parent)
    : QObject(parent)
    , m_adapter(adapter)
    , m_options(std::move(options))
    , m_projectId(std::move(projectId))
{}

void CliShare::start()
{
    if (m_options.command == u"members"_s)
        listMembers();
    else
        answer();
}

QString CliShare::membersTable(const QList<ImageMember>& members)
{
    QList<QStringList> rows;
    rows.reserve(members.size());
    for (const ImageMember& member : members)
        rows.append({member.memberId, ImageMember::statusKey(member.status), isoUtc(member.createdAt),
                     isoUtc(member.updatedAt)});
    return formatTextTable({u"Member ID"_s, u"Status"_s, u"Created"_s, u"Updated"_s}, rows);
}

void CliShare::listMembers()
{
    ImageMembersJob* job = m_adapter->members(m_options.imageId);
    job->then(this, [this](const Result<ImageMembers>& listed) {
        if (!listed) {
            Q_EMIT failed(listed.error());
            return;
        }
        if (listed->notShared) {
            // Glance's 403 for an image that is not `shared`: a fact, said with its reason (status 5).
            ApiError none =
                ApiError::make(ApiError::Kind::BadRequest,
                               u"Image %1 has no members: it is not shared. Server said: %2"_s.arg(
                                   m_options.imageId, *listed->notShared));
            none.httpStatus = 403;
            Q_EMIT failed(none);
            return;
        }
        if (!listed->skipped.isEmpty())
            Q_EMIT warning(skippedEntriesWarning(1, listed->skipped.count, listed->skipped.reasons));
        if (m_options.format == u"json"_s) {
            QJsonArray array;
            for (const ImageMember& member : listed->members)
                array.append(member.toJson());
            Q_EMIT output(QJsonDocument(array).toJson(QJsonDocument::Indented));
        } else {
            Q_EMIT output(membersTable(listed->members).toUtf8());
        }
        Q_EMIT succeeded();
    });
}

void CliShare::answer()
{
    const ImageMember::Status status =
        m_options.shareAnswer == u"accept"_s ? ImageMember::Status::Accepted : ImageMember::Status::Rejected;
    auto* change = new MembershipChange(m_adapter, m_options.imageId, status, m_projectId, this);
    change->then(this, [this](const Result<ImageMember>& member) {
        if (!member) {
            ApiError error = member.error();
            // Several members and no project to choose: the option that names it.
            if (error.kind == ApiError::Kind::BadRequest && error.httpStatus == 0 &&
                m_adapter->hasImageSharing())
                error.message += u" (--project-id ID)"_s;
            Q_EMIT failed(error);
            return;
        }
        if (m_options.format == u"json"_s) {
            Q_EMIT output(QJsonDocument(member->toJson()).toJson(QJsonDocument::Indented));
        } else {
            const QString when = isoUtc(member->updatedAt);
            Q_EMIT output(terminalSafe(u"Image %1 is now %2 by project %3%4."_s.arg(
                                           member->imageId.isEmpty() ? m_options.imageId : member->imageId,
                                           ImageMember::statusKey(member->status), member->memberId,
                                           when.isEmpty() ? QString() : u" (updated %1)"_s.arg(when)))
                              .toUtf8() +
                          '\n');
        }
        Q_EMIT succeeded();
    });
    change->start();
}

} // namespace Skylight
