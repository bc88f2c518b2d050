// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Skylight {

// One image of the demo cloud, kept in Glance v2 form (the richest); other dialects of the demo
// cloud translate from it. Active images have deterministic bytes.
struct DemoImage
{
    QJsonObject glance;  // the Glance v2 representation, without self/file/schema
    qint64 dataSize = 0; // 0: no data uploaded
    quint64 seed = 0;
    // A shared image of another project: the demo project's membership ("accepted", "pending",
    // "rejected"); empty for the project's own images and those not shared.
    QString memberStatus;
    // An image still being saved when the demo cloud starts: `glance` says so (no data yet) until
    // settlesAfterMs have passed, then it is `settled` (active, with its data). -1: it never changes.
    qint64 settlesAfterMs = -1;
    QJsonObject settled;
    qint64 settledDataSize = 0;

    QString id() const { return glance.value(QStringLiteral("id")).toString(); }
    bool hasData() const { return dataSize > 0; }
    // The image's bytes, generated from its seed: the same on every run.
    QByteArray data() const;
};

} // namespace Skylight
