// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/schemacache.h"

#include "net/endpointkey.h"

#include <QCryptographicHash>
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
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return std::nullopt;
    return bytes;
}
} // namespace

SchemaCache::SchemaCache(QString directory, int maxEntries)
    : m_directory(std::move(directory))
    , m_maxEntries(std::max(1, maxEntries))
{}

QString SchemaCache::fileNameFor(const QUrl& endpoint)
{
    return QString::fromLatin1(
               QCryptographicHash::hash(endpointKey(endpoint).toUtf8(), QCryptographicHash::Sha256).toHex()) +
           u".json"_s;
}

std::optional<ImageSchema> SchemaCache::find(const QUrl& endpoint, const QDateTime& now) const
{
    if (m_directory.isEmpty() || !endpoint.isValid())
        return std::nullopt;
    const auto bytes = readRegularFile(QDir(m_directory).filePath(fileNameFor(endpoint)), kMaxFileBytes);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject entry = document.object();
    if (entry.value(u"version"_s).toInt() != kFormatVersion ||
        entry.value(u"endpoint"_s).toString() != endpointKey(endpoint))
        return std::nullopt;
    const QDateTime stored = QDateTime::fromString(entry.value(u"stored_at"_s).toString(), Qt::ISODate);
    if (!stored.isValid() || stored > now.addSecs(60) || stored.daysTo(now) >= kMaxAgeDays)
        return std::nullopt;
    auto schema = ImageSchema::fromJson(entry.value(u"schema"_s).toObject());
    if (!schema)
        return std::nullopt;
    return *schema;
}

bool SchemaCache::ensureDirectory() const
{
    const QFileInfo info(m_directory);
    if (info.isSymLink())
        return false;
    if (!info.exists() && !QDir().mkpath(m_directory))
        return false;
    if (!QFileInfo(m_directory).isDir())
        return false;
    return QFile::setPermissions(m_directory,
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

bool SchemaCache::store(const QUrl& endpoint, const ImageSchema& schema, const QDateTime& now)
{
    if (m_directory.isEmpty() || !endpoint.isValid() || !ensureDirectory())
        return false;
    const QJsonObject entry{{u"version"_s, kFormatVersion},
                            {u"endpoint"_s, endpointKey(endpoint)},
                            {u"stored_at"_s, now.toUTC().toString(Qt::ISODate)},
                            {u"schema"_s, schema.toJson()}};
    const QByteArray bytes = QJsonDocument(entry).toJson(QJsonDocument::Compact);
    if (bytes.size() > kMaxFileBytes)
        return false;
    const QString name = fileNameFor(endpoint);
    const QString path = QDir(m_directory).filePath(name);
    const QFileInfo existing(path);
    if (existing.isSymLink() && !QFile::remove(path))
        return false;
    if (existing.exists() && !existing.isSymLink() && !existing.isFile())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return false;
    evict(name);
    return true;
}

int SchemaCache::count() const
{
    return int(QDir(m_directory).entryList({u"*.json"_s}, QDir::Files | QDir::System | QDir::Hidden).size());
}

void SchemaCache::evict(const QString& kept)
{
    QFileInfoList entries =
        QDir(m_directory)
            .entryInfoList({u"*.json"_s}, QDir::Files | QDir::System | QDir::Hidden, QDir::NoSort);
    if (entries.size() <= m_maxEntries)
        return;
    std::sort(entries.begin(), entries.end(), [](const QFileInfo& a, const QFileInfo& b) {
        const QDateTime ta = a.lastModified();
        const QDateTime tb = b.lastModified();
        return ta != tb ? ta < tb : a.fileName() < b.fileName();
    });
    qsizetype excess = entries.size() - m_maxEntries;
    for (const QFileInfo& entry : std::as_const(entries)) {
        if (excess <= 0)
            break;
        if (entry.fileName() == kept)
            continue;
        if (QFile::remove(entry.filePath()))
            --excess;
    }
}

} // namespace Skylight
