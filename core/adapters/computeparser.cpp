// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/computeparser.h"

#include "adapters/computexmlparser.h"
#include "image/jsonfields.h"
#include "image/jsonpayload.h"
#include "image/nesting.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Skylight::Compute {

namespace {
const QSet<QString>& normalisedKeys()
{
    static const QSet<QString> keys{u"id"_s,
                                    u"name"_s,
                                    u"status"_s,
                                    u"created"_s,
                                    u"updated"_s,
                                    u"minDisk"_s,
                                    u"minRam"_s,
                                    u"progress"_s,
                                    u"links"_s,
                                    u"metadata"_s,
                                    u"OS-EXT-IMG-SIZE:size"_s};
    return keys;
}

QString entryId(const QJsonValue& value)
{
    return value.isString() ? value.toString() : QString();
}
} // namespace

bool isXml(const HttpResponse& response)
{
    const QByteArray type = response.header("Content-Type").toLower();
    if (type.contains("xml"))
        return true;
    return !type.contains("json") && response.body.trimmed().startsWith("<?xml");
}

ImageRecord parseImage(const QJsonObject& object, Dialect dialect)
{
    using namespace JsonFields;
    ImageRecord record;
    record.dialect = dialect;
    record.id = text(object.value(u"id"_s)).value_or(QString());
    record.name = text(object.value(u"name"_s));
    if (auto status = text(object.value(u"status"_s)))
        record.status = status->toLower();
    record.createdAt = dateTime(object.value(u"created"_s));
    record.updatedAt = dateTime(object.value(u"updated"_s));
    record.minDisk = integer(object.value(u"minDisk"_s));
    record.minRam = integer(object.value(u"minRam"_s));
    if (const auto progress = integer(object.value(u"progress"_s)))
        record.progress = static_cast<int>(*progress);
    record.size = integer(object.value(u"OS-EXT-IMG-SIZE:size"_s));

    const QJsonArray links = object.value(u"links"_s).toArray();
    for (const QJsonValue& value : links) {
        const QJsonObject link = value.toObject();
        const auto href = text(link.value(u"href"_s));
        if (!href)
            continue;
        record.links.append(
            {text(link.value(u"rel"_s)).value_or(QString()), *href, text(link.value(u"type"_s))});
    }
    const QJsonObject metadata = object.value(u"metadata"_s).toObject();
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        record.properties.insert(it.key(), it.value());
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!normalisedKeys().contains(it.key()))
            record.properties.insert(it.key(), it.value());
    }
    record.properties = Nesting::bounded(record.properties);
    record.raw = Nesting::compactJson(object);
    record.rawContentType = QByteArrayLiteral("application/json");
    return record;
}

Result<ImageRecord> parseShow(const HttpResponse& response, Dialect dialect)
{
    if (isXml(response))
        return parseXmlShow(response, dialect);
    auto object = jsonObjectPayload(
        response, QCoreApplication::translate("Skylight::ComputeParser", "the image details"));
    if (!object)
        return std::unexpected(object.error());
    const QJsonValue image = object->value(u"image"_s);
    if (!image.isObject() || entryId(image.toObject().value(u"id"_s)).isEmpty()) {
        return std::unexpected(ApiError::make(
            ApiError::Kind::BadPayload,
            QCoreApplication::translate(
                "Skylight::ComputeParser",
                "The image details from the server have no \"image\" object with an \"id\".")));
    }
    ImageRecord record = parseImage(image.toObject(), dialect);
    record.raw = response.body;
    return record;
}

Result<ImagePage> parseList(const HttpResponse& response, Dialect dialect, bool stream)
{
    if (isXml(response))
        return parseXmlList(response, dialect);
    const QString what = QCoreApplication::translate("Skylight::ComputeParser", "the image list");
    const auto nextOf = [](const QJsonObject& object) {
        QUrl next;
        const QJsonArray links = object.value(u"images_links"_s).toArray();
        for (const QJsonValue& link : links) {
            if (link.toObject().value(u"rel"_s).toString() == u"next"_s)
                next = QUrl(link.toObject().value(u"href"_s).toString());
        }
        return next;
    };
    QJsonObject rest;
    if (auto page = scannedImagePage(
            response, what, [dialect](const QJsonObject& entry) { return parseImage(entry, dialect); },
            stream, rest)) {
        if (*page)
            (*page)->next = nextOf(rest);
        return std::move(*page);
    }
    auto object = jsonObjectPayload(response, what);
    if (!object)
        return std::unexpected(object.error());
    auto page = imagePage(*object, [&](const QJsonObject& entry) { return parseImage(entry, dialect); });
    if (!page)
        return page;
    page->next = nextOf(*object);
    return page;
}

} // namespace Skylight::Compute
