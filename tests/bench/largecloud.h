// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <memory>

class QHttpServer;

namespace Skylight {

// A Glance v2 image service with `count` generated images (realistic fields, properties and
// tags, ~1 kB of JSON each), for the GUI benchmark: GET /v2/images with limit (at most 1,000),
// marker and sort (name, created_at, size; asc or desc), GET /v2/images/{id}, version discovery
// at / and /v2/ (for openstack image list). Listens on
// 127.0.0.1. Run in its own process so that its memory is not counted as the client's.
class LargeCloud
{
public:
    explicit LargeCloud(int count);
    ~LargeCloud();

    // Returns the port, or 0 on failure.
    quint16 listen();

private:
    QByteArray page(const QString& sort, const QString& marker, int limit) const;
    const QList<int>& order(const QString& sort) const;

    struct Image
    {
        QString id;
        QString name;
        qint64 size;
        qint64 created;
        QByteArray json; // serialised once: the server's time is not what is measured
    };
    QList<Image> m_images;
    QHash<QString, int> m_index;
    mutable QHash<QString, QList<int>> m_orders;
    std::unique_ptr<QHttpServer> m_server;
};

} // namespace Skylight
