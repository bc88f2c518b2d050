// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "democloud/demoimage.h"

#include <QList>
#include <optional>

namespace Skylight {

// The demo cloud's images: the examples of the API documents the product started from
// (cirros-0.3.2-x86_64-disk, fakeimage7, voweb1-firstimage, ...) plus generated ones with varied
// statuses, sizes, formats, visibilities, tags, custom properties, nulls and non-ASCII names.
// Checksums (MD5) and os_hash_value (SHA-512) match the bytes served.
class DemoCatalog
{
public:
    // Built once per process (hashing the bytes takes a moment); immutable afterwards.
    static const DemoCatalog& standard();

    const QList<DemoImage>& images() const { return m_images; }
    const DemoImage* find(const QString& id) const;
    // The catalog `elapsedMs` after the demo cloud started: an image still being saved becomes
    // active once its time has come (DemoImage::settlesAfterMs). A copy of standard() changes;
    // standard() itself stays as the demo starts.
    void settle(qint64 elapsedMs);
    // The image that is being saved when the demo starts and becomes active 15 s later.
    static QString savingImageId();
    static constexpr qint64 kSavingImageSettlesAfterMs = 15000;

    // This catalog and `more` after it (streamed images: their size is set, their checksums are
    // null until setDigest()).
    DemoCatalog with(const QList<DemoImage>& more) const;
    void setDigest(const QString& id, const QByteArray& md5, const QByteArray& sha512);

private:
    DemoCatalog();
    void addSeedImages();
    void addGeneratedImages();
    void addSavingImage();
    void finalise(DemoImage& image) const;

    QList<DemoImage> m_images;
};

} // namespace Skylight
