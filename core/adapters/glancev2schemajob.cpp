// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/glancev2schemajob.h"

#include "image/jsonpayload.h"
#include "image/metadefnamespace.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

GlanceV2SchemaJob::GlanceV2SchemaJob(QUrl serviceRoot, Get get, QObject* parent)
    : Job<ImageSchema>(parent)
    , m_root(std::move(serviceRoot))
    , m_get(std::move(get))
{}

void GlanceV2SchemaJob::start()
{
    send(u"/v2/schemas/image"_s, QString(), &GlanceV2SchemaJob::onSchema);
}

void GlanceV2SchemaJob::doAbort()
{
    if (m_current)
        m_current->abort();
}

void GlanceV2SchemaJob::send(const QString& path, const QString& query,
                             void (GlanceV2SchemaJob::*then)(const Result<HttpResponse>&))
{
    QUrl url = m_root;
    url.setPath(m_root.path() + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    HttpJob* job = m_get(url);
    job->setParent(this);
    m_current = job;
    connect(job, &ApiJob::finished, this, [this, job, then] {
        job->deleteLater();
        if (!isFinished())
            (this->*then)(job->result());
    });
    job->start();
}

void GlanceV2SchemaJob::onSchema(const Result<HttpResponse>& response)
{
    if (!response) {
        finishWith(std::unexpected(response.error()));
        return;
    }
    auto payload = jsonObjectPayload(
        *response, QCoreApplication::translate("Skylight::GlanceV2SchemaJob", "the image schema"));
    if (!payload) {
        finishWith(std::unexpected(payload.error()));
        return;
    }
    auto schema = ImageSchema::fromJson(*payload);
    if (!schema) {
        finishWith(std::unexpected(schema.error()));
        return;
    }
    m_schema = std::move(*schema);
    send(u"/v2/metadefs/namespaces"_s,
         u"resource_types=OS::Glance::Image&limit=%1"_s.arg(MetadefNamespace::kMaxNamespaces),
         &GlanceV2SchemaJob::onNamespaces);
}

void GlanceV2SchemaJob::onNamespaces(const Result<HttpResponse>& response)
{
    // No metadata definitions (404, 403, a broken answer): the schema alone. A refused token is
    // the answer all the same, so that the caller's renewal sends it all again.
    if (!response && response.error().kind == ApiError::Kind::Unauthorized) {
        finishWith(std::unexpected(response.error()));
        return;
    }
    if (response) {
        if (auto payload = jsonObjectPayload(*response, u"metadefs"_s)) {
            if (auto names = MetadefNamespace::namesFromList(*payload))
                m_pending = *names;
        }
    }
    nextNamespace();
}

void GlanceV2SchemaJob::onNamespace(const Result<HttpResponse>& response)
{
    if (!response && response.error().kind == ApiError::Kind::Unauthorized) {
        finishWith(std::unexpected(response.error()));
        return;
    }
    if (response) {
        if (auto payload = jsonObjectPayload(*response, u"metadefs"_s))
            m_schema.addDefinitions(MetadefNamespace::properties(*payload));
    }
    nextNamespace();
}

void GlanceV2SchemaJob::nextNamespace()
{
    if (m_pending.isEmpty()) {
        finishWith(m_schema);
        return;
    }
    const QString name = m_pending.takeFirst();
    send(u"/v2/metadefs/namespaces/"_s + QString::fromLatin1(QUrl::toPercentEncoding(name)),
         u"resource_type=OS::Glance::Image"_s, &GlanceV2SchemaJob::onNamespace);
}

} // namespace Skylight
