// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "inspect/inspectionresult.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace Skylight {

struct ImageRecord;

// What inspecting an image found, kept between runs so that an image is read once: one small JSON
// file per image id and checksum (os_hash_value, else the MD5 checksum) in a folder of this user
// (created 0700). An image without a checksum is never cached: its data could change under the
// same id. A file holds the id, the checksum and the verdict, nothing else (no token, no URL).
// Bounded: at most maxEntries files (the oldest go first) and kMaxFileBytes each. A file that is
// a symbolic link, not a regular file, too large, corrupt or for another id is ignored. Writes
// go through QSaveFile (a link planted at the name is removed, never followed).
class VerdictCache
{
public:
    static constexpr qint64 kMaxFileBytes = 64 * 1024;
    static constexpr int kDefaultMaxEntries = 2000;

    // `directory`: the app passes QStandardPaths::CacheLocation + "/inspections".
    explicit VerdictCache(QString directory, int maxEntries = kDefaultMaxEntries);

    const QString& directory() const { return m_directory; }
    int maxEntries() const { return m_maxEntries; }

    // What identifies an image's data: "sha512:…" (os_hash_algo and os_hash_value), else "md5:…"
    // (checksum); empty when the record has neither.
    static QString checksumOf(const ImageRecord& record);
    // Every checksum the record gives: the hash, then the MD5 checksum. A record is found by any
    // of them and stored under each (a listing may give only the MD5 one).
    static QStringList checksumsOf(const ImageRecord& record);
    // The file an entry is kept in (a hash of the id and checksum: no server text in a path).
    static QString fileNameFor(const QString& id, const QString& checksum);

    std::optional<InspectionResult> find(const QString& id, const QString& checksum) const;
    std::optional<InspectionResult> find(const ImageRecord& record) const;
    // False when nothing was kept (no checksum, the folder or file could not be written).
    bool store(const QString& id, const QString& checksum, const InspectionResult& result);
    bool store(const ImageRecord& record, const InspectionResult& result);
    // The entries kept now.
    int count() const;

private:
    bool ensureDirectory() const;
    // Removes the oldest entries beyond maxEntries, never `kept`.
    void evict(const QString& kept);

    QString m_directory;
    int m_maxEntries;
};

} // namespace Skylight
