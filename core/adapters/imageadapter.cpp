// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/imageadapter.h"

#include "net/failedjob.h"

#include <QCoreApplication>
#include <QTimer>

namespace Skylight {

void ImageAdapter::renewToken(int generation, QObject* context,
                              std::function<void(std::optional<ApiError>)> done)
{
    Q_UNUSED(generation);
    const ApiError why =
        ApiError::make(ApiError::Kind::Unauthorized,
                       QCoreApplication::translate(
                           "Skylight::ImageAdapter",
                           "The token was refused, and a token given on its own cannot be renewed."));
    QTimer::singleShot(0, context, [done = std::move(done), why] { done(why); });
}

// ---- What the cloud says of itself (issue 18) ----

ApiError ImageAdapter::unsupported(const QString& what) const
{
    return ApiError::make(ApiError::Kind::BadRequest,
                          QCoreApplication::translate("Skylight::ImageAdapter",
                                                      "This cloud speaks %1, which has no %2: only the "
                                                      "Image API v2 (glance-v2) tells it.")
                              .arg(dialectName(dialect()), what));
}

ImageStoresJob* ImageAdapter::stores()
{
    return new FailedJob<ImageStoreList>(
        unsupported(QCoreApplication::translate("Skylight::ImageAdapter", "image stores")), this);
}

ImportInfoJob* ImageAdapter::importInfo()
{
    return new FailedJob<ImportInfo>(
        unsupported(QCoreApplication::translate("Skylight::ImageAdapter", "import methods")), this);
}

ImageUsageJob* ImageAdapter::usage()
{
    return new FailedJob<ImageUsage>(
        unsupported(QCoreApplication::translate("Skylight::ImageAdapter", "quota usage")), this);
}

ImageTasksJob* ImageAdapter::tasks(const QString& imageId)
{
    Q_UNUSED(imageId);
    return new FailedJob<ImageTaskList>(
        unsupported(QCoreApplication::translate("Skylight::ImageAdapter", "image tasks")), this);
}

ImageSchemaJob* ImageAdapter::schema()
{
    return new FailedJob<ImageSchema>(
        unsupported(QCoreApplication::translate("Skylight::ImageAdapter", "image schema")), this);
}

// --- Image sharing ---

namespace {
ApiError noSharing(Dialect dialect)
{
    ApiError error = ApiError::make(
        ApiError::Kind::BadRequest,
        QCoreApplication::translate("Skylight::ImageAdapter",
                                    "This cloud speaks %1, which has no image sharing: image members and "
                                    "their acceptance are a feature of the Image API v2 (glance-v2).")
            .arg(dialectName(dialect)));
    return error; // httpStatus 0: refused before any request
}
} // namespace

ImageMembersJob* ImageAdapter::members(const QString& imageId)
{
    Q_UNUSED(imageId);
    return new FailedJob<ImageMembers>(noSharing(dialect()), this);
}

ImageMemberJob* ImageAdapter::setMemberStatus(const QString& imageId, const QString& memberId,
                                              ImageMember::Status status)
{
    Q_UNUSED(imageId);
    Q_UNUSED(memberId);
    Q_UNUSED(status);
    return new FailedJob<ImageMember>(noSharing(dialect()), this);
}

} // namespace Skylight
