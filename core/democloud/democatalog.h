// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "democloud/demoimage.h"

#include <QDateTime>
#include <QJsonObject>
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
    // Images Image API v2 lists only when asked for them, as Glance does: the hidden ones
    // (os_hidden=true) and one shared with the demo project that it has not accepted yet
    // (member_status=pending or all). The other dialects never list them (Nova's image proxy lists
    // what Glance lists by default); every dialect shows them by id.
    const QList<DemoImage>& unlisted() const { return m_unlisted; }
    // Both, in that order (what Image API v2 chooses from).
    QList<DemoImage> allImages() const { return m_images + m_unlisted; }
    const DemoImage* find(const QString& id) const; // in both
    // The project the demo's token is scoped to: the owner of most images, and the member of the
    // other project's shares.
    static QString projectId();
    // Sets the status of `memberId`'s membership of image `imageId` (and, for the demo project's
    // own membership, its memberStatus): the member as it is now, nothing when there is none.
    std::optional<QJsonObject> setMemberStatus(const QString& imageId, const QString& memberId,
                                               const QString& status, const QDateTime& when);
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
    void addSharing();
    void finalise(DemoImage& image) const;

    QList<DemoImage> m_images;
    QList<DemoImage> m_unlisted;
};

} // namespace Skylight
