// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

// The hostile local user of a shared download folder, for DownloadFolder's tests
// (tst_downloadfolderentries, tst_downloadfolderplace): a folder to download into, a victim file,
// a victim folder and a dangling path outside it, and whatever can be planted inside it.

#include "download/downloadfolder.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>

namespace Skylight::Test {

inline const QByteArray kVictimBytes = "the victim's bytes: never read, truncated or written\n";
inline const QDateTime kVictimTime = QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC);

using Stat = struct stat;

// How DownloadFolder places a file (DownloadFolder::setFallbacksForTesting).
enum class Strategy
{
    Auto,        // Linux: link through /proc/self/fd
    NoProcFd,    // macOS: link by name after checking it
    NoHardLinks, // vfat: rename after checking
};

// What lstat() says of a path: the same entry, untouched, compares equal.
struct Snapshot
{
    bool exists = false;
    dev_t dev = 0;
    ino_t ino = 0;
    mode_t mode = 0;
    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshot(const QString& path);
QByteArray contentsOf(const QString& path);
bool isRoot();
mode_t currentUmask();
mode_t modeOf(const QString& path);

// The fixture: a test class derives from it (after QObject), calls setUpFolder() from init() and
// checkVictimsUntouched() from cleanup().
class HostileFolder
{
protected:
    void setUpFolder();
    // The victim file outside the folder (bytes, time, kind), the victim folder and the dangling
    // path: as they were.
    void checkVictimsUntouched();

    // A column "kind": every kind of thing plant() can put at a name but a regular file.
    static void addKinds();
    // Puts a `kind` ("symlink to the victim", "fifo", "regular file"...) at `name` in the folder.
    bool plant(const QString& kind, const QString& name);
    // How DownloadFolder::describe() words it.
    static QString describedAs(const QString& kind);
    static void useStrategy(Strategy strategy);
    QString at(const QString& name) const { return m_folder + u'/' + name; }
    QStringList listing() const;
    DownloadFolder openFolder() const;

    std::unique_ptr<QTemporaryDir> m_root;
    QString m_folder;
    QString m_victim;
    QString m_victimDir;
    QString m_dangling;
};

} // namespace Skylight::Test

Q_DECLARE_METATYPE(Skylight::Test::Strategy)

#endif // Q_OS_UNIX
