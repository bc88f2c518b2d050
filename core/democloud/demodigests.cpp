// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "democloud/demodigests.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

DemoDigests::DemoDigests(const QString& cacheFolder, QObject* parent)
    : QObject(parent)
{
    const QString folder =
        cacheFolder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) : cacheFolder;
    m_cacheFile = QDir(folder).filePath(u"demo-image-digests.ini"_s);
}

DemoDigests::~DemoDigests()
{
    m_stop = true;
    if (m_worker)
        m_worker->wait();
}

QString DemoDigests::keyFor(const DemoImage& image)
{
    // The bytes are the seed's noise under the content's structures: both name them.
    const QByteArray content = image.content.format.toUtf8() + '\0' + QByteArray::number(image.content.virtualSize) +
                               '\0' + image.content.backingFile.toUtf8() + '\0' + image.content.backingFormat.toUtf8();
    return u"v%1-%2-%3-%4"_s.arg(DemoImage::kGeneratorVersion)
        .arg(image.seed)
        .arg(image.dataSize)
        .arg(QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Md5).toHex()));
}

std::optional<DemoDigests::Digest> DemoDigests::cached(const DemoImage& image) const
{
    const QSettings cache(m_cacheFile, QSettings::IniFormat);
    const QString key = keyFor(image);
    const QByteArray md5 = cache.value(key + u"/md5"_s).toString().toLatin1();
    const QByteArray sha512 = cache.value(key + u"/sha512"_s).toString().toLatin1();
    static const auto hex = [](const QByteArray& text, int length) {
        return text.size() == length && std::all_of(text.cbegin(), text.cend(), [](char c) {
                   return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
               });
    };
    if (!hex(md5, 32) || !hex(sha512, 128))
        return std::nullopt;
    return Digest{md5, sha512};
}

void DemoDigests::store(const DemoImage& image, const Digest& digest)
{
    QDir().mkpath(QFileInfo(m_cacheFile).absolutePath());
    QSettings cache(m_cacheFile, QSettings::IniFormat);
    cache.setValue(keyFor(image) + u"/md5"_s, QString::fromLatin1(digest.md5));
    cache.setValue(keyFor(image) + u"/sha512"_s, QString::fromLatin1(digest.sha512));
}

DemoDigests::Digest DemoDigests::compute(const DemoImage& image, const std::atomic_bool* stop)
{
    constexpr qint64 kChunk = 4 * 1024 * 1024;
    QCryptographicHash md5(QCryptographicHash::Md5);
    QCryptographicHash sha512(QCryptographicHash::Sha512);
    for (qint64 offset = 0; offset < image.dataSize; offset += kChunk) {
        if (stop && *stop)
            return {};
        const QByteArray chunk = image.bytes(offset, kChunk);
        md5.addData(chunk);
        sha512.addData(chunk);
    }
    return Digest{md5.result().toHex(), sha512.result().toHex()};
}

void DemoDigests::computeLater(const QList<DemoImage>& images)
{
    if (images.isEmpty() || m_worker)
        return;
    m_worker.reset(QThread::create([this, images] {
        for (const DemoImage& image : images) {
            const Digest digest = compute(image, &m_stop);
            if (m_stop || digest.md5.isEmpty())
                return;
            // Announced (and cached) on this object's thread; the destructor waits for this
            // worker, so `this` is alive while it posts.
            QMetaObject::invokeMethod(
                this,
                [this, image, digest] {
                    store(image, digest);
                    Q_EMIT computed(image.id(), digest.md5, digest.sha512);
                },
                Qt::QueuedConnection);
        }
    }));
    m_worker->setObjectName(u"skylight-demo-digests"_s);
    m_worker->start(QThread::LowPriority);
}

} // namespace Skylight
