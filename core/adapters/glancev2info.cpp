// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// GlanceV2Adapter: what the cloud says of itself (issue 18): stores, import methods, quota usage,
// an image's tasks and the image schema.

#include "adapters/fallbackjob.h"
#include "adapters/glancev2adapter.h"
#include "adapters/glancev2schemajob.h"
#include "image/jsonpayload.h"
#include "net/resultjob.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

QUrl GlanceV2Adapter::infoUrl(const QString& path) const
{
    QUrl url = m_root;
    url.setPath(m_root.path() + path, QUrl::TolerantMode);
    return url;
}

namespace {
const RawHeaderList kJsonHeaders{{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
} // namespace

template <class T>
Job<T>* GlanceV2Adapter::getInfo(const QUrl& url, const QString& what, const QString& notFound,
                                 std::function<Result<T>(const QJsonObject&)> parse)
{
    auto* job = new ResultJob<T>(
        makeHttpJob(url, kJsonHeaders),
        [what, notFound, parse = std::move(parse)](const Result<HttpResponse>& response) -> Result<T> {
            if (!response) {
                ApiError error = response.error();
                if (error.kind == ApiError::Kind::NotFound && !notFound.isEmpty())
                    error.message = notFound;
                return std::unexpected(error);
            }
            auto payload = jsonObjectPayload(*response, what);
            if (!payload)
                return std::unexpected(payload.error());
            return parse(*payload);
        },
        this);
    job->start();
    return job;
}

ImageStoresJob* GlanceV2Adapter::stores()
{
    const QString notFound = QCoreApplication::translate(
        "Skylight::GlanceV2Adapter",
        "This cloud lists no stores (GET /v2/info/stores answered 404): its Image "
        "API keeps every image in one store.");
    const auto plain = [this, notFound] {
        return getInfo<ImageStoreList>(
            infoUrl(u"/v2/info/stores"_s),
            QCoreApplication::translate("Skylight::GlanceV2Adapter", "the store list"), notFound,
            &ImageStoreList::fromJson);
    };
    const auto detail = [this, notFound] {
        return getInfo<ImageStoreList>(
            infoUrl(u"/v2/info/stores/detail"_s),
            QCoreApplication::translate("Skylight::GlanceV2Adapter", "the store list"), notFound,
            &ImageStoreList::fromJson);
    };
    // Only administrators read the detail: others are refused (403, or 400 on some releases), and
    // releases before it answer 404.
    return new FallbackJob<ImageStoreList>(
        detail,
        [](const ApiError& error) {
            return error.kind == ApiError::Kind::Forbidden || error.kind == ApiError::Kind::BadRequest ||
                   error.kind == ApiError::Kind::NotFound;
        },
        plain, this);
}

ImportInfoJob* GlanceV2Adapter::importInfo()
{
    return getInfo<ImportInfo>(
        infoUrl(u"/v2/info/import"_s),
        QCoreApplication::translate("Skylight::GlanceV2Adapter", "the import methods"),
        QCoreApplication::translate("Skylight::GlanceV2Adapter",
                                    "This cloud has no image import (GET /v2/info/import answered 404)."),
        &ImportInfo::fromJson);
}

ImageUsageJob* GlanceV2Adapter::usage()
{
    return getInfo<ImageUsage>(
        infoUrl(u"/v2/info/usage"_s),
        QCoreApplication::translate("Skylight::GlanceV2Adapter", "the quota usage"),
        QCoreApplication::translate("Skylight::GlanceV2Adapter",
                                    "This cloud tells no quota usage (GET /v2/info/usage answered 404)."),
        &ImageUsage::fromJson);
}

ImageTasksJob* GlanceV2Adapter::tasks(const QString& imageId)
{
    QUrl url = showUrl(imageId);
    url.setPath(url.path(QUrl::FullyEncoded) + u"/tasks"_s, QUrl::StrictMode);
    const QString where = endpoint().toDisplayString(QUrl::RemoveUserInfo);
    return getInfo<ImageTaskList>(
        url, QCoreApplication::translate("Skylight::GlanceV2Adapter", "the image's tasks"),
        QCoreApplication::translate(
            "Skylight::GlanceV2Adapter",
            "No image with ID %1 exists at %2, or its Image API has no image tasks (they came with "
            "v2.12).")
            .arg(imageId, where),
        &ImageTaskList::fromJson);
}

ImageSchemaJob* GlanceV2Adapter::schema()
{
    auto* job = new GlanceV2SchemaJob(
        m_root, [this](const QUrl& url) { return makeHttpJob(url, kJsonHeaders); }, this);
    job->start();
    return job;
}

} // namespace Skylight
