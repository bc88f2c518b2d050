// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "inspect/verdictcache.h"

#include "image/imagerecord.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {

constexpr int kFormatVersion = 1;
constexpr qsizetype kMaxChecksumLength = 256; // a hex SHA-512 is 128
constexpr qsizetype kMaxIdLength = 256;

// The bytes of `path` when it is a regular file (not a link) of at most maxBytes.
std::optional<QByteArray> readRegularFile(const QString& path, qint64 maxBytes)
{
#ifdef Q_OS_UNIX
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return std::nullopt;
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || info.st_size > maxBytes) {
        ::close(fd);
        return std::nullopt;
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return std::nullopt;
    }
#else
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isFile() || info.size() > maxBytes)
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
#endif
    QByteArray bytes = file.read(maxBytes + 1); // a file that grew since: still bounded
    if (bytes.size() > maxBytes)
        return std::nullopt;
    return bytes;
}

} // namespace

VerdictCache::VerdictCache(QString directory, int maxEntries)
    : m_directory(std::move(directory))
    , m_maxEntries(std::max(1, maxEntries))
{}

QString VerdictCache::checksumOf(const ImageRecord& record)
{
    if (record.hashValue && !record.hashValue->isEmpty())
        return u"%1:%2"_s.arg(record.hashAlgo.value_or(u"hash"_s).toLower(), record.hashValue->toLower());
    if (record.checksum && !record.checksum->isEmpty())
        return u"md5:"_s + record.checksum->toLower();
    return {};
}

QString VerdictCache::fileNameFor(const QString& id, const QString& checksum)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(id.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(checksum.toUtf8());
    return QString::fromLatin1(hash.result().toHex()) + u".json"_s;
}

QStringList VerdictCache::checksumsOf(const ImageRecord& record)
{
    QStringList checksums;
    if (const QString primary = checksumOf(record); !primary.isEmpty())
        checksums << primary;
    if (record.hashValue && !record.hashValue->isEmpty() && record.checksum && !record.checksum->isEmpty())
        checksums << u"md5:"_s + record.checksum->toLower();
    return checksums;
}

std::optional<InspectionResult> VerdictCache::find(const ImageRecord& record) const
{
    // A listing may give only the MD5 checksum where the image's details give both.
    for (const QString& checksum : checksumsOf(record)) {
        if (std::optional<InspectionResult> found = find(record.id, checksum))
            return found;
    }
    return std::nullopt;
}

std::optional<InspectionResult> VerdictCache::find(const QString& id, const QString& checksum) const
{
    if (id.isEmpty() || checksum.isEmpty() || m_directory.isEmpty())
        return std::nullopt;
    const std::optional<QByteArray> bytes =
        readRegularFile(QDir(m_directory).filePath(fileNameFor(id, checksum)), kMaxFileBytes);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject entry = document.object();
    // Another id or checksum under this name (a planted or stale file): not this image's verdict.
    if (entry.value(u"version"_s).toInt() != kFormatVersion || entry.value(u"id"_s).toString() != id ||
        entry.value(u"checksum"_s).toString() != checksum)
        return std::nullopt;
    return InspectionResult::fromJson(entry.value(u"verdict"_s).toObject());
}

bool VerdictCache::store(const ImageRecord& record, const InspectionResult& result)
{
    bool stored = false;
    for (const QString& checksum : checksumsOf(record))
        stored = store(record.id, checksum, result) || stored;
    return stored;
}

bool VerdictCache::ensureDirectory() const
{
    const QFileInfo info(m_directory);
    if (info.isSymLink())
        return false; // a folder someone else could point elsewhere
    if (!info.exists() && !QDir().mkpath(m_directory))
        return false;
    if (!QFileInfo(m_directory).isDir())
        return false;
    return QFile::setPermissions(m_directory,
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

bool VerdictCache::store(const QString& id, const QString& checksum, const InspectionResult& result)
{
    if (id.isEmpty() || id.size() > kMaxIdLength || checksum.isEmpty() ||
        checksum.size() > kMaxChecksumLength || m_directory.isEmpty() || !ensureDirectory())
        return false;
    const QJsonObject entry{
        {u"version"_s, kFormatVersion},
        {u"id"_s, id},
        {u"checksum"_s, checksum},
        {u"verdict"_s, result.toJson(InspectionResult::ProblemForm::WithKinds)},
    };
    const QByteArray bytes = QJsonDocument(entry).toJson(QJsonDocument::Compact);
    if (bytes.size() > kMaxFileBytes)
        return false; // would be ignored when read back
    const QString path = QDir(m_directory).filePath(fileNameFor(id, checksum));
    // QSaveFile writes to the target of a link: a link planted at the name goes, unfollowed.
    const QFileInfo existing(path);
    if (existing.isSymLink() && !QFile::remove(path))
        return false;
    if (existing.exists() && !existing.isSymLink() && !existing.isFile())
        return false; // a folder or device at the name: left alone
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return false;
    evict(fileNameFor(id, checksum));
    return true;
}

int VerdictCache::count() const
{
    return int(QDir(m_directory).entryList({u"*.json"_s}, QDir::Files | QDir::System | QDir::Hidden).size());
}

void VerdictCache::evict(const QString& kept)
{
    QDir dir(m_directory);
    QFileInfoList entries =
        dir.entryInfoList({u"*.json"_s}, QDir::Files | QDir::System | QDir::Hidden, QDir::NoSort);
    if (entries.size() <= m_maxEntries)
        return;
    // The oldest first (by the time written), ties by name so the order is stable.
    std::sort(entries.begin(), entries.end(), [](const QFileInfo& a, const QFileInfo& b) {
        const QDateTime ta = a.lastModified();
        const QDateTime tb = b.lastModified();
        return ta != tb ? ta < tb : a.fileName() < b.fileName();
    });
    qsizetype excess = entries.size() - m_maxEntries;
    for (const QFileInfo& entry : std::as_const(entries)) {
        if (excess <= 0)
            break;
        if (entry.fileName() == kept) // the one just written, whatever the clock says
            continue;
        QFile::remove(entry.absoluteFilePath()); // a link itself, never its target
        --excess;
    }
}

} // namespace Skylight
