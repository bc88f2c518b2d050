// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "democloud/computeservice.h"

#include "democloud/computeview.h"
#include "democloud/democatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr int kMaxLimit = 1000;

// Microversion asked for, as major*1000+minor; 0 when none was asked.
int microversion(const DemoRequest& request)
{
    QByteArray value = request.header("X-OpenStack-Nova-API-Version");
    const QByteArray modern = request.header("OpenStack-API-Version");
    if (modern.startsWith("compute "))
        value = modern.mid(8);
    if (value.trimmed() == "latest")
        return 2 * 1000 + 999;
    const QList<QByteArray> parts = value.trimmed().split('.');
    if (parts.size() != 2)
        return 0;
    return parts.at(0).toInt() * 1000 + parts.at(1).toInt();
}
} // namespace

ComputeService::ComputeService(const DemoCatalog& catalog, Dialect flavour, QUrl mountUrl, QUrl imageService,
                               bool alwaysXml)
    : m_catalog(catalog)
    , m_flavour(flavour)
    , m_mountUrl(std::move(mountUrl))
    , m_imageService(std::move(imageService))
    , m_alwaysXml(alwaysXml)
{}

DemoResponse ComputeService::fault(int status, const QString& kind, const QString& message)
{
    const QJsonObject body{{kind, QJsonObject{{u"message"_s, message}, {u"code"_s, status}}}};
    return DemoResponse::json(QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

DemoResponse ComputeService::versions(bool versionedRoot, const QString& version) const
{
    const auto entry = [this](const QString& id, const QString& status, const QString& max,
                              const QString& min) {
        QJsonObject object{
            {u"id"_s, id},
            {u"status"_s, status},
            {u"updated"_s, u"2013-07-23T11:33:21Z"_s},
            {u"links"_s,
             QJsonArray{QJsonObject{{u"rel"_s, u"self"_s},
                                    {u"href"_s, QString(m_mountUrl.toString() + u'/' + id + u'/')}}}}};
        if (m_flavour != Dialect::Rackspace) {
            object.insert(u"version"_s, max);
            object.insert(u"min_version"_s, min);
            object.insert(
                u"media-types"_s,
                QJsonArray{QJsonObject{{u"base"_s, u"application/json"_s},
                                       {u"type"_s, u"application/vnd.openstack.compute+json;version=2"_s}}});
        }
        return object;
    };
    QJsonArray list;
    if (m_flavour == Dialect::Rackspace) {
        list = {entry(u"v2"_s, u"CURRENT"_s, {}, {}), entry(u"v1.0"_s, u"DEPRECATED"_s, {}, {})};
    } else if (m_flavour == Dialect::HuaweiEcs) {
        list = {entry(u"v1"_s, u"SUPPORTED"_s, u""_s, u""_s), entry(u"v2"_s, u"SUPPORTED"_s, u""_s, u""_s),
                entry(u"v2.1"_s, u"CURRENT"_s, u"2.60"_s, u"2.1"_s)};
    } else {
        list = {entry(u"v2.0"_s, u"SUPPORTED"_s, u""_s, u""_s),
                entry(u"v2.1"_s, u"CURRENT"_s, u"2.95"_s, u"2.1"_s)};
    }
    if (versionedRoot) {
        for (const QJsonValue& value : std::as_const(list)) {
            if (value.toObject().value(u"id"_s).toString() == version) {
                const QJsonObject body{{u"version"_s, value}};
                return DemoResponse::json(QJsonDocument(body).toJson(QJsonDocument::Compact));
            }
        }
        return fault(404, u"itemNotFound"_s, u"Unknown version."_s);
    }
    const QJsonObject body{{u"versions"_s, list}};
    return DemoResponse::json(QJsonDocument(body).toJson(QJsonDocument::Compact), 300);
}

DemoResponse ComputeService::handle(const DemoRequest& request, const QString& path) const
{
    if (path.isEmpty() || path == u"/"_s)
        return versions(false, {});
    static const QRegularExpression versionOnly(u"^/(v[0-9.]+)/?$"_s);
    if (const auto match = versionOnly.match(path); match.hasMatch())
        return versions(true, match.captured(1));

    static const QRegularExpression images(u"^/(v2|v2\\.1)(?:/([^/]+))?/images(?:/([^/]+))?/?$"_s);
    auto match = images.match(path);
    QString version = match.captured(1);
    QString project = match.captured(2);
    QString item = match.captured(3);
    if (match.hasMatch() && project == u"images"_s) { // /v2.1/images/{id}: the regex took "images" as project
        static const QRegularExpression noProject(u"^/(v2\\.1)/images(?:/([^/]+))?/?$"_s);
        match = noProject.match(path);
        project.clear();
        item = match.captured(2);
    }
    if (!match.hasMatch())
        return fault(404, u"itemNotFound"_s, u"The resource could not be found."_s);
    const bool needsProject = m_flavour != Dialect::Compute || version == u"v2"_s;
    if (needsProject && project.isEmpty())
        return fault(404, u"itemNotFound"_s,
                     u"The resource could not be found (the path needs a project)."_s);
    if (request.method != "GET" && request.method != "HEAD")
        return fault(405, u"badMethod"_s, u"The demo cloud is read-only."_s);
    if (version == u"v2.1"_s && microversion(request) > 2 * 1000 + 35)
        return fault(404, u"itemNotFound"_s, u"The image proxy API is gone from microversion 2.36 on."_s);

    QUrl base = m_mountUrl;
    base.setPath(m_mountUrl.path() + u'/' + version + (project.isEmpty() ? QString() : u'/' + project));
    const bool xml = m_alwaysXml || request.header("Accept").contains("xml");
    if (item.isEmpty() || item == u"detail"_s)
        return list(request, base, xml);
    return show(QUrl::fromPercentEncoding(item.toUtf8()), base, xml);
}

DemoResponse ComputeService::list(const DemoRequest& request, const QUrl& base, bool xml) const
{
    const QUrlQuery query = request.query();
    int limit = kMaxLimit;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 0)
            return fault(400, u"badRequest"_s, u"limit param must be an integer"_s);
        if (limit > kMaxLimit) {
            DemoResponse response =
                fault(413, u"overLimit"_s, u"The number of items asked for is above the allowed limit."_s);
            response.headers.append(RawHeader{"Retry-After", "60"});
            return response;
        }
    }
    const QString name = query.queryItemValue(u"name"_s, QUrl::FullyDecoded);
    const QString status = query.queryItemValue(u"status"_s, QUrl::FullyDecoded);
    QList<const DemoImage*> selected;
    for (const DemoImage& image : m_catalog.images()) {
        if (!name.isEmpty() && image.glance.value(u"name"_s).toString() != name)
            continue;
        if (!status.isEmpty() &&
            ComputeView::computeStatus(image.glance.value(u"status"_s).toString()) != status.toUpper())
            continue;
        selected.append(&image);
    }
    std::stable_sort(selected.begin(), selected.end(), [](const DemoImage* a, const DemoImage* b) {
        return a->glance.value(u"created_at"_s).toString() > b->glance.value(u"created_at"_s).toString();
    });
    qsizetype start = 0;
    const QString marker = query.queryItemValue(u"marker"_s, QUrl::FullyDecoded);
    if (!marker.isEmpty()) {
        const auto it = std::find_if(selected.cbegin(), selected.cend(),
                                     [&](const DemoImage* image) { return image->id() == marker; });
        if (it == selected.cend())
            return fault(400, u"badRequest"_s, u"marker [%1] not found"_s.arg(marker));
        start = (it - selected.cbegin()) + 1;
    }
    const QList<const DemoImage*> page = selected.mid(start, limit);
    QUrl next;
    if (query.hasQueryItem(u"limit"_s) && !page.isEmpty() && page.size() == limit) {
        next = m_mountUrl; // Nova's next links are absolute
        next.setPath(request.url.path());
        QUrlQuery nextQuery = query;
        nextQuery.removeAllQueryItems(u"marker"_s);
        nextQuery.addQueryItem(u"marker"_s, page.last()->id());
        next.setQuery(nextQuery);
    }
    const ComputeView view(m_flavour, base, m_imageService);
    if (xml)
        return DemoResponse{200, {{"Content-Type", "application/xml"}}, view.xmlImages(page, next)};
    QJsonArray images;
    for (const DemoImage* image : page)
        images.append(view.json(*image));
    QJsonObject body{{u"images"_s, images}};
    if (!next.isEmpty())
        body.insert(u"images_links"_s,
                    QJsonArray{QJsonObject{{u"rel"_s, u"next"_s}, {u"href"_s, next.toString()}}});
    return DemoResponse::json(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

DemoResponse ComputeService::show(const QString& id, const QUrl& base, bool xml) const
{
    const DemoImage* image = m_catalog.find(id);
    if (!image)
        return fault(404, u"itemNotFound"_s, u"Image not found."_s);
    const ComputeView view(m_flavour, base, m_imageService);
    const QJsonObject json = view.json(*image);
    // Rackspace answers 203 (non-authoritative) for its base images, served from a cache.
    const int status =
        m_flavour == Dialect::Rackspace &&
                json.value(u"metadata"_s).toObject().value(u"image_type"_s).toString() == u"base"_s
            ? 203
            : 200;
    if (xml)
        return DemoResponse{status, {{"Content-Type", "application/xml"}}, view.xmlImage(*image)};
    return DemoResponse::json(QJsonDocument(QJsonObject{{u"image"_s, json}}).toJson(QJsonDocument::Indented),
                              status);
}

} // namespace Skylight
