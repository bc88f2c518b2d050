// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "download/downloadrequest.h"

#include <QString>
#include <optional>

namespace Skylight {

// The small file beside NAME.part that makes it resumable: which image and which bytes it holds.
// Holds no secret (no token, no URL). Read and written through the download's DownloadFolder
// (never following a link), so only its bytes are handled here.
struct PartSidecar
{
    QString imageId;
    qint64 expectedSize = -1;
    QString hashAlgorithm;
    QByteArray hashValue;
    QByteArray md5;

    static QString nameFor(const QString& partName);
    static PartSidecar from(const DownloadRequest& request);
    static std::optional<PartSidecar> fromJson(const QByteArray& json);
    QByteArray toJson() const;
    // The same image, the same bytes expected, and something to prove them with: a part of an
    // image without any checksum is never resumed.
    bool matches(const DownloadRequest& request) const;
};

} // namespace Skylight
