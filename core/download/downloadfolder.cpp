// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "download/downloadfolder_p.h"
#include "download/nonblockingopen.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <algorithm>
#include <atomic>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>
#ifdef Q_OS_MACOS
#include <cstdio> // renameatx_np
#endif
#endif

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
std::atomic<bool> g_noProcFd{false};
std::atomic<bool> g_noHardLinks{false};
} // namespace

namespace DownloadFolderDetail {

bool plainName(const QString& name)
{
    if (name.isEmpty() || name == u"."_s || name == u".."_s || name.contains(u'/') || name.contains(QChar(0)))
        return false;
#ifndef Q_OS_UNIX
    if (name.contains(u'\\') || name.contains(u':'))
        return false;
#endif
    return true;
}

QString joined(const QString& folder, const QString& name)
{
    if (folder.endsWith(u'/'))
        return folder + name;
    return folder + u'/' + name;
}

std::unexpected<ApiError> failure(const QString& sentence, const QString& shown, const QString& reason)
{
    return std::unexpected(ApiError::make(ApiError::Kind::LocalIo, sentence.arg(shown, reason)));
}

QString notPlainName()
{
    return QCoreApplication::translate("Skylight::DownloadFolder", "It is not a plain file name.");
}

QString refusedText()
{
    //: %1 is a file path, %2 a whole sentence saying what it is ("It is a symbolic link.")
    return QCoreApplication::translate("Skylight::DownloadFolder", "Will not use %1. %2");
}

QString temporarySuffix()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16);
}

} // namespace DownloadFolderDetail

using namespace DownloadFolderDetail;

DownloadFolder::DownloadFolder(std::unique_ptr<Handle> handle)
    : m_handle(std::move(handle))
{}

DownloadFolder::DownloadFolder(DownloadFolder&& other) noexcept = default;
DownloadFolder& DownloadFolder::operator=(DownloadFolder&& other) noexcept = default;
DownloadFolder::~DownloadFolder() = default;

QString DownloadFolder::path() const
{
    return m_handle->path;
}

QString DownloadFolder::displayPath(const QString& name) const
{
    return QDir::toNativeSeparators(joined(m_handle->path, name));
}

void DownloadFolder::setFallbacksForTesting(bool noProcFd, bool noHardLinks)
{
    g_noProcFd = noProcFd;
    g_noHardLinks = noHardLinks;
}

#ifdef Q_OS_UNIX

DownloadFolder::Handle::~Handle()
{
    if (fd >= 0)
        ::close(fd);
}

namespace {

using Stat = struct stat;

constexpr int kNameMax = 255;
constexpr int kReplaced = -1; // "the part name is no longer our file", beside errno values

// A QFile opened on a descriptor has no name; this one answers the path it was opened at, for
// messages (QFile's own rename/remove/link do not use it).
class NamedFile final : public QFile
{
public:
    explicit NamedFile(QString name)
        : m_name(std::move(name))
    {}
    QString fileName() const override { return m_name; }

private:
    QString m_name;
};

bool usable(const Stat& st)
{
    return S_ISREG(st.st_mode) && st.st_uid == ::geteuid() && st.st_nlink == 1;
}

bool sameFile(const Stat& a, const Stat& b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// Why `st` is not a UsableFile, in words; empty when it is one.
QString describeStat(const Stat& st)
{
    if (S_ISLNK(st.st_mode))
        return QCoreApplication::translate("Skylight::DownloadFolder", "It is a symbolic link.");
    if (S_ISDIR(st.st_mode))
        return QCoreApplication::translate("Skylight::DownloadFolder", "It is a folder.");
    if (!S_ISREG(st.st_mode))
        return QCoreApplication::translate("Skylight::DownloadFolder", "It is a device or a pipe.");
    if (st.st_uid != ::geteuid())
        return QCoreApplication::translate("Skylight::DownloadFolder", "It belongs to another user.");
    if (st.st_nlink == 0)
        return QCoreApplication::translate("Skylight::DownloadFolder", "It does not exist.");
    if (st.st_nlink != 1) {
        // (computed outside the translate() call: lupdate's parser loops on a conditional in one)
        const int links = int(std::min<nlink_t>(st.st_nlink, 1000000));
        //: %n is a number, at least 2
        return QCoreApplication::translate("Skylight::DownloadFolder", "It has %n hard links.", nullptr,
                                           links);
    }
    return {};
}

// The process's umask, read without changing it (umask() would, racing other threads):
// /proc/self/status on Linux, else the usual 022.
mode_t processUmask()
{
    static const mode_t mask = [] {
#ifdef Q_OS_LINUX
        const int fd = ::open("/proc/self/status", O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            QByteArray text;
            char buffer[4096];
            ssize_t got = 0;
            while ((got = ::read(fd, buffer, sizeof buffer)) > 0 || (got < 0 && errno == EINTR))
                if (got > 0)
                    text.append(buffer, got);
            ::close(fd);
            const qsizetype at = text.indexOf("\nUmask:");
            if (at >= 0) {
                const qsizetype end = text.indexOf('\n', at + 1);
                bool ok = false;
                const uint value = text.mid(at + 7, end < 0 ? -1 : end - at - 7).trimmed().toUInt(&ok, 8);
                if (ok && value <= 0777)
                    return static_cast<mode_t>(value);
            }
        }
#endif
        return static_cast<mode_t>(022);
    }();
    return mask;
}

int writeAll(int fd, const QByteArray& data)
{
    const char* at = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t wrote = ::write(fd, at, static_cast<size_t>(left));
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote < 0)
            return errno;
        if (wrote == 0)
            return EIO;
        at += wrote;
        left -= wrote;
    }
    return 0;
}

// ".NAME.tmp-<random>" (shorter when NAME is long), never an existing entry: O_CREAT | O_EXCL.
QByteArray temporaryName(const QByteArray& name)
{
    const QByteArray random = temporarySuffix().toLatin1();
    QByteArray temp = "." + name + ".tmp-" + random;
    if (temp.size() > kNameMax)
        temp = ".skylight.tmp-" + random;
    return temp;
}

// Links the open file `fd` (whose stat is `ours`) at `target`: through /proc/self/fd on Linux,
// else by `part`'s name after checking it is that very file (and checking the new entry after).
// 0, kReplaced or an errno.
int linkInode(int dirfd, int fd, const Stat& ours, const QByteArray& part, const QByteArray& target)
{
#ifdef Q_OS_LINUX
    if (!g_noProcFd) {
        const QByteArray proc = "/proc/self/fd/" + QByteArray::number(fd);
        if (::linkat(AT_FDCWD, proc.constData(), dirfd, target.constData(), AT_SYMLINK_FOLLOW) == 0)
            return 0;
        if (errno != ENOENT && errno != ENOTDIR) // /proc is there: that is the answer
            return errno;
    }
#else
    Q_UNUSED(fd)
#endif
    Stat now{};
    if (::fstatat(dirfd, part.constData(), &now, AT_SYMLINK_NOFOLLOW) != 0 || !sameFile(now, ours))
        return kReplaced;
    if (::linkat(dirfd, part.constData(), dirfd, target.constData(), 0) != 0)
        return errno;
    if (::fstatat(dirfd, target.constData(), &now, AT_SYMLINK_NOFOLLOW) != 0 || !sameFile(now, ours)) {
        // The part was swapped between the check and the link: take back what we linked.
        if (!S_ISDIR(now.st_mode))
            ::unlinkat(dirfd, target.constData(), 0);
        return kReplaced;
    }
    return 0;
}

// For file systems without hard links: renames `part` to `target` when it is the open file.
int renameInode(int dirfd, const Stat& ours, const QByteArray& part, const QByteArray& target, bool overwrite)
{
    Stat now{};
    if (::fstatat(dirfd, part.constData(), &now, AT_SYMLINK_NOFOLLOW) != 0 || !sameFile(now, ours))
        return kReplaced;
    int result = -2; // not tried yet
    if (!overwrite) {
#if defined(Q_OS_LINUX) && defined(SYS_renameat2)
        constexpr unsigned renameNoReplace = 1; // RENAME_NOREPLACE
        if (::syscall(SYS_renameat2, dirfd, part.constData(), dirfd, target.constData(), renameNoReplace) ==
            0)
            result = 0;
        else if (errno != EINVAL && errno != ENOSYS)
            return errno;
#elif defined(Q_OS_MACOS)
        if (::renameatx_np(dirfd, part.constData(), dirfd, target.constData(), RENAME_EXCL) == 0)
            result = 0;
        else if (errno != ENOTSUP && errno != EINVAL)
            return errno;
#endif
        if (result != 0 && ::fstatat(dirfd, target.constData(), &now, AT_SYMLINK_NOFOLLOW) == 0)
            return EEXIST; // no atomic "no replace" here: checked just before
    }
    if (result != 0 && ::renameat(dirfd, part.constData(), dirfd, target.constData()) != 0)
        return errno;
    if (::fstatat(dirfd, target.constData(), &now, AT_SYMLINK_NOFOLLOW) != 0 || !sameFile(now, ours)) {
        if (S_ISLNK(now.st_mode)) // swapped in between: a planted link is not left at the final name
            ::unlinkat(dirfd, target.constData(), 0);
        return kReplaced;
    }
    return 0;
}

} // namespace

Result<DownloadFolder> DownloadFolder::open(const QString& folderPath)
{
    const QString shown = QDir::toNativeSeparators(folderPath);
    const QString sentence =
        QCoreApplication::translate("Skylight::DownloadFolder", "Could not open the folder %1: %2.");
    if (folderPath.isEmpty())
        return failure(sentence, shown, qt_error_string(ENOENT));
    const int fd = ::open(QFile::encodeName(folderPath).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return failure(sentence, shown, qt_error_string(errno));
    auto handle = std::make_unique<Handle>();
    handle->path = folderPath;
    handle->fd = fd;
    return DownloadFolder(std::move(handle));
}

DownloadFolder::Entry DownloadFolder::entry(const QString& name) const
{
    if (!plainName(name))
        return Entry::Unusable;
    Stat st{};
    if (::fstatat(m_handle->fd, QFile::encodeName(name).constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return errno == ENOENT ? Entry::Missing : Entry::Unusable;
    return usable(st) ? Entry::UsableFile : Entry::Unusable;
}

QString DownloadFolder::describe(const QString& name) const
{
    if (!plainName(name))
        return notPlainName();
    Stat st{};
    if (::fstatat(m_handle->fd, QFile::encodeName(name).constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        if (errno == ENOENT)
            return QCoreApplication::translate("Skylight::DownloadFolder", "It does not exist.");
        //: %1 is the system's reason
        return QCoreApplication::translate("Skylight::DownloadFolder", "It cannot be examined: %1.")
            .arg(qt_error_string(errno));
    }
    return describeStat(st);
}

// Opens an existing UsableFile: never through a link (O_NOFOLLOW), never blocking on a FIFO
// (checked before, O_NONBLOCK in case it was swapped in), and checked again on the descriptor.
static Result<int> openUsable(int dirfd, const QString& name, int access, const QString& shown)
{
    const QString sentence =
        QCoreApplication::translate("Skylight::DownloadFolder", "Could not open %1: %2.");
    const QByteArray encoded = QFile::encodeName(name);
    Stat st{};
    if (::fstatat(dirfd, encoded.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return failure(sentence, shown, qt_error_string(errno));
    if (!usable(st))
        return failure(refusedText(), shown, describeStat(st));
    const auto fd = openWithoutBlocking(dirfd, encoded, access | O_NOFOLLOW, [](const Stat& opened) {
        return usable(opened) ? QString() : describeStat(opened);
    });
    if (fd)
        return *fd;
    using Step = NonBlockingOpenError::Step;
    const NonBlockingOpenError& error = fd.error();
    switch (error.step) {
    case Step::Open:
        if (error.error == ELOOP || error.error == EMLINK)
            return failure(refusedText(), shown,
                           QCoreApplication::translate("Skylight::DownloadFolder", "It is a symbolic link."));
        return failure(sentence, shown, qt_error_string(error.error));
    case Step::Stat:
        return failure(sentence, shown, qt_error_string(error.error));
    case Step::Check:
        return failure(refusedText(), shown, error.refusal);
    case Step::Flags:
        break;
    }
    return failure(sentence, shown, qt_error_string(error.error));
}

// Hands `fd` to a QFile that closes it.
static Result<std::unique_ptr<QFile>> wrap(int fd, const QString& folder, const QString& name,
                                           const QString& shown)
{
    auto file = std::make_unique<NamedFile>(joined(folder, name));
    if (!file->open(fd, QIODevice::ReadWrite | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return failure(QCoreApplication::translate("Skylight::DownloadFolder", "Could not open %1: %2."),
                       shown, file->errorString());
    }
    return std::unique_ptr<QFile>(std::move(file));
}

Result<std::unique_ptr<QFile>> DownloadFolder::openExisting(const QString& name) const
{
    const QString shown = displayPath(name);
    if (!plainName(name))
        return failure(refusedText(), shown, notPlainName());
    const Result<int> fd = openUsable(m_handle->fd, name, O_RDWR, shown);
    if (!fd)
        return std::unexpected(fd.error());
    Result<std::unique_ptr<QFile>> file = wrap(*fd, m_handle->path, name, shown);
    if (file && !(*file)->seek((*file)->size()))
        return failure(QCoreApplication::translate("Skylight::DownloadFolder", "Could not open %1: %2."),
                       shown, (*file)->errorString());
    return file;
}

Result<std::unique_ptr<QFile>> DownloadFolder::create(const QString& name) const
{
    const QString shown = displayPath(name);
    const QString sentence =
        QCoreApplication::translate("Skylight::DownloadFolder", "Could not create %1: %2.");
    if (!plainName(name))
        return failure(refusedText(), shown, notPlainName());
    const QByteArray encoded = QFile::encodeName(name);
    Stat st{};
    if (::fstatat(m_handle->fd, encoded.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
        if (!usable(st))
            //: %1 is a file path, %2 a whole sentence saying what it is ("It is a symbolic link.")
            return failure(QCoreApplication::translate("Skylight::DownloadFolder", "Will not replace %1. %2"),
                           shown, describeStat(st));
        if (::unlinkat(m_handle->fd, encoded.constData(), 0) != 0 && errno != ENOENT)
            return failure(sentence, shown, qt_error_string(errno));
    } else if (errno != ENOENT) {
        return failure(sentence, shown, qt_error_string(errno));
    }
    const int fd = ::openat(m_handle->fd, encoded.constData(),
                            O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY, 0600);
    if (fd < 0) {
        if (errno == EEXIST) // planted since the check
            return failure(refusedText(), shown, describe(name));
        return failure(sentence, shown, qt_error_string(errno));
    }
    return wrap(fd, m_handle->path, name, shown);
}

std::optional<QByteArray> DownloadFolder::readSmall(const QString& name, qint64 maxBytes) const
{
    if (!plainName(name))
        return std::nullopt;
    const Result<int> fd = openUsable(m_handle->fd, name, O_RDONLY, QString());
    if (!fd)
        return std::nullopt;
    QByteArray contents;
    char buffer[16384];
    for (;;) {
        const ssize_t got = ::read(*fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0 || contents.size() + got > maxBytes) {
            ::close(*fd);
            if (got == 0)
                return contents;
            return std::nullopt;
        }
        contents.append(buffer, got);
    }
}

Result<void> DownloadFolder::writeSmall(const QString& name, const QByteArray& contents) const
{
    const QString shown = displayPath(name);
    const QString sentence =
        QCoreApplication::translate("Skylight::DownloadFolder", "Could not write %1: %2.");
    if (!plainName(name))
        return failure(refusedText(), shown, notPlainName());
    const QByteArray encoded = QFile::encodeName(name);
    QByteArray temp;
    int fd = -1;
    for (int attempt = 0; attempt < 8 && fd < 0; ++attempt) {
        temp = temporaryName(encoded);
        fd = ::openat(m_handle->fd, temp.constData(),
                      O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY, 0600);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0)
        return failure(sentence, shown, qt_error_string(errno));
    int error = writeAll(fd, contents);
    if (error == 0 && ::fsync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error == 0 && ::renameat(m_handle->fd, temp.constData(), m_handle->fd, encoded.constData()) != 0)
        error = errno;
    if (error != 0) {
        ::unlinkat(m_handle->fd, temp.constData(), 0);
        return failure(sentence, shown, qt_error_string(error));
    }
    return {};
}

Result<void> DownloadFolder::place(QFile& file, const QString& partName, const QString& finalName,
                                   bool overwrite) const
{
    const QString shown = displayPath(finalName);
    const QString sentence =
        QCoreApplication::translate("Skylight::DownloadFolder", "Could not save %1: %2.");
    if (!plainName(partName) || !plainName(finalName))
        return failure(refusedText(), plainName(finalName) ? displayPath(partName) : shown, notPlainName());
    const int fd = file.handle();
    if (fd < 0)
        return failure(sentence, shown, qt_error_string(EBADF));
    if (!file.flush())
        return failure(sentence, shown, file.errorString());
    Stat ours{};
    if (::fstat(fd, &ours) != 0)
        return failure(sentence, shown, qt_error_string(errno));
    const int dirfd = m_handle->fd;
    const QByteArray part = QFile::encodeName(partName);
    const QByteArray target = QFile::encodeName(finalName);
    if (overwrite) {
        Stat existing{};
        if (::fstatat(dirfd, target.constData(), &existing, AT_SYMLINK_NOFOLLOW) == 0 &&
            !S_ISREG(existing.st_mode))
            return failure(QCoreApplication::translate("Skylight::DownloadFolder", "Will not replace %1. %2"),
                           shown, describeStat(existing));
    }

    int result = EPERM; // as if the file system had no hard links
    bool linked = false;
    if (!g_noHardLinks) {
        if (!overwrite) {
            result = linkInode(dirfd, fd, ours, part, target);
        } else {
            // Linked at a fresh name first, then renamed over the final name: atomic.
            QByteArray temp;
            result = EEXIST;
            for (int attempt = 0; attempt < 8 && result == EEXIST; ++attempt) {
                temp = temporaryName(target);
                result = linkInode(dirfd, fd, ours, part, temp);
            }
            if (result == 0 && ::renameat(dirfd, temp.constData(), dirfd, target.constData()) != 0) {
                const int error = errno;
                ::unlinkat(dirfd, temp.constData(), 0);
                return failure(sentence, shown, qt_error_string(error));
            }
        }
        linked = result == 0;
    }
    if (result == EPERM || result == EXDEV || result == ENOTSUP || result == EOPNOTSUPP)
        result = renameInode(dirfd, ours, part, target, overwrite);

    if (result == EEXIST)
        return std::unexpected(
            ApiError::make(ApiError::Kind::LocalIo,
                           QCoreApplication::translate("Skylight::DownloadFolder",
                                                       "Could not save %1: a file of that name exists.")
                               .arg(shown)));
    if (result == kReplaced)
        //: %1 is the final file path, %2 the partial file's path
        return failure(
            QCoreApplication::translate("Skylight::DownloadFolder",
                                        "Could not save %1: %2 is no longer the file that was downloaded."),
            shown, displayPath(partName));
    if (result != 0)
        return failure(sentence, shown, qt_error_string(result));

    ::fchmod(fd, 0666 & ~processUmask()); // the part was private; the placed file is as any other
    if (linked) {
        Stat now{};
        if (::fstatat(dirfd, part.constData(), &now, AT_SYMLINK_NOFOLLOW) == 0 && sameFile(now, ours))
            ::unlinkat(dirfd, part.constData(), 0);
    }
    return {};
}

bool DownloadFolder::remove(const QString& name) const
{
    if (!plainName(name))
        return false;
    const QByteArray encoded = QFile::encodeName(name);
    Stat st{};
    if (::fstatat(m_handle->fd, encoded.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return false;
    if (!S_ISLNK(st.st_mode) && !usable(st))
        return false;
    return ::unlinkat(m_handle->fd, encoded.constData(), 0) == 0;
}

qint64 DownloadFolder::bytesAvailable() const
{
    struct statvfs st
    {
    };
    if (::fstatvfs(m_handle->fd, &st) != 0)
        return -1;
    return static_cast<qint64>(st.f_bavail) * static_cast<qint64>(st.f_frsize);
}

#endif // Q_OS_UNIX

} // namespace Skylight
