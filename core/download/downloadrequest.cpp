#include "downloadrequest.h"

#include "adapters/filelocation.h"
#include "image/imagerecord.h"

namespace Skylight {

DownloadRequest DownloadRequest::forImage(const ImageRecord& record, const FileLocation& location,
                                          const QString& targetPath)
{
    DownloadRequest request;
    request.imageId = record.id;
    request.url = location.url;
    request.token = location.token;
    request.targetPath = targetPath;
    request.expectedSize = record.size.value_or(-1);
    request.hashAlgorithm = record.hashAlgo.value_or(QString());
    request.hashValue = record.hashValue.value_or(QString()).toLatin1();
    request.md5 = record.checksum.value_or(QString()).toLatin1();
    return request;
}

} // namespace Skylight
