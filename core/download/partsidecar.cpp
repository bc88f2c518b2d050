#include "partsidecar.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

QString PartSidecar::pathFor(const QString& partPath)
{
    return partPath + u".skylight"_s;
}

PartSidecar PartSidecar::from(const DownloadRequest& request)
{
    return PartSidecar{request.imageId,   request.expectedSize, request.hashAlgorithm,
                       request.hashValue, request.md5,          0};
}

std::optional<PartSidecar> PartSidecar::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    if (object.value(u"format"_s).toInt() != 1)
        return std::nullopt;
    PartSidecar sidecar;
    sidecar.imageId = object.value(u"image_id"_s).toString();
    sidecar.expectedSize = static_cast<qint64>(object.value(u"expected_size"_s).toDouble(-1));
    sidecar.hashAlgorithm = object.value(u"hash_algo"_s).toString();
    sidecar.hashValue = object.value(u"hash_value"_s).toString().toLatin1();
    sidecar.md5 = object.value(u"checksum"_s).toString().toLatin1();
    sidecar.bytesDone = static_cast<qint64>(object.value(u"bytes_done"_s).toDouble());
    return sidecar;
}

bool PartSidecar::write(const QString& path) const
{
    const QJsonObject object{
        {u"format"_s, 1},
        {u"image_id"_s, imageId},
        {u"expected_size"_s, static_cast<double>(expectedSize)},
        {u"hash_algo"_s, hashAlgorithm},
        {u"hash_value"_s, QString::fromLatin1(hashValue)},
        {u"checksum"_s, QString::fromLatin1(md5)},
        {u"bytes_done"_s, static_cast<double>(bytesDone)},
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    return file.commit();
}

bool PartSidecar::matches(const DownloadRequest& request) const
{
    return imageId == request.imageId && expectedSize == request.expectedSize &&
           hashAlgorithm == request.hashAlgorithm && hashValue == request.hashValue && md5 == request.md5;
}

} // namespace Skylight
