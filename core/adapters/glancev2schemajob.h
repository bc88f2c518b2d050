// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imageschema.h"
#include "net/httpjob.h"
#include "net/job.h"

#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace Skylight {

// The image schema of an Image API v2 with the titles of its metadata definitions: GET
// /v2/schemas/image, then GET /v2/metadefs/namespaces?resource_types=OS::Glance::Image and each
// namespace (at most MetadefNamespace::kMaxNamespaces, one after the other, with
// resource_type=OS::Glance::Image so that Glance names the properties as images carry them).
// The schema is the answer: metadata definitions the cloud has not, or refuses, are left out.
class GlanceV2SchemaJob final : public Job<ImageSchema>
{
public:
    // `get` hands out an HttpJob for a URL (not started), with the adapter's token and options.
    using Get = std::function<HttpJob*(const QUrl&)>;

    GlanceV2SchemaJob(QUrl serviceRoot, Get get, QObject* parent = nullptr);
    void start();

protected:
    void doAbort() override;

private:
    void send(const QString& path, const QString& query,
              void (GlanceV2SchemaJob::*then)(const Result<HttpResponse>&));
    void onSchema(const Result<HttpResponse>& response);
    void onNamespaces(const Result<HttpResponse>& response);
    void onNamespace(const Result<HttpResponse>& response);
    void nextNamespace();

    QUrl m_root;
    Get m_get;
    QPointer<HttpJob> m_current;
    ImageSchema m_schema;
    QStringList m_pending;
};

} // namespace Skylight
