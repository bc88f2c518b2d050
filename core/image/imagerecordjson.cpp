// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/imagerecordjson.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
QJsonValue orNull(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
} // namespace

QString isoUtc(const std::optional<QDateTime>& time)
{
    if (!time || !time->isValid())
        return {};
    return time->toUTC().toString(Qt::ISODate);
}

const QStringList& contractKeys()
{
    static const QStringList keys{u"id"_s,
                                  u"name"_s,
                                  u"status"_s,
                                  u"size"_s,
                                  u"virtual_size"_s,
                                  u"disk_format"_s,
                                  u"container_format"_s,
                                  u"min_disk"_s,
                                  u"min_ram"_s,
                                  u"checksum"_s,
                                  u"hash_algo"_s,
                                  u"hash_value"_s,
                                  u"visibility"_s,
                                  u"protected"_s,
                                  u"owner"_s,
                                  u"created_at"_s,
                                  u"updated_at"_s,
                                  u"progress"_s,
                                  u"tags"_s,
                                  u"links"_s,
                                  u"properties"_s,
                                  u"dialect"_s};
    return keys;
}

QJsonObject toContractJson(const ImageRecord& record)
{
    QJsonObject out;
    out.insert(u"id"_s, record.id);
    out.insert(u"name"_s, orNull(record.name));
    out.insert(u"status"_s, orNull(record.status));
    out.insert(u"size"_s, orNull(record.size));
    out.insert(u"virtual_size"_s, orNull(record.virtualSize));
    out.insert(u"disk_format"_s, orNull(record.diskFormat));
    out.insert(u"container_format"_s, orNull(record.containerFormat));
    out.insert(u"min_disk"_s, orNull(record.minDisk));
    out.insert(u"min_ram"_s, orNull(record.minRam));
    out.insert(u"checksum"_s, orNull(record.checksum));
    out.insert(u"hash_algo"_s, orNull(record.hashAlgo));
    out.insert(u"hash_value"_s, orNull(record.hashValue));
    out.insert(u"visibility"_s, orNull(record.visibility));
    out.insert(u"protected"_s, record.isProtected ? QJsonValue(*record.isProtected) : QJsonValue());
    out.insert(u"owner"_s, orNull(record.owner));
    const QString created = isoUtc(record.createdAt);
    const QString updated = isoUtc(record.updatedAt);
    out.insert(u"created_at"_s, created.isEmpty() ? QJsonValue() : QJsonValue(created));
    out.insert(u"updated_at"_s, updated.isEmpty() ? QJsonValue() : QJsonValue(updated));
    out.insert(u"progress"_s, record.progress ? QJsonValue(*record.progress) : QJsonValue());
    out.insert(u"tags"_s, record.tags ? QJsonValue(QJsonArray::fromStringList(*record.tags)) : QJsonValue());
    QJsonArray links;
    for (const ImageLink& link : record.links) {
        links.append(QJsonObject{{u"rel"_s, link.rel},
                                 {u"href"_s, link.href},
                                 {u"type"_s, link.type ? QJsonValue(*link.type) : QJsonValue()}});
    }
    out.insert(u"links"_s, links);
    out.insert(u"properties"_s, record.properties);
    out.insert(u"dialect"_s, dialectName(record.dialect));
    return out;
}

QJsonArray toContractJson(const QList<ImageRecord>& records)
{
    QJsonArray array;
    for (const ImageRecord& record : records)
        array.append(toContractJson(record));
    return array;
}

} // namespace Skylight
