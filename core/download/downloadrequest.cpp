// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "download/downloadrequest.h"

#include "adapters/filelocation.h"
#include "image/imagerecord.h"

#include <QJsonValue>
#include <algorithm>

namespace Skylight {

DownloadRequest DownloadRequest::forImage(const ImageRecord& record, const FileLocation& location,
                                          const QString& targetPath)
{
    DownloadRequest request;
    request.imageId = record.id;
    request.url = location.url;
    request.token = location.token;
    request.targetPath = targetPath;
    // A negative size from the server is no size: never a total to count against or to print.
    request.expectedSize = std::max<qint64>(record.size.value_or(-1), -1);
    request.hashAlgorithm = record.hashAlgo.value_or(QString());
    request.hashValue = record.hashValue.value_or(QString()).toLatin1();
    request.md5 = record.checksum.value_or(QString()).toLatin1();
    request.declaredFormat = record.diskFormat.value_or(QString()).left(64);
    const QJsonValue stores = record.properties.value(QStringLiteral("stores"));
    if (stores.isString())
        request.store = stores.toString().left(256);
    return request;
}

} // namespace Skylight
