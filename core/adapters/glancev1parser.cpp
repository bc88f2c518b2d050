// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/glancev1parser.h"

#include "image/jsonfields.h"
#include "image/jsonpayload.h"
#include "image/nesting.h"
#include "net/headerparsing.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace Skylight::GlanceV1 {

namespace {
constexpr QByteArrayView kMetaPrefix = "x-image-meta-";
constexpr QByteArrayView kPropertyPrefix = "x-image-meta-property-";

const QSet<QString>& normalisedKeys()
{
    static const QSet<QString> keys{
        u"id"_s,           u"name"_s,        u"status"_s,           u"size"_s,
        u"virtual_size"_s, u"disk_format"_s, u"container_format"_s, u"min_disk"_s,
        u"min_ram"_s,      u"checksum"_s,    u"is_public"_s,        u"protected"_s,
        u"owner"_s,        u"created_at"_s,  u"updated_at"_s,       u"properties"_s,
        u"uri"_s};
    return keys;
}

// Fills the normalised fields from a flat object of v1 fields (JSON entry or headers).
void fill(ImageRecord& record, const QJsonObject& fields)
{
    using namespace JsonFields;
    record.dialect = Dialect::GlanceV1;
    record.id = text(fields.value(u"id"_s)).value_or(QString());
    record.name = text(fields.value(u"name"_s));
    if (auto status = text(fields.value(u"status"_s)))
        record.status = status->toLower();
    record.size = integer(fields.value(u"size"_s));
    record.virtualSize = integer(fields.value(u"virtual_size"_s));
    record.diskFormat = text(fields.value(u"disk_format"_s));
    record.containerFormat = text(fields.value(u"container_format"_s));
    record.minDisk = integer(fields.value(u"min_disk"_s));
    record.minRam = integer(fields.value(u"min_ram"_s));
    record.checksum = text(fields.value(u"checksum"_s));
    if (const auto isPublic = boolean(fields.value(u"is_public"_s)))
        record.visibility = *isPublic ? u"public"_s : u"private"_s;
    record.isProtected = boolean(fields.value(u"protected"_s));
    record.owner = text(fields.value(u"owner"_s));
    if (record.owner && record.owner->isEmpty())
        record.owner.reset();
    record.createdAt = dateTime(fields.value(u"created_at"_s));
    record.updatedAt = dateTime(fields.value(u"updated_at"_s));
    if (record.status == u"active"_s)
        record.progress = 100;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!normalisedKeys().contains(it.key()))
            record.properties.insert(it.key(), it.value());
    }
}
} // namespace

QString headerText(const QByteArray& value)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(value);
    if (decoder.hasError())
        return QString::fromLatin1(value);
    return text;
}

Result<ImageRecord> parseHeaders(const HttpResponse& response, const QUrl& selfUrl)
{
    QJsonObject fields;
    QJsonObject properties;
    QByteArray raw = "HTTP " + QByteArray::number(response.status) + '\n';
    for (const auto& [name, value] : response.headers) {
        raw += name + ": " + value + '\n';
        const QByteArray lower = name.toLower();
        if (lower.startsWith(kPropertyPrefix)) {
            const QString key = headerText(lower.mid(kPropertyPrefix.size()));
            if (!properties.contains(key)) // duplicate headers: the first one counts
                properties.insert(key, headerText(value));
        } else if (lower.startsWith(kMetaPrefix)) {
            const QString key = headerText(lower.mid(kMetaPrefix.size()));
            // Glance v1 writes Python's None (or nothing) for absent values.
            const QByteArray trimmed = value.trimmed();
            if (!fields.contains(key))
                fields.insert(key, trimmed.isEmpty() || trimmed == "None" ? QJsonValue()
                                                                          : QJsonValue(headerText(value)));
        }
    }
    if (fields.value(u"id"_s).toString().isEmpty()) {
        return std::unexpected(ApiError::make(
            ApiError::Kind::BadPayload,
            QCoreApplication::translate(
                "Skylight::GlanceV1Parser",
                "The server's answer has no x-image-meta-id header: it is not an Image API v1 service.")));
    }
    ImageRecord record;
    fill(record, fields);
    for (auto it = properties.begin(); it != properties.end(); ++it)
        record.properties.insert(it.key(), it.value());
    record.links.append({u"self"_s, selfUrl.toString(), std::nullopt});
    // Absolute or relative (resolved against the image's address), as any Location.
    if (const auto location = HeaderParsing::location(response.header("Location"), selfUrl);
        location && *location != selfUrl)
        record.links.append({u"location"_s, location->toString(), std::nullopt});
    record.raw = raw;
    record.rawContentType = QByteArrayLiteral("text/plain");
    return record;
}

ImageRecord parseImage(const QJsonObject& object)
{
    ImageRecord record;
    fill(record, object);
    const QJsonObject properties = object.value(u"properties"_s).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        record.properties.insert(it.key(), it.value());
    if (const auto uri = JsonFields::text(object.value(u"uri"_s)); uri && !uri->isEmpty())
        record.links.append({u"self"_s, *uri, std::nullopt});
    record.properties = Nesting::bounded(record.properties);
    record.raw = Nesting::compactJson(object);
    record.rawContentType = QByteArrayLiteral("application/json");
    return record;
}

Result<ImagePage> parseList(const HttpResponse& response)
{
    auto object = jsonObjectPayload(
        response, QCoreApplication::translate("Skylight::GlanceV1Parser", "the image list"));
    if (!object)
        return std::unexpected(object.error());
    auto page = imagePage(*object, [&](const QJsonObject& entry) { return parseImage(entry); });
    if (!page)
        return page;
    return page;
}

} // namespace Skylight::GlanceV1
