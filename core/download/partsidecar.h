#pragma once

#include "downloadrequest.h"

#include <QString>
#include <optional>

namespace Skylight {

// The small file beside NAME.part that makes it resumable: which image and which bytes it holds.
// Holds no secret (no token, no URL query).
struct PartSidecar
{
    QString imageId;
    qint64 expectedSize = -1;
    QString hashAlgorithm;
    QByteArray hashValue;
    QByteArray md5;
    qint64 bytesDone = 0;

    static QString pathFor(const QString& partPath);
    static PartSidecar from(const DownloadRequest& request);
    static std::optional<PartSidecar> read(const QString& path);
    bool write(const QString& path) const;
    // The same image, the same bytes expected.
    bool matches(const DownloadRequest& request) const;
};

} // namespace Skylight
