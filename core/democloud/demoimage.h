// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "democloud/demoformat.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Skylight {

// One image of the demo cloud, kept in Glance v2 form (the richest); other dialects of the demo
// cloud translate from it. Active images have deterministic bytes, generated from their seed at
// any offset (splitmix64), so a large image is generated as it is sent and never held whole; the
// structures of their format (`content`: a qcow2 header...) are written over that noise.
struct DemoImage
{
    // Changes whenever the generator's bytes change: cached digests of older bytes are not used.
    static constexpr int kGeneratorVersion = 2;

    QJsonObject glance;  // the Glance v2 representation, without self/file/schema
    qint64 dataSize = 0; // 0: no data uploaded
    quint64 seed = 0;
    DemoContent content; // the format its bytes are in (DemoCatalog: its disk_format unless said)
    // A shared image of another project: the demo project's membership ("accepted", "pending",
    // "rejected"); empty for the project's own images and those not shared.
    QString memberStatus;
    // Its members as Glance lists them to their image's owner (image_id, member_id, status,
    // created_at, updated_at): every member of the project's own shared images; of another project's
    // image shared with the demo project, the demo project's membership (whose status is memberStatus).
    QJsonArray members;
    // An image still being saved when the demo cloud starts: `glance` says so (no data yet) until
    // settlesAfterMs have passed, then it is `settled` (active, with its data). -1: it never changes.
    qint64 settlesAfterMs = -1;
    QJsonObject settled;
    qint64 settledDataSize = 0;
    // Too large to hold: served from the generator as it is sent (DemoStream), hashed once on a
    // worker and cached (DemoDigests).
    bool streamed = false;

    QString id() const { return glance.value(QStringLiteral("id")).toString(); }
    bool hasData() const { return dataSize > 0; }
    // The image's bytes, generated from its seed: the same on every run. Not for streamed images.
    QByteArray data() const;
    // `length` bytes from `offset` (clipped to the image), the same as data().mid(offset, length).
    QByteArray bytes(qint64 offset, qint64 length) const;
};

// Part of a streamed image's bytes, as an answer sends them: generated as they are written.
struct DemoStream
{
    quint64 seed = 0;
    qint64 size = 0; // the whole image's
    qint64 first = 0;
    qint64 length = 0;
    DemoContent content;
};

} // namespace Skylight
