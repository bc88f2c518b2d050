// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "democloud/demoimage.h"

#include <QList>
#include <QString>

namespace Skylight {

// The demo's large images, whose downloads take long enough to watch, pause, resume and cancel:
// 1, 4 and 2 units (a unit is 1 GiB unless SKYLIGHT_DEMO_LARGE_UNIT says otherwise), served at a
// modest rate (32 MiB/s unless SKYLIGHT_DEMO_RATE says otherwise; 0: as fast as it goes) with
// Range, but for the 2-unit one, kept on a Ceph (rbd) store that refuses ranges as Glance does.
// Their bytes are generated as they are sent; their checksums are computed once, on a worker, and
// cached (DemoDigests). Only `--demo` has them; the test suite's DemoCloud has none unless asked.
struct DemoLargeImages
{
    static constexpr qint64 kGiB = qint64(1) << 30;

    bool enabled = false;
    qint64 unit = kGiB;
    qint64 bytesPerSecond = 32 * (qint64(1) << 20); // per answer; 0: unlimited
    // Images smaller than this are hashed at once, without a worker or the cache.
    qint64 hashAtOnceBelow = 64 * (qint64(1) << 20);
    QString cacheFolder; // where the digests are kept; empty: the application's cache location

    // Enabled, with the environment's unit and rate (malformed values are ignored).
    static DemoLargeImages fromEnvironment();
    // "32M", "1G", "512k", "1048576": a size in bytes (binary units), or -1.
    static qint64 parseSize(const QString& text);

    // The three images, without digests.
    QList<DemoImage> images() const;
};

} // namespace Skylight
