// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/listscope.h"
#include "settings/storedtransfer.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <functional>

class QSettings;

namespace Skylight {

// Every setting Skylight keeps, with its key and default declared once, read and written through
// typed accessors. Backed by injected QSettings stores (not owned): the app's own file (window
// layout, downloads, clouds created in the app), and two files shared by skylight and skylight-cli:
// the index of keychain entries (names only, never a secret) and the endpoints that refuse byte
// ranges. A store that is null keeps nothing: its getters answer the defaults.
//
// A value of the wrong type (an edited or hostile file) reads as the default. The app's file
// carries a schema version (key "schema/version"); migrate() brings an older layout up to date:
//   0 (no version key, up to 0.x): the last image of each cloud lived in "clouds/lastImage/<cloud>",
//     inside the group of the clouds created in the app, where it read as a cloud called
//     "lastImage"; version 1 keeps it in "lastImage/<cloud>". A cloud really called "lastImage"
//     (its record in the same group) keeps its record.
// Keys that cannot be migrated by the file alone are taken over when their owner is known:
//   a cloud of `skylight --endpoint` was keyed by its host alone up to version 1 of the file (two
//   endpoints of one host shared their last image and downloads); it is keyed by its whole endpoint
//   now (endpointKey()), and adoptEndpointKey() moves what was kept under the host to the first
//   endpoint of that host opened. No new schema version: an older Skylight reading the file only
//   misses those keys.
// A file of a newer schema than kSchemaVersion is read-only: read as far as it is understood,
// never migrated nor written (every setter and sync() leave it alone), so that the newer
// Skylight finds it as it left it. The secret index and the range memory, files of their own,
// are still written.
class AppSettings
{
public:
    static constexpr int kSchemaVersion = 1;
    static constexpr int kDefaultConcurrency = 2;
    static constexpr int kMaxConcurrency = 8;
    // The most downloads kept for the next start (more in a file are not read).
    static constexpr int kMaxStoredTransfers = 1000;

    struct Stores
    {
        QSettings* app = nullptr;
        QSettings* secretIndex = nullptr;
        QSettings* rangeMemory = nullptr;
    };
    explicit AppSettings(Stores stores);
    // Everything in one store (tests; the keys of the three stores do not collide).
    explicit AppSettings(QSettings* all);

    // Brings the app's store to kSchemaVersion. False when a newer Skylight wrote it: then it is
    // left as it is (and read as far as it is understood).
    bool migrate();
    int schemaVersion() const;
    // The last image and the unfinished downloads kept under `host` (the key of an --endpoint cloud
    // before issue 16) move to `endpoint` (its key now), once: the old key is removed, and a last
    // image already kept under `endpoint` stays. Nothing happens when a cloud created in the app
    // is called `host` (the key is its own) or the file is read-only.
    void adoptEndpointKey(const QString& host, const QString& endpoint);
    // The app's file is of a newer schema: nothing is written to it (see above).
    bool isReadOnly() const;
    // Why, in a sentence for the window; empty when it is not read-only.
    QString readOnlyReason() const;
    // The same in a few words, for a status bar (translated whole, never cut from the reason).
    static QString readOnlySummary();

    // Where the Download dialog opens: the folder last saved to, or the system's Downloads.
    QString downloadFolder() const;
    static QString defaultDownloadFolder();
    void setDownloadFolder(const QString& folder);
    // How many downloads run at once, 1 to kMaxConcurrency.
    int downloadConcurrency() const;
    void setDownloadConcurrency(int count);

    // The most images one listing takes from a server whose pages never end (listing/maxImages;
    // ImageListLoader::kDefaultImageCap unless set).
    qint64 imageCap() const;
    void setImageCap(qint64 cap);
    // Whether listings add the hidden images (os_hidden) to the others (listing/showHidden; off
    // unless set).
    bool showHidden() const;
    void setShowHidden(bool show);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QByteArray imageColumns() const;
    void setImageColumns(const QByteArray& state);
    QString lastCloud() const;
    void setLastCloud(const QString& name);
    // The id of the image last selected in `cloud`.
    QString lastImage(const QString& cloud) const;
    void setLastImage(const QString& cloud, const QString& imageId);
    // The scope `cloud` was last listed with, as chosen in the window (the default when unset or
    // unreadable).
    ListScope listScope(const QString& cloud) const;
    void setListScope(const QString& cloud, const ListScope& scope);

    // The downloads to resume at the next start (as the file has them now: read again first).
    QList<StoredTransfer> transfers() const;
    // Replaces the whole list (what any other window or process kept there is gone).
    void setTransfers(const QList<StoredTransfer>& transfers);
    // Saves one window's downloads beside another's (two windows, two processes, one file): `known`
    // is what this window last read or saved, `now` what it holds; mergeStoredTransfers() says what
    // is kept. Read, merged and written at once under a lock file beside the settings file, so a
    // window quitting last does not write its list over the other's.
    void saveTransfers(const QList<StoredTransfer>& known, const QList<StoredTransfer>& now);

    // The clouds created in the app, one record of fields each (the fields are CloudProfileStore's;
    // "name" is filled in when missing). Never a secret.
    QList<QVariantMap> storedClouds() const;
    QVariantMap storedCloud(const QString& name) const;
    bool hasStoredCloud(const QString& name) const;
    // Replaces the record of `name`.
    void setStoredCloud(const QString& name, const QVariantMap& fields);
    void removeStoredCloud(const QString& name);

    // The kinds of secret the keychain holds for `profile` (the index; empty removes it).
    QStringList secretKinds(const QString& profile) const;
    void setSecretKinds(const QString& profile, const QStringList& kinds);

    // Image endpoints known to refuse byte ranges, most recent first (RangeSupport's keys).
    QStringList endpointsWithoutRanges() const;
    void setEndpointsWithoutRanges(const QStringList& keys);

    // Writes pending changes of every store to disk.
    void sync();

private:
    // `store`, or null when it must not be written (it is the app's file, and that is read-only).
    QSettings* writable(QSettings* store) const;
    // The transfers as the file has them now, changed by `change`, written back at once under the
    // lock file (another process reads and writes between two of our reads otherwise).
    void rewriteTransfers(const std::function<QList<StoredTransfer>(const QList<StoredTransfer>&)>& change);
    QList<StoredTransfer> readTransfers() const;
    void writeTransfers(QSettings* store, const QList<StoredTransfer>& transfers);

    Stores m_stores;
};

} // namespace Skylight
