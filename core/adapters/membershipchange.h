// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagemember.h"
#include "net/job.h"

#include <QPointer>

namespace Skylight {

class ImageAdapter;

// The user's answer to an image shared with their project: accepted, rejected (or pending again).
// It only changes what the project's own listings show; Glance lets the member alone give it.
// The member is the user's project: `projectId` when known (the signed-in session's), else the
// one membership Glance lists to a member (GET .../members answers a member with its own entry
// only). It first lists the image's members, so that an image that is not shared, one not shared
// with the project, and one the user owns (Glance lists all its members) each get their own
// error: not shared (BadRequest, the server's 403 reason), no membership (NotFound), several
// members and no project id to choose (BadRequest before any change).
class MembershipChange : public Job<ImageMember>
{
public:
    MembershipChange(ImageAdapter* adapter, QString imageId, ImageMember::Status status,
                     QString projectId = QString(), QObject* parent = nullptr);

    void start();

protected:
    void doAbort() override;

private:
    void onMembers(const Result<ImageMembers>& members);
    void fail(ApiError::Kind kind, int httpStatus, const QString& message);

    QPointer<ImageAdapter> m_adapter;
    QString m_imageId;
    ImageMember::Status m_status;
    QString m_projectId;
    QPointer<ApiJob> m_step;
};

} // namespace Skylight
