// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "democloud/demolargeimages.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QtGlobal>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

qint64 DemoLargeImages::parseSize(const QString& text)
{
    QString digits = text.trimmed();
    qint64 factor = 1;
    if (!digits.isEmpty()) {
        switch (digits.back().toUpper().unicode()) {
        case 'K':
            factor = qint64(1) << 10;
            break;
        case 'M':
            factor = qint64(1) << 20;
            break;
        case 'G':
            factor = qint64(1) << 30;
            break;
        default:
            break;
        }
        if (factor > 1)
            digits.chop(1);
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok || value < 0 || value > (qint64(1) << 40) / factor)
        return -1;
    return value * factor;
}

DemoLargeImages DemoLargeImages::fromEnvironment()
{
    DemoLargeImages large;
    large.enabled = true;
    if (const qint64 unit = parseSize(qEnvironmentVariable("SKYLIGHT_DEMO_LARGE_UNIT")); unit > 0)
        large.unit = unit;
    if (const qint64 rate = parseSize(qEnvironmentVariable("SKYLIGHT_DEMO_RATE")); rate >= 0)
        large.bytesPerSecond = rate;
    return large;
}

QList<DemoImage> DemoLargeImages::images() const
{
    struct Spec
    {
        QString id;
        QString name;
        int units;
        QString diskFormat;
        QString store;
        quint64 seed;
    };
    const Spec specs[] = {
        {u"5a1e0001-d0c5-4b1a-9e11-000000000001"_s, u"demo-large-1gib-ubuntu-server.qcow2"_s, 1, u"qcow2"_s,
         u"file"_s, 90001},
        {u"5a1e0004-d0c5-4b1a-9e11-000000000004"_s, u"demo-large-4gib-windows-eval.raw"_s, 4, u"raw"_s,
         u"file"_s, 90004},
        {u"5a1e0002-d0c5-4b1a-9e11-000000000002"_s, u"demo-large-2gib-on-ceph (no ranges).raw"_s, 2, u"raw"_s,
         u"ceph"_s, 90002},
    };
    QList<DemoImage> images;
    for (const Spec& spec : specs) {
        DemoImage image;
        image.seed = spec.seed;
        image.dataSize = unit * spec.units;
        image.streamed = true;
        image.glance = QJsonObject{
            {u"id"_s, spec.id},
            {u"name"_s, spec.name},
            {u"status"_s, u"active"_s},
            {u"tags"_s, QJsonArray{u"large"_s, u"demo"_s}},
            {u"container_format"_s, u"bare"_s},
            {u"disk_format"_s, spec.diskFormat},
            {u"created_at"_s, u"2022-11-20T09:00:00Z"_s},
            {u"updated_at"_s, u"2022-11-20T09:30:00Z"_s},
            {u"visibility"_s, u"public"_s},
            {u"min_disk"_s, 8 * spec.units},
            {u"min_ram"_s, 1024},
            {u"protected"_s, false},
            {u"owner"_s, u"5ef70662f8b34079a6eddb8da9d75fe8"_s},
            {u"virtual_size"_s, QJsonValue(image.dataSize * 2)},
            {u"stores"_s, spec.store},
            {u"description"_s, u"A large demo image: its download can be watched, paused, resumed and "
                               u"cancelled."_s},
        };
        images.append(image);
    }
    return images;
}

} // namespace Skylight
