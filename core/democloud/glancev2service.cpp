// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "democloud/glancev2service.h"

#include "democloud/democatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr int kDefaultLimit = 25;
constexpr int kMaxLimit = 1000;

const QSet<QString>& sortableKeys()
{
    static const QSet<QString> keys{u"name"_s,        u"status"_s, u"container_format"_s, u"disk_format"_s,
                                    u"size"_s,        u"id"_s,     u"created_at"_s,       u"updated_at"_s,
                                    u"visibility"_s,  u"owner"_s,  u"min_disk"_s,         u"min_ram"_s,
                                    u"virtual_size"_s};
    return keys;
}

const QSet<QString>& pagingKeys()
{
    static const QSet<QString> keys{u"limit"_s, u"marker"_s, u"sort"_s, u"sort_key"_s, u"sort_dir"_s};
    return keys;
}

const QSet<QString>& visibilityValues()
{
    static const QSet<QString> values{u"public"_s, u"private"_s, u"shared"_s, u"community"_s, u"all"_s};
    return values;
}

const QSet<QString>& memberStatusValues()
{
    static const QSet<QString> values{u"accepted"_s, u"pending"_s, u"rejected"_s, u"all"_s};
    return values;
}

struct SortKey
{
    QString key;
    bool ascending = false;
};

// Null sorts before every value, numbers numerically, strings by code point.
int compareValues(const QJsonValue& a, const QJsonValue& b)
{
    const bool aNull = a.isNull() || a.isUndefined();
    const bool bNull = b.isNull() || b.isUndefined();
    if (aNull || bNull)
        return aNull == bNull ? 0 : (aNull ? -1 : 1);
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    return QString::compare(a.toVariant().toString(), b.toVariant().toString());
}

QJsonObject withLinks(const QJsonObject& glance)
{
    QJsonObject out = glance;
    const QString id = glance.value(u"id"_s).toString();
    out.insert(u"self"_s, QString(u"/v2/images/"_s + id));
    out.insert(u"file"_s, u"/v2/images/%1/file"_s.arg(id));
    out.insert(u"schema"_s, u"/v2/schemas/image"_s);
    return out;
}

bool matches(const QJsonObject& image, const QString& key, const QString& value)
{
    if (key == u"tag"_s) {
        const QJsonArray tags = image.value(u"tags"_s).toArray();
        return std::any_of(tags.begin(), tags.end(),
                           [&](const QJsonValue& tag) { return tag.toString() == value; });
    }
    if (key == u"size_min"_s)
        return image.value(u"size"_s).toDouble(-1) >= value.toDouble();
    if (key == u"size_max"_s)
        return image.value(u"size"_s).isDouble() && image.value(u"size"_s).toDouble() <= value.toDouble();
    const QJsonValue field = image.value(key);
    if (field.isBool())
        return (field.toBool() ? u"true"_s : u"false"_s) == value.toLower();
    if (field.isDouble())
        return field.toDouble() == value.toDouble();
    if (field.isString())
        return field.toString() == value;
    return false;
}
} // namespace

GlanceV2Service::GlanceV2Service(const DemoCatalog& catalog)
    : m_catalog(catalog)
    , m_info(catalog)
{}

DemoResponse GlanceV2Service::handle(const DemoRequest& request, const QString& path) const
{
    static const QRegularExpression showPath(u"^/v2/images/([^/]+)$"_s);
    static const QRegularExpression filePath(u"^/v2/images/([^/]+)/file$"_s);
    const bool read = request.method == "GET" || request.method == "HEAD";
    if (path.isEmpty() || path == u"/"_s)
        return versions(request);
    if (auto answer = m_info.handle(request, path))
        return *answer;
    if (path == u"/v2/images"_s || path == u"/v2/images/"_s)
        return read ? list(request)
                    : DemoResponse::htmlError(405, u"405 Method Not Allowed"_s, u"Read-only demo cloud."_s);
    if (const auto match = showPath.match(path); match.hasMatch())
        return read ? show(QUrl::fromPercentEncoding(match.captured(1).toUtf8()))
                    : DemoResponse::htmlError(405, u"405 Method Not Allowed"_s, u"Read-only demo cloud."_s);
    if (const auto match = filePath.match(path); match.hasMatch())
        return file(request, QUrl::fromPercentEncoding(match.captured(1).toUtf8()));
    return DemoResponse::htmlError(404, u"404 Not Found"_s, u"The resource could not be found."_s);
}

DemoResponse GlanceV2Service::versions(const DemoRequest& request) const
{
    QUrl root = request.url.adjusted(QUrl::RemoveQuery | QUrl::StripTrailingSlash);
    const auto version = [&](const QString& id, const QString& status) {
        return QJsonObject{
            {u"id"_s, id},
            {u"status"_s, status},
            {u"links"_s, QJsonArray{QJsonObject{{u"rel"_s, u"self"_s},
                                                {u"href"_s, QString(root.toString() + u"/v2/"_s)}}}}};
    };
    const QJsonObject body{
        {u"versions"_s, QJsonArray{version(u"v2.15"_s, u"CURRENT"_s), version(u"v2.9"_s, u"SUPPORTED"_s),
                                   version(u"v2.0"_s, u"SUPPORTED"_s)}}};
    return DemoResponse::json(QJsonDocument(body).toJson(QJsonDocument::Compact), 300);
}

DemoResponse GlanceV2Service::list(const DemoRequest& request) const
{
    const QUrlQuery query = request.query();
    int limit = kDefaultLimit;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 0)
            return DemoResponse::htmlError(400, u"400 Bad Request"_s, u"limit param must be positive"_s);
        limit = std::min(limit, kMaxLimit);
    }

    // Sort keys: sort=name:asc,created_at or sort_key=..&sort_dir=..; always tie-broken by id.
    QList<SortKey> sortKeys;
    if (query.hasQueryItem(u"sort"_s)) {
        const QStringList parts =
            query.queryItemValue(u"sort"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
        for (const QString& part : parts) {
            const QStringList keyDir = part.trimmed().split(u':');
            const QString dir = keyDir.value(1, u"desc"_s);
            if (!sortableKeys().contains(keyDir.first()) || (dir != u"asc"_s && dir != u"desc"_s))
                return DemoResponse::htmlError(400, u"400 Bad Request"_s, u"Invalid sort: %1"_s.arg(part));
            sortKeys.append({keyDir.first(), dir == u"asc"_s});
        }
    } else {
        const QStringList keys = query.allQueryItemValues(u"sort_key"_s);
        const QStringList dirs = query.allQueryItemValues(u"sort_dir"_s);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (!sortableKeys().contains(keys.at(i)))
                return DemoResponse::htmlError(400, u"400 Bad Request"_s,
                                               u"Invalid sort key: %1"_s.arg(keys.at(i)));
            sortKeys.append({keys.at(i), dirs.value(i, dirs.value(0, u"desc"_s)) == u"asc"_s});
        }
    }
    if (sortKeys.isEmpty())
        sortKeys.append({u"created_at"_s, false});
    sortKeys.append({u"id"_s, sortKeys.first().ascending});

    // The scope, as Glance has it: no visibility lists all but community images (the demo takes
    // them all for other projects'), `all` every one, another value the images of that visibility; a shared
    // image of another project only while the project's membership has member_status (accepted
    // unless asked otherwise, `all`: any).
    const QString visibility = query.queryItemValue(u"visibility"_s, QUrl::FullyDecoded);
    if (!visibility.isEmpty() && !visibilityValues().contains(visibility))
        return DemoResponse::htmlError(400, u"400 Bad Request"_s,
                                       u"Invalid visibility value: %1"_s.arg(visibility));
    const QString memberStatus = query.queryItemValue(u"member_status"_s, QUrl::FullyDecoded).isEmpty()
                                     ? u"accepted"_s
                                     : query.queryItemValue(u"member_status"_s, QUrl::FullyDecoded);
    if (!memberStatusValues().contains(memberStatus))
        return DemoResponse::htmlError(400, u"400 Bad Request"_s,
                                       u"Invalid status value: %1"_s.arg(memberStatus));
    // os_hidden=true lists the hidden images only; without it, only the others.
    const QString hiddenValue = query.queryItemValue(u"os_hidden"_s, QUrl::FullyDecoded).toLower();
    if (!hiddenValue.isEmpty() && hiddenValue != u"true"_s && hiddenValue != u"false"_s)
        return DemoResponse::htmlError(400, u"400 Bad Request"_s,
                                       u"Invalid value for os_hidden: %1"_s.arg(hiddenValue));
    const bool hidden = hiddenValue == u"true"_s;
    QList<QJsonObject> selected;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    const QList<DemoImage> images = m_catalog.allImages();
    for (const DemoImage& image : images) {
        const QJsonObject& glance = image.glance;
        if (glance.value(u"os_hidden"_s).toBool() != hidden)
            continue;
        const QString shown = glance.value(u"visibility"_s).toString();
        if (visibility.isEmpty() ? shown == u"community"_s : (visibility != u"all"_s && shown != visibility))
            continue;
        if (!image.memberStatus.isEmpty() && memberStatus != u"all"_s && image.memberStatus != memberStatus)
            continue;
        bool keep = true;
        for (const auto& [key, value] : items) {
            if (pagingKeys().contains(key) || key == u"visibility"_s || key == u"member_status"_s ||
                key == u"os_hidden"_s)
                continue;
            if (!matches(glance, key, value)) {
                keep = false;
                break;
            }
        }
        if (keep)
            selected.append(glance);
    }
    std::stable_sort(selected.begin(), selected.end(), [&](const QJsonObject& a, const QJsonObject& b) {
        for (const SortKey& key : sortKeys) {
            const int order = compareValues(a.value(key.key), b.value(key.key));
            if (order != 0)
                return key.ascending ? order < 0 : order > 0;
        }
        return false;
    });

    qsizetype start = 0;
    const QString marker = query.queryItemValue(u"marker"_s, QUrl::FullyDecoded);
    if (!marker.isEmpty()) {
        const auto it = std::find_if(selected.cbegin(), selected.cend(), [&](const QJsonObject& image) {
            return image.value(u"id"_s).toString() == marker;
        });
        if (it == selected.cend())
            return DemoResponse::htmlError(400, u"400 Bad Request"_s,
                                           u"marker could not be found: %1"_s.arg(marker));
        start = (it - selected.cbegin()) + 1;
    }

    QJsonArray page;
    for (qsizetype i = start; i < selected.size() && page.size() < limit; ++i)
        page.append(withLinks(selected.at(i)));

    QUrlQuery firstQuery = query;
    firstQuery.removeAllQueryItems(u"marker"_s);
    QJsonObject body{{u"images"_s, page},
                     {u"schema"_s, u"/v2/schemas/images"_s},
                     {u"first"_s, firstQuery.isEmpty()
                                      ? u"/v2/images"_s
                                      : u"/v2/images?"_s + firstQuery.query(QUrl::FullyEncoded)}};
    if (limit > 0 && page.size() == limit) {
        QUrlQuery nextQuery = firstQuery;
        nextQuery.addQueryItem(u"marker"_s, page.last().toObject().value(u"id"_s).toString());
        body.insert(u"next"_s, QString(u"/v2/images?"_s + nextQuery.query(QUrl::FullyEncoded)));
    }
    return DemoResponse::json(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

DemoResponse GlanceV2Service::show(const QString& id) const
{
    const DemoImage* image = m_catalog.find(id);
    if (!image)
        return DemoResponse::htmlError(404, u"404 Not Found"_s, u"No image found with ID %1"_s.arg(id));
    return DemoResponse::json(QJsonDocument(withLinks(image->glance)).toJson(QJsonDocument::Indented));
}

DemoResponse GlanceV2Service::file(const DemoRequest& request, const QString& id) const
{
    const DemoImage* image = m_catalog.find(id);
    if (!image)
        return DemoResponse::htmlError(404, u"404 Not Found"_s, u"No image found with ID %1"_s.arg(id));
    if (image->glance.value(u"status"_s).toString() == u"deactivated"_s) {
        return DemoResponse::htmlError(
            403, u"403 Forbidden"_s,
            u"The requested image has been deactivated. Image data download is forbidden."_s);
    }
    if (!image->hasData())
        return DemoResponse{204, {}, {}};

    const qint64 total = image->dataSize;
    const QByteArray checksum = image->glance.value(u"checksum"_s).toString().toLatin1();
    RawHeaderList headers{{"Content-Type", "application/octet-stream"}};
    if (!checksum.isEmpty()) // a streamed image's checksum is unknown until it has been hashed
        headers.append({"Content-MD5", checksum});
    const auto answer = [&](int status, qint64 first, qint64 length) {
        DemoResponse response{status, headers, {}};
        if (image->streamed)
            response.stream = DemoStream{.seed = image->seed,
                                         .size = total,
                                         .first = first,
                                         .length = length,
                                         .content = image->content};
        else
            response.body = image->bytes(first, length);
        return response;
    };
    const QByteArray range = request.header("Range").trimmed();
    if (range.isEmpty())
        return answer(200, 0, total);
    static const QRegularExpression single(u"^bytes=(\\d*)-(\\d*)$"_s);
    const auto match = single.match(QString::fromLatin1(range));
    if (!match.hasMatch() || (match.captured(1).isEmpty() && match.captured(2).isEmpty()))
        return DemoResponse::htmlError(400, u"400 Bad Request"_s,
                                       u"Invalid or multiple ranges are not supported."_s);
    qint64 first = 0;
    qint64 last = total - 1;
    if (match.captured(1).isEmpty()) {
        first = std::max<qint64>(0, total - match.captured(2).toLongLong());
    } else {
        first = match.captured(1).toLongLong();
        if (!match.captured(2).isEmpty())
            last = std::min(last, match.captured(2).toLongLong());
    }
    // Glance over rbd, swift, s3 or http stores: StoreRandomGetNotSupported.
    if (image->glance.value(u"stores"_s).toString() == u"ceph"_s)
        return DemoResponse::htmlError(400, u"400 Bad Request"_s,
                                       u"Getting images randomly from this store is not supported. Offset: "
                                       u"%1, length: %2"_s.arg(first)
                                           .arg(last - first + 1));
    if (first >= total || first > last) {
        return DemoResponse{416, {{"Content-Range", "bytes */" + QByteArray::number(total)}}, {}};
    }
    headers.append({"Content-Range", "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) +
                                         '/' + QByteArray::number(total)});
    return answer(206, first, last - first + 1);
}

} // namespace Skylight
