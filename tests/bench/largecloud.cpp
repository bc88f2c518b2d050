// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "bench/largecloud.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
const QString kDistros[] = {u"ubuntu"_s, u"debian"_s,   u"centos"_s,  u"fedora"_s,  u"rocky"_s,
                            u"alpine"_s, u"opensuse"_s, u"windows"_s, u"freebsd"_s, u"arch"_s};
const QString kStatuses[] = {u"active"_s, u"active"_s, u"active"_s,      u"active"_s,
                             u"queued"_s, u"saving"_s, u"deactivated"_s, u"killed"_s};
const QString kFormats[] = {u"qcow2"_s, u"raw"_s, u"vmdk"_s, u"iso"_s, u"vhd"_s};
const QString kVisibilities[] = {u"public"_s, u"private"_s, u"shared"_s, u"community"_s};

QJsonObject imageJson(int n, const QString& id, const QString& name, qint64 size, qint64 created)
{
    const QString distro = kDistros[n % 10];
    const QString when = QDateTime::fromSecsSinceEpoch(created, QTimeZone::utc()).toString(Qt::ISODate);
    return QJsonObject{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"status"_s, kStatuses[n % 8]},
        {u"visibility"_s, kVisibilities[n % 4]},
        {u"size"_s, double(size)},
        {u"virtual_size"_s, double(size * 4)},
        {u"disk_format"_s, kFormats[n % 5]},
        {u"container_format"_s, u"bare"_s},
        {u"min_disk"_s, n % 40},
        {u"min_ram"_s, (n % 8) * 512},
        {u"checksum"_s, QString::fromLatin1(QByteArray::number(n, 16).rightJustified(32, '0'))},
        {u"os_hash_algo"_s, u"sha512"_s},
        {u"os_hash_value"_s, QString::fromLatin1(QByteArray::number(n, 16).rightJustified(128, 'a'))},
        {u"protected"_s, n % 17 == 0},
        {u"owner"_s, u"project-%1"_s.arg(QString::number(n % 25))},
        {u"created_at"_s, when},
        {u"updated_at"_s, when},
        {u"tags"_s, QJsonArray{u"team-%1"_s.arg(n % 12), distro}},
        {u"os_distro"_s, distro},
        {u"os_version"_s, QString::number(n % 30)},
        {u"architecture"_s, n % 7 == 0 ? u"aarch64"_s : u"x86_64"_s},
        {u"hw_disk_bus"_s, u"virtio"_s},
        {u"self"_s, QString(u"/v2/images/"_s + id)},
        {u"file"_s, QString(u"/v2/images/"_s + id + u"/file"_s)},
        {u"schema"_s, u"/v2/schemas/image"_s},
    };
}
} // namespace

LargeCloud::LargeCloud(int count)
{
    QRandomGenerator random(42);
    m_images.reserve(count);
    for (int n = 0; n < count; ++n) {
        quint32 words[4];
        random.fillRange(words);
        const QString id = QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char*>(words), 16))
                               .toString(QUuid::WithoutBraces);
        const QString name =
            u"%1-%2-build-%3"_s.arg(kDistros[n % 10]).arg(n % 30).arg(random.bounded(1000000));
        Image image{
            id, name, 1 + random.bounded(qint64(20) << 30), 1500000000 + random.bounded(200000000), {}};
        image.json = QJsonDocument(imageJson(n, image.id, image.name, image.size, image.created))
                         .toJson(QJsonDocument::Compact);
        m_images.append(image);
        m_index.insert(m_images.last().id, n);
    }
}

LargeCloud::~LargeCloud() = default;

const QList<int>& LargeCloud::order(const QString& sort) const
{
    auto it = m_orders.find(sort);
    if (it != m_orders.end())
        return *it;
    QList<int> rows(m_images.size());
    std::iota(rows.begin(), rows.end(), 0);
    const QString key = sort.section(u':', 0, 0);
    const bool ascending = sort.section(u':', 1, 1) != u"desc"_s;
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const Image& x = m_images.at(ascending ? a : b);
        const Image& y = m_images.at(ascending ? b : a);
        if (key == u"name"_s)
            return x.name < y.name;
        if (key == u"size"_s)
            return x.size < y.size;
        return x.created < y.created;
    });
    return *m_orders.insert(sort, rows);
}

QByteArray LargeCloud::page(const QString& sort, const QString& marker, int limit) const
{
    const QList<int>& rows = order(sort.isEmpty() ? u"created_at:desc"_s : sort);
    qsizetype start = 0;
    if (!marker.isEmpty()) {
        const int markerRow = m_index.value(marker, -1);
        start = rows.indexOf(markerRow) + 1;
    }
    QByteArray body = R"({"schema":"/v2/schemas/images","first":"/v2/images","images":[)";
    QString last;
    int count = 0;
    for (qsizetype i = start; i < rows.size() && count < limit; ++i, ++count) {
        const Image& image = m_images.at(rows.at(i));
        if (count > 0)
            body += ',';
        body += image.json;
        last = image.id;
    }
    body += ']';
    if (count == limit && start + limit < rows.size()) {
        QUrlQuery next;
        next.addQueryItem(u"limit"_s, QString::number(limit));
        next.addQueryItem(u"marker"_s, last);
        if (!sort.isEmpty())
            next.addQueryItem(u"sort"_s, sort);
        body += R"(,"next":")" + (u"/v2/images?"_s + next.toString(QUrl::FullyEncoded)).toUtf8() + '"';
    }
    return body + '}';
}

quint16 LargeCloud::listen()
{
    m_server = std::make_unique<QHttpServer>();
    m_server->route(u"/v2/images"_s, [this](const QHttpServerRequest& request) -> QHttpServerResponse {
        const QUrlQuery query = request.query();
        // Without a limit, the largest page: openstack image list (which sends none) then asks for
        // the same pages as the clients given --limit 1000.
        const int limit = query.hasQueryItem(u"limit"_s)
                              ? std::clamp(query.queryItemValue(u"limit"_s).toInt(), 1, 1000)
                              : 1000;
        return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                   page(query.queryItemValue(u"sort"_s, QUrl::FullyDecoded),
                                        query.queryItemValue(u"marker"_s, QUrl::FullyDecoded), limit));
    });
    m_server->route(u"/v2/images/<arg>"_s, [this](const QString& id) -> QHttpServerResponse {
        const int n = m_index.value(id, -1);
        if (n < 0)
            return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
        return QHttpServerResponse(QByteArrayLiteral("application/json"), m_images.at(n).json);
    });
    // Version discovery (openstack image list asks for it first), at the root and at /v2.
    const auto versions = [this](const QHttpServerRequest& request) -> QHttpServerResponse {
        const QString self = u"http://%1/v2/"_s.arg(QString::fromLatin1(request.value("Host")));
        const QJsonObject version{
            {u"id"_s, u"v2.9"_s},
            {u"status"_s, u"CURRENT"_s},
            {u"links"_s, QJsonArray{QJsonObject{{u"rel"_s, u"self"_s}, {u"href"_s, self}}}}};
        return QHttpServerResponse(QJsonObject{{u"versions"_s, QJsonArray{version}}});
    };
    m_server->route(u"/"_s, versions);
    m_server->route(u"/v2/"_s, versions);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

} // namespace Skylight
