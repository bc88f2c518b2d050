// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "net/result.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

class QFile;

namespace Skylight {

// The folder a download writes into, opened once and used through that handle only: every file
// in it (NAME.part, its sidecar, the final NAME) is created and opened relative to the handle,
// never following a symbolic link, and an existing part or sidecar is used only when it is a
// regular file of this user with one link. Nothing a planted link, hard link or device points at
// is read, truncated or written. On POSIX systems: open(O_DIRECTORY), openat(O_NOFOLLOW |
// O_CLOEXEC, O_EXCL when creating), fstat, linkat/renameat/unlinkat; elsewhere (Windows) a
// portable fallback through QFile with the same checks where the platform has them.
// Errors are values: an ApiError of kind LocalIo whose message names the file and the reason.
class DownloadFolder
{
public:
    // Opens `folderPath` (it must exist and be a directory).
    static Result<DownloadFolder> open(const QString& folderPath);

    DownloadFolder(DownloadFolder&& other) noexcept;
    DownloadFolder& operator=(DownloadFolder&& other) noexcept;
    ~DownloadFolder();

    QString path() const; // as given, for messages
    // `name` in the folder, with native separators, for messages.
    QString displayPath(const QString& name) const;

    // What is at `name` in the folder, without following a link.
    enum class Entry
    {
        Missing,
        UsableFile, // a regular file of this user with one link
        Unusable,   // a symlink, a hard-linked file, a device, a folder, someone else's file...
    };
    Entry entry(const QString& name) const;
    // Why an Unusable entry is unusable, as a whole sentence ("It is a symbolic link."), for
    // messages; "It does not exist." for a Missing one, empty for a UsableFile. A name that is not a plain file name ("",
    // ".", "..", with a slash) is Unusable everywhere and refused by every operation.
    QString describe(const QString& name) const;

    // An existing part to continue: opened read-write without following links, and checked
    // (fstat) to be a UsableFile. The QFile is open, positioned at the end; its size is what it holds.
    // Files from openExisting and create are open ReadWrite | Unbuffered; their fileName() is the
    // folder path and name (for messages only: never reopen or rename a file by that name).
    Result<std::unique_ptr<QFile>> openExisting(const QString& name) const;
    // A new, empty file: an existing entry of that name that is a UsableFile is removed first
    // (unlinkat); any other entry is left alone and refused. Created with O_EXCL | O_NOFOLLOW,
    // mode 0600 (0666 & ~umask once placed), opened read-write.
    Result<std::unique_ptr<QFile>> create(const QString& name) const;

    // A small file (a sidecar): read whole when it is a UsableFile of at most maxBytes.
    std::optional<QByteArray> readSmall(const QString& name, qint64 maxBytes = 64 * 1024) const;
    // Replaces `name` with `contents` atomically: written to a fresh temporary name in the
    // folder, flushed, then renamed over `name` (a link at `name` is replaced, not followed).
    // On failure (disk full...) the previous file at `name` is left as it was.
    Result<void> writeSmall(const QString& name, const QByteArray& contents) const;

    // Puts the file open in `file` (created by this folder) at `finalName`: hard-links that very
    // file (not whatever is at its name now) and then removes `partName` when it still is that
    // file. Never replaces an existing entry unless `overwrite`; with it, the replacement is atomic
    // and only a regular file is replaced (a link, folder or device at `finalName` is refused).
    // `file` must still be open (on POSIX it stays open; on Windows it is closed to be renamed).
    // Where the file system has no hard links (vfat) the part is renamed, after the same checks.
    Result<void> place(QFile& file, const QString& partName, const QString& finalName, bool overwrite) const;

    // Removes `name` when it is a UsableFile or a symlink (the link itself; its target is never
    // touched). Anything else stays. Returns whether something was removed.
    bool remove(const QString& name) const;

    // Free bytes on the folder's file system, or -1 when unknown.
    qint64 bytesAvailable() const;

    // For tests only: act as if /proc/self/fd were missing (the macOS path: link the part by name
    // after checking it still is the open file) and/or as if the file system had no hard links
    // (the vfat path: rename), so that the fallbacks run on Linux too. Not thread-safe to change
    // while a folder is in use.
    static void setFallbacksForTesting(bool noProcFd, bool noHardLinks);

private:
    struct Handle;
    explicit DownloadFolder(std::unique_ptr<Handle> handle);
    std::unique_ptr<Handle> m_handle;
};

} // namespace Skylight
