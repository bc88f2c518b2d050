// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/glancev2parser.h"

#include "image/jsonfields.h"
#include "image/jsonpayload.h"
#include "image/nesting.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Skylight::GlanceV2 {

namespace {
const QSet<QString>& normalisedKeys()
{
    static const QSet<QString> keys{u"id"_s,
                                    u"name"_s,
                                    u"status"_s,
                                    u"size"_s,
                                    u"virtual_size"_s,
                                    u"disk_format"_s,
                                    u"container_format"_s,
                                    u"min_disk"_s,
                                    u"min_ram"_s,
                                    u"checksum"_s,
                                    u"os_hash_algo"_s,
                                    u"os_hash_value"_s,
                                    u"visibility"_s,
                                    u"protected"_s,
                                    u"owner"_s,
                                    u"created_at"_s,
                                    u"updated_at"_s,
                                    u"tags"_s,
                                    u"self"_s,
                                    u"file"_s,
                                    u"schema"_s};
    return keys;
}

// The absolute address of a link. Glance's links are paths under the service root
// ("/v2/images/ID/file"): those are joined as text, without a QUrl round trip per link (a 1,000-image
// page has 3,000 of them).
QString linkHref(const QUrl& root, const QString& href)
{
    if (href.startsWith(u'/') && !href.contains(u'?') && !href.contains(u'%') && !href.contains(u'#')) {
        thread_local QUrl cachedRoot;
        thread_local QString cachedText;
        if (cachedRoot != root || cachedText.isEmpty()) {
            cachedRoot = root;
            cachedText = root.toString();
        }
        return cachedText + href;
    }
    return resolveAgainstRoot(root, href).toString();
}

std::optional<QString> lower(std::optional<QString> value)
{
    if (value)
        *value = value->toLower();
    return value;
}
} // namespace

QUrl serviceRoot(const QUrl& endpoint)
{
    QUrl root = endpoint.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    static const QRegularExpression version(u"/v[0-9]+(\\.[0-9]+)?$"_s);
    QString path = root.path();
    path.remove(version);
    if (path == u"/"_s)
        path.clear();
    root.setPath(path);
    return root;
}

QUrl resolveAgainstRoot(const QUrl& root, const QString& href)
{
    const QUrl link(href);
    if (!link.isRelative())
        return link;
    QUrl resolved = root;
    const int query = href.indexOf(u'?');
    const QString path = query < 0 ? href : href.left(query);
    resolved.setPath(root.path() + (path.startsWith(u'/') ? path : u'/' + path));
    if (query >= 0)
        resolved.setQuery(href.mid(query + 1));
    return resolved;
}

ImageRecord parseImage(const QJsonObject& object, const QUrl& root)
{
    using namespace JsonFields;
    ImageRecord record;
    record.dialect = Dialect::GlanceV2;
    record.id = text(object.value(u"id"_s)).value_or(QString());
    record.name = text(object.value(u"name"_s));
    record.status = lower(text(object.value(u"status"_s)));
    record.size = integer(object.value(u"size"_s));
    record.virtualSize = integer(object.value(u"virtual_size"_s));
    record.diskFormat = text(object.value(u"disk_format"_s));
    record.containerFormat = text(object.value(u"container_format"_s));
    record.minDisk = integer(object.value(u"min_disk"_s));
    record.minRam = integer(object.value(u"min_ram"_s));
    record.checksum = text(object.value(u"checksum"_s));
    record.hashAlgo = text(object.value(u"os_hash_algo"_s));
    record.hashValue = text(object.value(u"os_hash_value"_s));
    record.visibility = lower(text(object.value(u"visibility"_s)));
    record.isProtected = boolean(object.value(u"protected"_s));
    record.owner = text(object.value(u"owner"_s));
    record.createdAt = dateTime(object.value(u"created_at"_s));
    record.updatedAt = dateTime(object.value(u"updated_at"_s));
    record.tags = stringList(object.value(u"tags"_s));
    if (record.status == u"active"_s)
        record.progress = 100;

    const std::pair<QString, QString> linkKeys[] = {
        {u"self"_s, u"self"_s}, {u"file"_s, u"file"_s}, {u"schema"_s, u"describedby"_s}};
    for (const auto& [key, rel] : linkKeys) {
        if (const auto href = text(object.value(key)); href && !href->isEmpty())
            record.links.append({rel, linkHref(root, *href), std::nullopt});
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!normalisedKeys().contains(it.key()))
            record.properties.insert(it.key(), it.value());
    }
    record.properties = Nesting::bounded(record.properties);
    record.raw = Nesting::compactJson(object);
    record.rawContentType = QByteArrayLiteral("application/json");
    return record;
}

Result<ImageRecord> parseShow(const HttpResponse& response, const QUrl& root)
{
    auto object = jsonObjectPayload(
        response, QCoreApplication::translate("Skylight::GlanceV2Parser", "the image details"));
    if (!object)
        return std::unexpected(object.error());
    if (!object->value(u"id"_s).isString() || object->value(u"id"_s).toString().isEmpty()) {
        return std::unexpected(ApiError::make(
            ApiError::Kind::BadPayload,
            QCoreApplication::translate("Skylight::GlanceV2Parser",
                                        "The image details from the server have no \"id\": not an image.")));
    }
    ImageRecord record = parseImage(*object, root);
    record.raw = response.body;
    return record;
}

Result<ImagePage> parseList(const HttpResponse& response, const QUrl& root, bool stream)
{
    const QString what = QCoreApplication::translate("Skylight::GlanceV2Parser", "the image list");
    const auto nextOf = [&root](const QJsonObject& object) {
        const auto next = JsonFields::text(object.value(u"next"_s));
        return next && !next->isEmpty() ? resolveAgainstRoot(root, *next) : QUrl();
    };
    QJsonObject rest;
    if (auto page = scannedImagePage(
            response, what, [root](const QJsonObject& entry) { return parseImage(entry, root); }, stream,
            rest)) {
        if (*page)
            (*page)->next = nextOf(rest);
        return std::move(*page);
    }
    auto object = jsonObjectPayload(response, what);
    if (!object)
        return std::unexpected(object.error());
    auto page = imagePage(*object, [&](const QJsonObject& entry) { return parseImage(entry, root); });
    if (!page)
        return page;
    page->next = nextOf(*object);
    return page;
}

} // namespace Skylight::GlanceV2
