// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/schemacontroller.h"

#include "adapters/imageadapter.h"
#include "controllers/browsingcontroller.h"
#include "controllers/cloudbrowser.h"
#include "image/schemacache.h"
#include "net/endpointkey.h"
#include "net/logging.h"
#include "net/terminaltext.h"
#include "widgets/filterbar.h"
#include "widgets/imagedetailsview.h"

namespace Skylight {

namespace {
// Endpoints asked this session: past this many, the set starts again (each is asked once more).
constexpr qsizetype kMaxAsked = 1024;
} // namespace

SchemaController::SchemaController(QObject* parent)
    : QObject(parent)
{
    m_follow.setSingleShot(true);
    m_follow.setInterval(0);
    connect(&m_follow, &QTimer::timeout, this, &SchemaController::follow);
}

void SchemaController::attach(const Parts& parts)
{
    m_parts = parts;
    if (!parts.browsing)
        return; // the adapter comes with setAdapter()
    const auto later = [this] {
        m_follow.start();
    };
    connect(parts.browsing, &BrowsingController::adapterBound, this, later);
    connect(parts.browsing, &BrowsingController::statusChanged, this, later);
    later();
}

void SchemaController::follow()
{
    if (m_parts.browsing)
        setAdapter(m_parts.browsing->adapter());
}

bool SchemaController::isFetching() const
{
    const auto running = m_running.constFind(m_key);
    return running != m_running.cend() && !running->isNull();
}

void SchemaController::setAdapter(ImageAdapter* adapter)
{
    const QUrl endpoint = adapter ? adapter->endpoint() : QUrl();
    const QString key = adapter ? endpointKey(endpoint) : QString();
    m_adapter = adapter;
    if (key == m_key)
        return; // the same cloud (its schema shown, or on its way)
    m_key = key;
    if (key.isEmpty()) {
        show(ImageSchema());
        return;
    }
    if (const auto known = m_known.constFind(key); known != m_known.cend()) {
        show(*known);
        return;
    }
    if (m_cache) {
        if (std::optional<ImageSchema> cached = m_cache->find(endpoint)) {
            remember(key, *cached);
            show(*cached);
            return;
        }
    }
    show(ImageSchema()); // not the previous cloud's
    // A job gone without an answer (its adapter was deleted with its cloud's browser) is asked again.
    if (const auto running = m_running.constFind(key); running != m_running.cend() && running->isNull()) {
        m_running.remove(key);
        m_asked.remove(key);
    }
    if (m_asked.contains(key))
        return; // asked already this session: on its way, or the cloud has none
    if (m_asked.size() >= kMaxAsked) {
        m_asked.clear();
        m_running.removeIf([](const auto& entry) { return entry.value().isNull(); });
    }
    m_asked.insert(key);
    ImageSchemaJob* job = adapter->schema();
    if (!job)
        return;
    m_running.insert(key, job);
    job->then(this, [this, key, endpoint](const Result<ImageSchema>& result) {
        onFinished(key, endpoint, result);
    });
}

void SchemaController::onFinished(const QString& key, const QUrl& endpoint, const Result<ImageSchema>& result)
{
    m_running.remove(key);
    if (!result) {
        // Only help is missing: said in the debug log, never in the window.
        qCDebug(lcUi).noquote() << "No image schema for" << logSafeUrl(endpoint) << "-"
                                << terminalSafe(result.error().describe());
        // Not an answer (cancelled), or one that may be different soon (the network, a busy
        // server, a token being renewed): asked again when the cloud is shown again. A cloud
        // that has no schema (404, 403, 501 Not Implemented, a bad payload) is not asked again
        // this session.
        using Kind = ApiError::Kind;
        switch (result.error().kind) {
        case Kind::Server:
            if (result.error().httpStatus == 501)
                break;
            [[fallthrough]];
        case Kind::Cancelled:
        case Kind::Network:
        case Kind::Timeout:
        case Kind::OverLimit:
        case Kind::Unauthorized:
            m_asked.remove(key);
            break;
        default:
            break;
        }
        return;
    }
    remember(key, *result);
    if (m_cache && !m_cache->store(endpoint, *result))
        qCDebug(lcUi).noquote() << "The image schema of" << logSafeUrl(endpoint) << "was not cached";
    if (key == m_key)
        show(*result); // else for a cloud no longer shown: kept for it, not shown
}

void SchemaController::remember(const QString& key, const ImageSchema& schema)
{
    if (!m_known.contains(key)) {
        m_knownOrder.append(key);
        if (m_knownOrder.size() > kMaxKnown)
            m_known.remove(m_knownOrder.takeFirst());
    }
    m_known.insert(key, schema);
}

void SchemaController::show(const ImageSchema& schema)
{
    m_schema = schema;
    if (m_parts.details)
        m_parts.details->setSchema(schema);
    if (m_parts.filterBar)
        m_parts.filterBar->setSchema(schema);
    Q_EMIT schemaChanged();
}

} // namespace Skylight
