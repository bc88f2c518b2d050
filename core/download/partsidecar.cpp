// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "download/partsidecar.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

QString PartSidecar::nameFor(const QString& partName)
{
    return partName + u".skylight"_s;
}

PartSidecar PartSidecar::from(const DownloadRequest& request)
{
    return PartSidecar{request.imageId, request.expectedSize, request.hashAlgorithm, request.hashValue,
                       request.md5};
}

std::optional<PartSidecar> PartSidecar::fromJson(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (object.value(u"format"_s).toInt() != 1)
        return std::nullopt;
    PartSidecar sidecar;
    sidecar.imageId = object.value(u"image_id"_s).toString();
    sidecar.expectedSize = static_cast<qint64>(object.value(u"expected_size"_s).toDouble(-1));
    sidecar.hashAlgorithm = object.value(u"hash_algo"_s).toString();
    sidecar.hashValue = object.value(u"hash_value"_s).toString().toLatin1();
    sidecar.md5 = object.value(u"checksum"_s).toString().toLatin1();
    return sidecar;
}

QByteArray PartSidecar::toJson() const
{
    const QJsonObject object{
        {u"format"_s, 1},
        {u"image_id"_s, imageId},
        {u"expected_size"_s, static_cast<double>(expectedSize)},
        {u"hash_algo"_s, hashAlgorithm},
        {u"hash_value"_s, QString::fromLatin1(hashValue)},
        {u"checksum"_s, QString::fromLatin1(md5)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

bool PartSidecar::matches(const DownloadRequest& request) const
{
    const bool provable = !request.md5.isEmpty() || !request.hashValue.isEmpty();
    return provable && !imageId.isEmpty() && imageId == request.imageId &&
           expectedSize == request.expectedSize && hashAlgorithm == request.hashAlgorithm &&
           hashValue == request.hashValue && md5 == request.md5;
}

} // namespace Skylight
