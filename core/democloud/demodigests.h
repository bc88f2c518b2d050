// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "democloud/demoimage.h"

#include <QList>
#include <QObject>
#include <QThread>
#include <atomic>
#include <optional>

namespace Skylight {

// The MD5 and SHA-512 of demo images too large to hash at every start: read from a small cache
// file (keyed by the generator's version, the seed and the size, so other bytes never get an old
// digest), else computed once on a worker thread and cached. The worker stops when this object
// goes (a short `--demo` command does not wait for it).
class DemoDigests : public QObject
{
    Q_OBJECT
public:
    struct Digest
    {
        QByteArray md5;    // hex
        QByteArray sha512; // hex
    };

    // `cacheFolder` empty: QStandardPaths::CacheLocation.
    explicit DemoDigests(const QString& cacheFolder, QObject* parent = nullptr);
    ~DemoDigests() override;

    QString cacheFile() const { return m_cacheFile; }
    std::optional<Digest> cached(const DemoImage& image) const;
    // Hashes the image's bytes as they are generated (bounded memory); stops early, with an empty
    // digest, once `stop` is set.
    static Digest compute(const DemoImage& image, const std::atomic_bool* stop = nullptr);
    // Computes the digests of `images` on a worker, one after the other; each is cached and
    // announced with computed() on this object's thread.
    void computeLater(const QList<DemoImage>& images);
    bool isComputing() const { return m_worker && m_worker->isRunning(); }

Q_SIGNALS:
    void computed(const QString& id, const QByteArray& md5, const QByteArray& sha512);

private:
    static QString keyFor(const DemoImage& image);
    void store(const DemoImage& image, const Digest& digest);

    QString m_cacheFile;
    std::atomic_bool m_stop{false};
    std::unique_ptr<QThread> m_worker;
};

} // namespace Skylight
