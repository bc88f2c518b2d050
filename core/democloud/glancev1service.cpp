// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "democloud/glancev1service.h"

#include "democloud/computeview.h"
#include "democloud/democatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr int kDefaultLimit = 25;

// "2014-05-05T17:15:10Z" as v1 wrote it: "2014-05-05T17:15:10.000000".
QJsonValue v1Time(const QJsonValue& value)
{
    if (!value.isString())
        return value;
    QString text = value.toString();
    if (text.endsWith(u'Z'))
        text.chop(1);
    return QString(text + u".000000"_s);
}

QJsonObject v1Json(const DemoImage& image)
{
    const QJsonObject& glance = image.glance;
    return QJsonObject{
        {u"id"_s, image.id()},
        {u"name"_s, glance.value(u"name"_s)},
        {u"status"_s, glance.value(u"status"_s)},
        {u"size"_s, glance.value(u"size"_s).isDouble() ? glance.value(u"size"_s) : QJsonValue(0)},
        {u"checksum"_s, glance.value(u"checksum"_s)},
        {u"disk_format"_s, glance.value(u"disk_format"_s)},
        {u"container_format"_s, glance.value(u"container_format"_s)},
        {u"is_public"_s, glance.value(u"visibility"_s).toString() == u"public"_s},
        {u"protected"_s, glance.value(u"protected"_s)},
        {u"min_disk"_s, glance.value(u"min_disk"_s)},
        {u"min_ram"_s, glance.value(u"min_ram"_s)},
        {u"owner"_s, glance.value(u"owner"_s)},
        {u"created_at"_s, v1Time(glance.value(u"created_at"_s))},
        {u"updated_at"_s, v1Time(glance.value(u"updated_at"_s))},
        {u"deleted_at"_s, QJsonValue()},
        {u"deleted"_s, false},
        {u"properties"_s, ComputeView::metadata(image)},
    };
}

QByteArray headerValue(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool() ? "True" : "False";
    if (value.isNull() || value.isUndefined())
        return "None";
    if (value.isDouble())
        return QByteArray::number(value.toInteger());
    return value.toString().toUtf8(); // raw UTF-8, as Glance v1 sent it
}
} // namespace

GlanceV1Service::GlanceV1Service(const DemoCatalog& catalog)
    : m_catalog(catalog)
{}

DemoResponse GlanceV1Service::handle(const DemoRequest& request, const QString& path) const
{
    if (path.isEmpty() || path == u"/"_s) {
        const QJsonObject body{
            {u"versions"_s, QJsonArray{QJsonObject{{u"id"_s, u"v1.1"_s}, {u"status"_s, u"CURRENT"_s}},
                                       QJsonObject{{u"id"_s, u"v1.0"_s}, {u"status"_s, u"SUPPORTED"_s}}}}};
        return DemoResponse::json(QJsonDocument(body).toJson(QJsonDocument::Compact), 300);
    }
    if (path == u"/v1/images/detail"_s || path == u"/v1/images"_s)
        return list(request);
    static const QRegularExpression one(u"^/v1/images/([^/]+)$"_s);
    if (const auto match = one.match(path); match.hasMatch())
        return image(request, QUrl::fromPercentEncoding(match.captured(1).toUtf8()));
    return DemoResponse::htmlError(404, u"404 Not Found"_s, u"The resource could not be found."_s);
}

DemoResponse GlanceV1Service::list(const DemoRequest& request) const
{
    const QUrlQuery query = request.query();
    bool ok = true;
    const int limit =
        query.hasQueryItem(u"limit"_s) ? query.queryItemValue(u"limit"_s).toInt(&ok) : kDefaultLimit;
    if (!ok || limit < 0)
        return DemoResponse::htmlError(400, u"400 Bad Request"_s, u"limit param must be an integer"_s);
    const QString sortKey =
        query.queryItemValue(u"sort_key"_s).isEmpty() ? u"created_at"_s : query.queryItemValue(u"sort_key"_s);
    const bool ascending = query.queryItemValue(u"sort_dir"_s) == u"asc"_s;

    QList<QJsonObject> selected;
    for (const DemoImage& image : m_catalog.images()) {
        const QJsonObject entry = v1Json(image);
        bool keep = true;
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto& [key, value] : items) {
            if (key == u"limit"_s || key == u"marker"_s || key == u"sort_key"_s || key == u"sort_dir"_s)
                continue;
            const QJsonValue field = entry.value(key);
            const QString actual =
                field.isBool() ? (field.toBool() ? u"true"_s : u"false"_s) : field.toVariant().toString();
            if (actual.compare(value, Qt::CaseInsensitive) != 0)
                keep = false;
        }
        if (keep)
            selected.append(entry);
    }
    std::stable_sort(selected.begin(), selected.end(), [&](const QJsonObject& a, const QJsonObject& b) {
        const QString x = a.value(sortKey).toVariant().toString();
        const QString y = b.value(sortKey).toVariant().toString();
        return x == y ? (ascending ? a.value(u"id"_s).toString() < b.value(u"id"_s).toString()
                                   : a.value(u"id"_s).toString() > b.value(u"id"_s).toString())
                      : (ascending ? x < y : x > y);
    });
    qsizetype start = 0;
    const QString marker = query.queryItemValue(u"marker"_s, QUrl::FullyDecoded);
    if (!marker.isEmpty()) {
        const auto it = std::find_if(selected.cbegin(), selected.cend(), [&](const QJsonObject& entry) {
            return entry.value(u"id"_s).toString() == marker;
        });
        if (it == selected.cend())
            return DemoResponse::htmlError(400, u"400 Bad Request"_s, u"Invalid marker: %1"_s.arg(marker));
        start = (it - selected.cbegin()) + 1;
    }
    QJsonArray images;
    for (qsizetype i = start; i < selected.size() && images.size() < limit; ++i)
        images.append(selected.at(i));
    return DemoResponse::json(
        QJsonDocument(QJsonObject{{u"images"_s, images}}).toJson(QJsonDocument::Compact));
}

DemoResponse GlanceV1Service::image(const DemoRequest& request, const QString& id) const
{
    const DemoImage* image = m_catalog.find(id);
    if (!image)
        return DemoResponse::htmlError(404, u"404 Not Found"_s, u"Image %1 not found."_s.arg(id));
    DemoResponse response;
    const QJsonObject entry = v1Json(*image);
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        if (it.key() == u"properties"_s)
            continue;
        response.headers.append(RawHeader{"x-image-meta-" + it.key().toUtf8(), headerValue(it.value())});
    }
    const QJsonObject properties = entry.value(u"properties"_s).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        response.headers.append(
            RawHeader{"x-image-meta-property-" + it.key().toUtf8(), headerValue(it.value())});
    QUrl location = request.url;
    response.headers.append(RawHeader{"Location", location.toEncoded(QUrl::RemoveQuery)});
    if (image->hasData())
        response.headers.append(RawHeader{"ETag", image->glance.value(u"checksum"_s).toString().toLatin1()});
    response.headers.append(RawHeader{"Content-Type", "application/octet-stream"});
    if (request.method == "GET" && image->streamed) // v1 serves no ranges: always the whole image
        response.stream = DemoStream{.seed = image->seed,
                                     .size = image->dataSize,
                                     .first = 0,
                                     .length = image->dataSize,
                                     .content = image->content};
    else if (request.method == "GET")
        response.body = image->data();
    return response;
}

} // namespace Skylight
