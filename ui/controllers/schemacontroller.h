// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imageschema.h"
#include "net/job.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace Skylight {

class BrowsingController;
class FilterBar;
class ImageAdapter;
class ImageDetailsView;
class SchemaCache;

// What the cloud shown says of its image fields and properties (issue 18): its image schema with
// the metadata definitions' titles, given to the details (tooltips, friendly titles, kinds) and
// the filter bar (enum values in the completion). Taken from the SchemaCache while fresh, else
// asked once per endpoint and session (adapter->schema()) and kept there; a failure that may pass
// (the network, a timeout, a busy server, a token being renewed) is asked again when the cloud is
// shown again. The schema only adds
// help: a cloud that has none (another dialect) or refuses it is noted in the debug log, never
// shown as an error. An answer for a cloud no longer shown is kept for its endpoint, not shown.
class SchemaController : public QObject
{
    Q_OBJECT
public:
    // Endpoints remembered for the session (the cache keeps more, on disk).
    static constexpr qsizetype kMaxKnown = 32;

    explicit SchemaController(QObject* parent = nullptr);

    // Where schemas are kept between runs (not owned; may be null: this session only). Set before
    // the event loop runs: the cloud shown is looked at from the event loop.
    void setCache(SchemaCache* cache) { m_cache = cache; }

    // Follows the cloud the window shows (none: only setAdapter() changes it) and gives its
    // schema to the details and the filter bar (either may be null).
    struct Parts
    {
        BrowsingController* browsing;
        ImageDetailsView* details;
        FilterBar* filterBar;
    };
    void attach(const Parts& parts);

    // Shows the schema of `adapter`'s endpoint (null: none): known, cached, else asked for.
    void setAdapter(ImageAdapter* adapter);
    // The schema of the cloud shown; empty while none is known.
    const ImageSchema& schema() const { return m_schema; }
    // Whether a request for the cloud shown's schema is running.
    bool isFetching() const;

Q_SIGNALS:
    // schema() changed (another cloud, or its schema arrived).
    void schemaChanged();

private:
    void follow();
    void show(const ImageSchema& schema);
    void remember(const QString& key, const ImageSchema& schema);
    void onFinished(const QString& key, const QUrl& endpoint, const Result<ImageSchema>& result);

    SchemaCache* m_cache = nullptr;
    Parts m_parts{};
    QTimer m_follow; // coalesces the browsing's news into one look from the event loop
    QPointer<ImageAdapter> m_adapter;
    QString m_key; // endpointKey() of the cloud shown; empty when none
    ImageSchema m_schema;
    QHash<QString, ImageSchema> m_known; // by endpoint key, bounded
    QStringList m_knownOrder;            // oldest first
    QSet<QString> m_asked;               // endpoints asked this session (answered or not), bounded
    QHash<QString, QPointer<Job<ImageSchema>>> m_running;
};

} // namespace Skylight
