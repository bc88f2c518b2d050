// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/computexmlparser.h"

#include "adapters/computeparser.h"
#include "image/entrycheck.h"
#include "image/nesting.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace Skylight::Compute {

namespace {
// Stops the reader with a CustomError when an element at `level` (the root element being 1) lies
// deeper than Nesting::kMaxDepth; true then. Every walk below checks it before going down a level.
bool tooDeep(QXmlStreamReader& xml, int level)
{
    if (level <= Nesting::kMaxDepth)
        return false;
    xml.raiseError(QCoreApplication::translate("Skylight::ComputeXmlParser",
                                               "The server's XML nests deeper than %1 levels; refused.")
                       .arg(Nesting::kMaxDepth));
    return true;
}

// QXmlStreamReader::skipCurrentElement() for the element at `level`, refusing nesting past the limit.
void skipElement(QXmlStreamReader& xml, int level)
{
    int depth = level;
    while (depth >= level && !xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement())
            --depth;
        else if (xml.isStartElement() && tooDeep(xml, ++depth))
            return;
    }
}

QJsonObject linkObject(const QXmlStreamReader& xml)
{
    QJsonObject link;
    for (const QXmlStreamAttribute& attribute : xml.attributes())
        link.insert(attribute.name().toString(), attribute.value().toString());
    return link;
}

// Any other element (at `level`): its attributes and children as an object, or its text when it
// has neither. Recurses once per level, at most Nesting::kMaxDepth times.
QJsonValue readGeneric(QXmlStreamReader& xml, int level)
{
    QJsonObject object;
    for (const QXmlStreamAttribute& attribute : xml.attributes())
        object.insert(attribute.qualifiedName().toString(), attribute.value().toString());
    QString text;
    QJsonArray links;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement())
            break;
        if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isStartElement()) {
            if (tooDeep(xml, level + 1))
                return {};
            if (xml.name() == u"link") {
                links.append(linkObject(xml));
                skipElement(xml, level + 1);
            } else {
                object.insert(xml.qualifiedName().toString(), readGeneric(xml, level + 1));
            }
        }
    }
    if (!links.isEmpty())
        object.insert(u"links"_s, links);
    if (object.isEmpty())
        return text.trimmed();
    return object;
}

// <image ...> (at `level`) as the JSON object the Compute API would have sent; the reader ends on
// </image>, or on an error.
QJsonObject readImage(QXmlStreamReader& xml, int level)
{
    QJsonObject image;
    for (const QXmlStreamAttribute& attribute : xml.attributes())
        image.insert(attribute.qualifiedName().toString(), attribute.value().toString());
    QJsonObject metadata;
    QJsonArray links;
    while (xml.readNextStartElement()) {
        if (tooDeep(xml, level + 1))
            break;
        if (xml.name() == u"metadata") {
            while (xml.readNextStartElement()) {
                if (tooDeep(xml, level + 2))
                    break;
                if (xml.name() == u"meta") {
                    const QString key = xml.attributes().value(u"key"_s).toString();
                    metadata.insert(key, xml.readElementText()); // an element inside is an error
                } else {
                    skipElement(xml, level + 2);
                }
            }
        } else if (xml.name() == u"link") {
            links.append(linkObject(xml));
            skipElement(xml, level + 1);
        } else {
            image.insert(xml.qualifiedName().toString(), readGeneric(xml, level + 1));
        }
    }
    image.insert(u"metadata"_s, metadata);
    image.insert(u"links"_s, links);
    return image;
}

std::optional<ApiError> checkBody(const HttpResponse& response, const QString& what)
{
    if (response.body.trimmed().isEmpty())
        return ApiError::make(ApiError::Kind::BadPayload,
                              QCoreApplication::translate("Skylight::ComputeXmlParser",
                                                          "The server sent an empty response for %1.")
                                  .arg(what));
    return std::nullopt;
}

ApiError xmlError(const QXmlStreamReader& xml, const QString& what)
{
    if (xml.error() == QXmlStreamReader::CustomError) // raised here, with its own message
        return ApiError::make(ApiError::Kind::BadPayload, xml.errorString());
    return ApiError::make(ApiError::Kind::BadPayload,
                          QCoreApplication::translate("Skylight::ComputeXmlParser",
                                                      "The server sent malformed XML for %1 (%2, line %3).")
                              .arg(what, xml.errorString())
                              .arg(xml.lineNumber()));
}

ImageRecord toRecord(const QJsonObject& image, Dialect dialect, const QString& raw)
{
    ImageRecord record = parseImage(image, dialect);
    record.raw = raw.toUtf8();
    record.rawContentType = QByteArrayLiteral("application/xml");
    return record;
}
} // namespace

Result<ImageRecord> parseXmlShow(const HttpResponse& response, Dialect dialect)
{
    const QString what = QCoreApplication::translate("Skylight::ComputeXmlParser", "the image details");
    if (auto error = checkBody(response, what))
        return std::unexpected(*error);
    QXmlStreamReader xml(response.body);
    if (!xml.readNextStartElement() || xml.name() != u"image") {
        if (xml.hasError())
            return std::unexpected(xmlError(xml, what));
        return std::unexpected(
            ApiError::make(ApiError::Kind::BadPayload,
                           QCoreApplication::translate("Skylight::ComputeXmlParser",
                                                       "The XML image details have no <image> element.")));
    }
    const QJsonObject image = readImage(xml, 1);
    if (xml.hasError())
        return std::unexpected(xmlError(xml, what));
    if (image.value(u"id"_s).toString().isEmpty())
        return std::unexpected(ApiError::make(
            ApiError::Kind::BadPayload,
            QCoreApplication::translate("Skylight::ComputeXmlParser", "The XML image has no id attribute.")));
    ImageRecord record = toRecord(image, dialect, QString());
    record.raw = response.body;
    return record;
}

Result<ImagePage> parseXmlList(const HttpResponse& response, Dialect dialect)
{
    const QString what = QCoreApplication::translate("Skylight::ComputeXmlParser", "the image list");
    if (auto error = checkBody(response, what))
        return std::unexpected(*error);
    const QString text = QString::fromUtf8(response.body);
    QXmlStreamReader xml(text);
    if (!xml.readNextStartElement() || xml.name() != u"images") {
        if (xml.hasError())
            return std::unexpected(xmlError(xml, what));
        return std::unexpected(
            ApiError::make(ApiError::Kind::BadPayload,
                           QCoreApplication::translate("Skylight::ComputeXmlParser",
                                                       "The XML image list has no <images> element.")));
    }
    ImagePage page;
    EntryCheck check;
    qsizetype entries = 0; // <image> elements so far
    qint64 tokenEnd = xml.characterOffset();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement())
            break;
        if (xml.isStartElement() && xml.name() == u"image") {
            const qint64 start = tokenEnd;
            const QJsonObject image = readImage(xml, 2);
            if (xml.hasError())
                break;
            ++entries;
            if (auto problem = check.problem(entries, image))
                page.skipped.add(*problem); // an <image> without a usable id: left out
            else
                page.images.append(
                    toRecord(image, dialect, text.mid(start, xml.characterOffset() - start).trimmed()));
        } else if (xml.isStartElement() && xml.name() == u"link") {
            if (xml.attributes().value(u"rel"_s) == u"next")
                page.next = QUrl(xml.attributes().value(u"href"_s).toString());
            skipElement(xml, 2);
        } else if (xml.isStartElement()) {
            skipElement(xml, 2);
        }
        tokenEnd = xml.characterOffset();
    }
    if (xml.hasError())
        return std::unexpected(xmlError(xml, what));
    return page;
}

} // namespace Skylight::Compute
