// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "adapters/filelocation.h"
#include "image/dialect.h"
#include "image/imagemember.h"
#include "image/imagepage.h"
#include "image/imagerecord.h"
#include "image/imageschema.h"
#include "image/imagestore.h"
#include "image/imagetask.h"
#include "image/imageusage.h"
#include "image/importinfo.h"
#include "image/pagerequest.h"
#include "net/job.h"

#include <QObject>
#include <functional>
#include <optional>

namespace Skylight {

using ImageListJob = Job<ImagePage>;
using ImageShowJob = Job<ImageRecord>;
using ImageStoresJob = Job<ImageStoreList>;
using ImportInfoJob = Job<ImportInfo>;
using ImageUsageJob = Job<ImageUsage>;
using ImageTasksJob = Job<ImageTaskList>;
using ImageSchemaJob = Job<ImageSchema>;
using ImageMembersJob = Job<ImageMembers>;
using ImageMemberJob = Job<ImageMember>;

// One image-API dialect. Methods return started jobs owned by the adapter; the caller takes the
// result with then() (which deletes the job afterwards), or connects to finished(), reads
// result() and deleteLater()s the job.
class ImageAdapter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual Dialect dialect() const = 0;
    virtual QUrl endpoint() const = 0;
    virtual ImageListJob* list(const PageRequest& request) = 0;
    virtual ImageShowJob* show(const QString& imageId) = 0;
    // Where the image's binary is, or why this cloud offers none for it.
    virtual Result<FileLocation> fileLocation(const ImageRecord& record) const = 0;
    // A new token for the same endpoint (after signing in again); jobs started later use it.
    virtual void setToken(const QByteArray& token) = 0;
    // The token requests carry (a secret: only for redacting it from what is shown).
    virtual QByteArray token() const { return {}; }
    // Counts the tokens this adapter has used: it grows with every new token. Whoever sends a
    // request with the token (a download) notes it, to say which token was refused.
    virtual int tokenGeneration() const { return 0; }
    // A request sent with the token of `generation` was refused (401). `done` is called once,
    // from the event loop, with nothing when a newer token is in place (send the request again,
    // once) or with why there is none. Adapters bound to a signed-in cloud (RenewingAdapter) sign
    // in again, once for every request refused meanwhile; others cannot and say so.
    virtual void renewToken(int generation, QObject* context,
                            std::function<void(std::optional<ApiError>)> done);
    // The `PageRequest::filters` keys the server answers itself (e.g. Glance v2's status, tag);
    // others must be filtered locally.
    virtual QStringList serverFilterKeys() const { return {}; }
    // Whether the server answers `PageRequest::scope` (Glance v2's visibility and member status);
    // others list what they list, whatever the scope.
    virtual bool hasListScope() const { return false; }
    // Whether `PageRequest::sort` orders the listing on the server.
    virtual bool sortsOnServer() const { return false; }
    // Whether a download may name the store its bytes are served from (DownloadRequest::
    // preferredStore, which fileLocation() would then have to honour). No Image API release
    // offers it: GET /v2/images/{id}/file takes the image and a Range, and the cloud picks a
    // location itself; so every adapter says no, and the window shows the choice disabled.
    virtual bool offersDownloadStoreChoice() const { return false; }
    // The next page's address read straight from a list response, before it is parsed, where the
    // dialect allows it cheaply (it must equal the parsed ImagePage::next); ImageListLoader then
    // asks for that page while this one is parsed. Nothing: wait for the parse.
    virtual std::optional<QUrl> peekNext(const HttpResponse& response) const
    {
        Q_UNUSED(response);
        return std::nullopt;
    }

    // ---- What the cloud says of itself (issue 18): stores, import, quota, tasks, schema ----
    // Each default is a job that fails at once (BadRequest, no HTTP status: a usage error) saying
    // that this dialect has none of it; Image API v2 answers them.
    // The backend stores (with their type and properties where the user may read the detail).
    virtual ImageStoresJob* stores();
    // The import methods the cloud takes.
    virtual ImportInfoJob* importInfo();
    // The quotas and what is used of them.
    virtual ImageUsageJob* usage();
    // The import and copy tasks of an image, with their progress.
    virtual ImageTasksJob* tasks(const QString& imageId);
    // The image schema, with the metadata definitions' titles where the cloud has them.
    virtual ImageSchemaJob* schema();

    // --- Image sharing (Glance v2's image members) ---
    // Whether the dialect has image sharing; the others' members() and setMemberStatus() fail at
    // once (BadRequest before any request: "... has no image sharing").
    virtual bool hasImageSharing() const { return false; }
    // The project the endpoint was given for (ServiceEndpoint::projectId; "" when unknown): whose
    // images are the user's own where no signed-in session says so.
    virtual QString projectId() const { return {}; }
    // The image's members: every member for its owner, the caller's own membership for a member;
    // for an image that is not shared, ImageMembers::notShared with the server's reason.
    virtual ImageMembersJob* members(const QString& imageId);
    // The member's answer to a share (only the member itself may give it): the member as it is now.
    virtual ImageMemberJob* setMemberStatus(const QString& imageId, const QString& memberId,
                                            ImageMember::Status status);

protected:
    // The error of the defaults above: "This cloud speaks glance-v1, which has no <what>."
    ApiError unsupported(const QString& what) const;
};

} // namespace Skylight
