// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "inspect/inspectionresult.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>

namespace Skylight {

struct FileLocation;
struct ImageRecord;

// One image binary to fetch into a file.
struct DownloadRequest
{
    // The image's bytes at `location`, checked against its size and checksums.
    static DownloadRequest forImage(const ImageRecord& record, const FileLocation& location,
                                    const QString& targetPath);

    QString imageId;
    QUrl url;           // where the bytes are (the image API's file URL)
    QByteArray token;   // X-Auth-Token, for url's origin only
    QString targetPath; // the final file; bytes go to targetPath + ".part" first
    qint64 expectedSize = -1;
    QString hashAlgorithm; // os_hash_algo (sha512...), when the image has one
    QByteArray hashValue;  // os_hash_value, hex
    QByteArray md5;        // checksum, hex
    QString store;         // the image's store(s) (Glance v2 `stores`), when the cloud says
    // The store the user asked the bytes to come from (empty: the cloud chooses). Set only where
    // the adapter offersDownloadStoreChoice(), whose fileLocation() would honour it; no adapter
    // does today, so nothing sends it. Not `store`, which is what range support is noted under.
    QString preferredStore;
    bool verify = true;
    bool resume = true;                         // continue a matching .part file
    bool overwrite = false;                     // replace an existing targetPath
    int maxRetries = 5;                         // connection loss, 5xx, 429/413
    std::chrono::milliseconds retryDelay{1000}; // doubled on each retry; Retry-After wins
    std::chrono::seconds maxRetryAfter{300};    // a longer Retry-After is reported, not waited for
    // The contents (ContentCheck): inspected as they are written; a verdict that is not
    // acceptable() (unsafe, or not declaredFormat) refuses the download before the part is placed,
    // and the part and its sidecar are removed. allowUnsafe keeps such a file (the outcome carries
    // the verdict); askOnUnsafe (the GUI) has FileDownloader::contentRejected() ask instead, the
    // part waiting for acceptUnsafe() or rejectUnsafe().
    QString declaredFormat; // the image's disk_format; empty: any format matches
    bool inspect = true;    // off only for benchmarks measuring what inspecting costs
    bool allowUnsafe = false;
    bool askOnUnsafe = false;
};

// What a finished download did.
struct DownloadOutcome
{
    QString path;
    qint64 bytes = 0;        // size of the file
    qint64 bytesFetched = 0; // sent by the server in this run (less than bytes when resumed)
    bool resumed = false;
    QString algorithm; // what was checked: sha512, md5...
    QByteArray digest; // hex
    bool verified = false;
    QString verifyNote; // how, or why nothing could be checked
    int retries = 0;
    std::optional<InspectionResult> inspection; // what the contents are (none: not inspected)
};

} // namespace Skylight
