// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// DownloadFolder where POSIX is not (Windows): by path, with the checks QFileInfo can make.
// The POSIX implementation and the common members are in downloadfolder.cpp.
#include "download/downloadfolder_p.h"

#ifndef Q_OS_UNIX

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <qt_windows.h>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

using namespace DownloadFolderDetail;

namespace {

bool isLink(const QFileInfo& info)
{
    return info.isSymLink() || info.isSymbolicLink() || info.isJunction();
}

// Why the entry is not a plain regular file, in words; empty when it is one.
QString describeInfo(const QFileInfo& info)
{
    if (isLink(info))
        return QCoreApplication::translate("Skylight::DownloadFolder", "It is a symbolic link.");
    if (!info.exists())
        return QCoreApplication::translate("Skylight::DownloadFolder", "It does not exist.");
    if (info.isDir())
        return QCoreApplication::translate("Skylight::DownloadFolder", "It is a folder.");
    if (!info.isFile())
        return QCoreApplication::translate("Skylight::DownloadFolder", "It is a device or a pipe.");
    return {};
}

bool moveFile(const QString& from, const QString& to, bool replace)
{
    const QString source = QDir::toNativeSeparators(from);
    const QString destination = QDir::toNativeSeparators(to);
    const DWORD flags = MOVEFILE_WRITE_THROUGH | (replace ? MOVEFILE_REPLACE_EXISTING : 0);
    return ::MoveFileExW(reinterpret_cast<const wchar_t*>(source.utf16()),
                         reinterpret_cast<const wchar_t*>(destination.utf16()), flags) != 0;
}

} // namespace

Result<DownloadFolder> DownloadFolder::open(const QString& folderPath)
{
    if (folderPath.isEmpty() || !QFileInfo(folderPath).isDir())
        return failure(
            QCoreApplication::translate("Skylight::DownloadFolder", "Could not open the folder %1: %2."),
            QDir::toNativeSeparators(folderPath), qt_error_string(ERROR_PATH_NOT_FOUND));
    auto handle = std::make_unique<Handle>();
    handle->path = folderPath;
    return DownloadFolder(std::move(handle));
}

DownloadFolder::Entry DownloadFolder::entry(const QString& name) const
{
    if (!plainName(name))
        return Entry::Unusable;
    const QFileInfo info(joined(m_handle->path, name));
    if (!info.exists() && !isLink(info))
        return Entry::Missing;
    return describeInfo(info).isEmpty() ? Entry::UsableFile : Entry::Unusable;
}

QString DownloadFolder::describe(const QString& name) const
{
    if (!plainName(name))
        return notPlainName();
    return describeInfo(QFileInfo(joined(m_handle->path, name)));
}

Result<std::unique_ptr<QFile>> DownloadFolder::openExisting(const QString& name) const
{
    const QString shown = displayPath(name);
    if (entry(name) != Entry::UsableFile)
        return failure(refusedText(), shown, describe(name));
    auto file = std::make_unique<QFile>(joined(m_handle->path, name));
    if (!file->open(QIODevice::ReadWrite | QIODevice::Unbuffered | QIODevice::ExistingOnly) ||
        !file->seek(file->size()))
        return failure(QCoreApplication::translate("Skylight::DownloadFolder", "Could not open %1: %2."),
                       shown, file->errorString());
    return file;
}

Result<std::unique_ptr<QFile>> DownloadFolder::create(const QString& name) const
{
    const QString shown = displayPath(name);
    const QString sentence =
        QCoreApplication::translate("Skylight::DownloadFolder", "Could not create %1: %2.");
    const Entry existing = entry(name);
    if (existing == Entry::Unusable)
        return failure(QCoreApplication::translate("Skylight::DownloadFolder", "Will not replace %1. %2"),
                       shown, describe(name));
    auto file = std::make_unique<QFile>(joined(m_handle->path, name));
    if (existing == Entry::UsableFile && !file->remove())
        return failure(sentence, shown, file->errorString());
    if (!file->open(QIODevice::ReadWrite | QIODevice::Unbuffered | QIODevice::NewOnly))
        return failure(sentence, shown, file->errorString());
    return file;
}

std::optional<QByteArray> DownloadFolder::readSmall(const QString& name, qint64 maxBytes) const
{
    if (entry(name) != Entry::UsableFile)
        return std::nullopt;
    QFile file(joined(m_handle->path, name));
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxBytes)
        return std::nullopt;
    QByteArray contents = file.read(maxBytes + 1);
    if (contents.size() > maxBytes || file.error() != QFileDevice::NoError)
        return std::nullopt;
    return contents;
}

Result<void> DownloadFolder::writeSmall(const QString& name, const QByteArray& contents) const
{
    const QString shown = displayPath(name);
    const QString sentence =
        QCoreApplication::translate("Skylight::DownloadFolder", "Could not write %1: %2.");
    if (!plainName(name))
        return failure(refusedText(), shown, notPlainName());
    QFile temp(joined(m_handle->path, u"."_s + name + u".tmp-"_s + temporarySuffix()));
    if (!temp.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return failure(sentence, shown, temp.errorString());
    const bool written = temp.write(contents) == contents.size() && temp.flush();
    QString reason = temp.errorString();
    temp.close();
    if (written && temp.error() == QFileDevice::NoError) {
        if (moveFile(temp.fileName(), joined(m_handle->path, name), true))
            return {};
        reason = qt_error_string(static_cast<int>(::GetLastError()));
    } else if (written) {
        reason = temp.errorString();
    }
    temp.remove();
    return failure(sentence, shown, reason);
}

Result<void> DownloadFolder::place(QFile& file, const QString& partName, const QString& finalName,
                                   bool overwrite) const
{
    const QString shown = displayPath(finalName);
    const QString sentence =
        QCoreApplication::translate("Skylight::DownloadFolder", "Could not save %1: %2.");
    if (!plainName(partName) || !plainName(finalName))
        return failure(refusedText(), shown, notPlainName());
    const QString part = joined(m_handle->path, partName);
    if (!file.isOpen() || !file.flush())
        return failure(sentence, shown, file.errorString());
    if (entry(partName) != Entry::UsableFile || QFileInfo(file.fileName()) != QFileInfo(part))
        return failure(
            QCoreApplication::translate("Skylight::DownloadFolder",
                                        "Could not save %1: %2 is no longer the file that was downloaded."),
            shown, displayPath(partName));
    const Entry existing = entry(finalName);
    if (existing != Entry::Missing && !overwrite)
        return std::unexpected<ApiError>(
            ApiError::make(ApiError::Kind::LocalIo,
                           QCoreApplication::translate("Skylight::DownloadFolder",
                                                       "Could not save %1: a file of that name exists.")
                               .arg(shown)));
    const QFileInfo finalInfo(joined(m_handle->path, finalName));
    if (existing != Entry::Missing && (isLink(finalInfo) || !finalInfo.isFile()))
        return failure(QCoreApplication::translate("Skylight::DownloadFolder", "Will not replace %1. %2"),
                       shown, describe(finalName));
    file.close(); // Windows renames no open file
    if (!moveFile(part, finalInfo.filePath(), overwrite)) {
        const DWORD error = ::GetLastError();
        if (error == ERROR_ALREADY_EXISTS || error == ERROR_FILE_EXISTS)
            return std::unexpected<ApiError>(
                ApiError::make(ApiError::Kind::LocalIo,
                               QCoreApplication::translate("Skylight::DownloadFolder",
                                                           "Could not save %1: a file of that name exists.")
                                   .arg(shown)));
        return failure(sentence, shown, qt_error_string(static_cast<int>(error)));
    }
    return {};
}

bool DownloadFolder::remove(const QString& name) const
{
    if (!plainName(name))
        return false;
    const QFileInfo info(joined(m_handle->path, name));
    if (isLink(info) && info.isDir()) // a link to a folder: the link goes, the folder stays
        return QDir().rmdir(info.filePath());
    if (isLink(info) || entry(name) == Entry::UsableFile)
        return QFile::remove(info.filePath());
    return false;
}

qint64 DownloadFolder::bytesAvailable() const
{
    const QStorageInfo storage(m_handle->path);
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

} // namespace Skylight

#endif // !Q_OS_UNIX
