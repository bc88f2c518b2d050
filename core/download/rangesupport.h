// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QSet>
#include <QString>
#include <QUrl>

namespace Skylight {

class AppSettings;

// Which image endpoints refuse byte ranges. Glance serves `Range` on /file only for its file and
// cinder stores; rbd (Ceph), swift, s3 and http stores answer 400 (StoreRandomGetNotSupported).
// A download that met such an answer says so here, and later resumes at that endpoint (and store)
// start from zero without asking again. Kept in the injected settings (none: for this process
// only); no URL query, no token, only scheme://host:port/path-before-images and the store name.
class RangeSupport
{
public:
    explicit RangeSupport(AppSettings* settings = nullptr);

    // "https://glance.example.com:9292/v2 [swift]": the endpoint of `fileUrl` and the image's store.
    static QString keyFor(const QUrl& fileUrl, const QString& store);

    bool refuses(const QUrl& fileUrl, const QString& store) const;
    void markRefused(const QUrl& fileUrl, const QString& store);

    static constexpr int kMaxEntries = 200;

private:
    AppSettings* m_settings;
    QSet<QString> m_refused;
};

} // namespace Skylight
