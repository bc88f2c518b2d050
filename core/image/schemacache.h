// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imageschema.h"

#include <QDateTime>
#include <QString>
#include <QUrl>
#include <optional>

namespace Skylight {

// The image schema of each cloud (with its metadata definitions), kept between runs so that a
// cloud is asked once a week rather than at every start: one JSON file per endpoint (named by a
// hash of endpointKey(): no server text or URL in a path) in a folder of this user (created 0700).
// A file holds the endpoint key, the time it was written and the schema, nothing else (no token).
// Bounded: at most maxEntries files (the oldest go first), kMaxFileBytes each, and entries older
// than kMaxAgeDays are not used. A file that is a symbolic link, not a regular file, too large,
// corrupt or for another endpoint is ignored; writes go through QSaveFile (a link planted at the
// name is removed, never followed).
class SchemaCache
{
public:
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;
    static constexpr int kDefaultMaxEntries = 64;
    static constexpr int kMaxAgeDays = 7;

    // `directory`: the app passes QStandardPaths::CacheLocation + "/schemas".
    explicit SchemaCache(QString directory, int maxEntries = kDefaultMaxEntries);

    const QString& directory() const { return m_directory; }
    static QString fileNameFor(const QUrl& endpoint);

    // The schema kept for `endpoint`, unless older than kMaxAgeDays at `now` (or from the future).
    std::optional<ImageSchema> find(const QUrl& endpoint,
                                    const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // False when nothing was kept (the folder or file could not be written, too large).
    bool store(const QUrl& endpoint, const ImageSchema& schema,
               const QDateTime& now = QDateTime::currentDateTimeUtc());
    int count() const;

private:
    bool ensureDirectory() const;
    void evict(const QString& kept);

    QString m_directory;
    int m_maxEntries;
};

} // namespace Skylight
