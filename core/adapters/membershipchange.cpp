// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/membershipchange.h"

#include "adapters/imageadapter.h"

#include <QCoreApplication>
#include <algorithm>

namespace Skylight {

namespace {
QString say(const char* text)
{
    return QCoreApplication::translate("Skylight::MembershipChange", text);
}
} // namespace

MembershipChange::MembershipChange(ImageAdapter* adapter, QString imageId, ImageMember::Status status,
                                   QString projectId, QObject* parent)
    : Job<ImageMember>(parent)
    , m_adapter(adapter)
    , m_imageId(std::move(imageId))
    , m_status(status)
    , m_projectId(std::move(projectId))
{}

void MembershipChange::start()
{
    if (isFinished())
        return;
    if (!m_adapter) {
        finishWith(std::unexpected(cancelledError()));
        return;
    }
    ImageMembersJob* job = m_adapter->members(m_imageId);
    m_step = job;
    job->then(this, [this](const Result<ImageMembers>& members) { onMembers(members); });
}

void MembershipChange::doAbort()
{
    if (m_step)
        m_step->abort();
}

void MembershipChange::fail(ApiError::Kind kind, int httpStatus, const QString& message)
{
    ApiError error = ApiError::make(kind, message);
    error.httpStatus = httpStatus;
    finishWith(std::unexpected(error));
}

void MembershipChange::onMembers(const Result<ImageMembers>& listed)
{
    m_step = nullptr;
    if (isFinished())
        return;
    if (!listed) {
        finishWith(std::unexpected(listed.error()));
        return;
    }
    if (listed->notShared) {
        // The server's own refusal (403): exit status 5 in the CLI, not a question of rights.
        fail(ApiError::Kind::BadRequest, 403,
             say(QT_TRANSLATE_NOOP("Skylight::MembershipChange",
                                   "Image %1 is not shared, so there is no share to accept or reject: %2"))
                 .arg(m_imageId, *listed->notShared));
        return;
    }
    const QList<ImageMember>& members = listed->members;
    QString memberId;
    if (!m_projectId.isEmpty()) {
        const auto mine = std::find_if(members.cbegin(), members.cend(), [&](const ImageMember& member) {
            return member.memberId == m_projectId;
        });
        if (mine == members.cend()) {
            fail(ApiError::Kind::NotFound, 0,
                 say(QT_TRANSLATE_NOOP("Skylight::MembershipChange",
                                       "Image %1 is not shared with your project %2: it is not among the "
                                       "image's members."))
                     .arg(m_imageId, m_projectId));
            return;
        }
        memberId = mine->memberId;
    } else if (members.isEmpty()) {
        fail(ApiError::Kind::NotFound, 0,
             say(QT_TRANSLATE_NOOP("Skylight::MembershipChange",
                                   "Image %1 is not shared with your project: the server lists no membership "
                                   "of it."))
                 .arg(m_imageId));
        return;
    } else if (members.size() > 1) {
        fail(
            ApiError::Kind::BadRequest, 0,
            say(QT_TRANSLATE_NOOP("Skylight::MembershipChange",
                                  "The server lists %1 members of image %2, as it does for the image's owner "
                                  "only: an owner cannot accept or reject a share, its members do. If your "
                                  "project is one of them, give your project's ID."))
                .arg(QString::number(members.size()), m_imageId));
        return;
    } else {
        memberId = members.first().memberId;
    }
    if (!m_adapter) {
        finishWith(std::unexpected(cancelledError()));
        return;
    }
    ImageMemberJob* put = m_adapter->setMemberStatus(m_imageId, memberId, m_status);
    m_step = put;
    put->then(this, [this](const Result<ImageMember>& member) {
        m_step = nullptr;
        finishWith(member);
    });
}

} // namespace Skylight
