// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "identity/secretstore.h"

#include "settings/appsettings.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
// The head entry of a chunked value: this marker and the number of chunks.
constexpr auto kChunkHead = "\x1fskylight-chunks:";

bool backendMissing(const QKeychain::Job* job)
{
    return job->error() == QKeychain::NoBackendAvailable ||
           (job->error() == QKeychain::OtherError &&
            (job->errorString().contains(u"D-Bus"_s, Qt::CaseInsensitive) ||
             job->errorString().contains(u"dbus"_s, Qt::CaseInsensitive) ||
             job->errorString().contains(u"secret"_s, Qt::CaseInsensitive)));
}

SecretError errorOf(const QKeychain::Job* job)
{
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return {SecretError::Kind::NotFound,
                QCoreApplication::translate("Skylight::SecretStore", "No secret is stored for this cloud.")};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {SecretError::Kind::Denied,
                QCoreApplication::translate("Skylight::SecretStore", "The keychain refused access: %1")
                    .arg(job->errorString())};
    default:
        return {SecretError::Kind::Other,
                QCoreApplication::translate("Skylight::SecretStore", "The keychain failed: %1")
                    .arg(job->errorString())};
    }
}
} // namespace

void SecretStore::track(QObject* job)
{
    ++m_pending;
    connect(job, &QObject::destroyed, this, [this] { --m_pending; });
}

SecretStore::SecretStore(QString service, AppSettings* index, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_index(index)
{}

QString SecretStore::keyFor(const QString& profile, const QString& kind)
{
    return profile + u'/' + kind;
}

QString SecretStore::chunkKind(const QString& kind, qsizetype index)
{
    return kind + u'#' + QString::number(index);
}

QStringList SecretStore::chunksOf(const QString& value)
{
    QStringList chunks;
    qsizetype at = 0;
    while (at < value.size()) {
        qsizetype length = std::min(kChunkChars, value.size() - at);
        // Never split a surrogate pair between two entries.
        if (at + length < value.size() && value.at(at + length - 1).isHighSurrogate())
            --length;
        chunks << value.mid(at, length);
        at += length;
    }
    if (chunks.isEmpty())
        chunks << QString();
    return chunks;
}

QStringList SecretStore::indexedKinds(const QString& profile) const
{
    return m_index->secretKinds(profile);
}

QStringList SecretStore::knownKinds(const QString& profile) const
{
    QStringList kinds = indexedKinds(profile);
    kinds.removeIf([](const QString& kind) { return kind.contains(u'#'); });
    return kinds;
}

void SecretStore::remember(const QString& profile, const QString& kind, bool present)
{
    QStringList kinds = indexedKinds(profile);
    if (present && !kinds.contains(kind))
        kinds.append(kind);
    if (!present)
        kinds.removeAll(kind);
    m_index->setSecretKinds(profile, kinds);
}

QString SecretStore::unavailableSummary()
{
    return QCoreApplication::translate("Skylight::SecretStore",
                                       "The system keychain cannot be reached: secrets are not kept.");
}

void SecretStore::markUnavailable(const QString& detail)
{
    if (!m_available)
        return;
    m_available = false;
    m_reason =
        QCoreApplication::translate(
            "Skylight::SecretStore",
            "The system keychain cannot be reached (%1). Secrets are kept in memory for this session only "
            "and you will be asked again next time; nothing is written to disk.")
            .arg(detail);
    Q_EMIT keychainUnavailable(m_reason);
}

void SecretStore::write(const QString& profile, const QString& kind, const QString& value, Callback done)
{
    const QString key = keyFor(profile, kind);
    if (!m_available) {
        m_memory.insert(key, value);
        QMetaObject::invokeMethod(
            this, [done] { done(QString()); }, Qt::QueuedConnection);
        return;
    }
    // Chunks first, the head last: a reader never meets a head whose chunks are not there yet.
    const QStringList chunks = chunksOf(value);
    QList<std::pair<QString, QString>> entries;
    if (chunks.size() > 1) {
        for (qsizetype i = 0; i < chunks.size(); ++i)
            entries.append({chunkKind(kind, i + 1), chunks.at(i)});
        entries.append({kind, QString::fromLatin1(kChunkHead) + QString::number(chunks.size())});
    } else {
        entries.append({kind, value});
    }
    // Chunks of a longer value written before are stale now.
    const qsizetype written = chunks.size() > 1 ? chunks.size() : 0;
    QStringList stale;
    for (const QString& known : indexedKinds(profile)) {
        if (known.startsWith(kind + u'#') && known.mid(kind.size() + 1).toLongLong() > written)
            stale << known;
    }
    writeEntries(profile, entries,
                 [this, profile, kind, key, value, stale, done](const SecretResult& stored) {
                     if (!stored) {
                         done(stored);
                         return;
                     }
                     if (!m_available) { // the keychain went away: keep the whole value in memory instead
                         m_memory.insert(key, value);
                         done(QString());
                         return;
                     }
                     QStringList staleKeys;
                     for (const QString& staleKind : stale) {
                         remember(profile, staleKind, false);
                         staleKeys << keyFor(profile, staleKind);
                     }
                     deleteKeys(staleKeys, done);
                 });
}

void SecretStore::writeEntries(const QString& profile, QList<std::pair<QString, QString>> entries,
                               Callback done)
{
    if (entries.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done] { done(QString()); }, Qt::QueuedConnection);
        return;
    }
    const auto [kind, value] = entries.takeFirst();
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(profile, kind));
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [this, job, profile, kind, entries, done] {
        if (job->error() == QKeychain::NoError) {
            remember(profile, kind, true);
            writeEntries(profile, entries, done);
        } else if (backendMissing(job)) {
            markUnavailable(job->errorString());
            done(QString());
        } else {
            done(std::unexpected(errorOf(job)));
        }
    });
    track(job);
    job->start();
}

void SecretStore::read(const QString& profile, const QString& kind, Callback done)
{
    const QString key = keyFor(profile, kind);
    if (!m_available) {
        const SecretResult result =
            m_memory.contains(key)
                ? SecretResult(m_memory.value(key))
                : SecretResult(std::unexpected(SecretError{SecretError::Kind::NotFound, m_reason}));
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    readEntry(key, [this, profile, kind, done](const SecretResult& head) {
        const QString marker = QString::fromLatin1(kChunkHead);
        if (!head || !head->startsWith(marker)) {
            done(head);
            return;
        }
        bool ok = false;
        const qsizetype count = head->mid(marker.size()).toLongLong(&ok);
        if (!ok || count < 1) {
            done(std::unexpected(
                SecretError{SecretError::Kind::Other,
                            QCoreApplication::translate("Skylight::SecretStore",
                                                        "The keychain entry of %1 is damaged; sign in again.")
                                .arg(profile)}));
            return;
        }
        readChunks(profile, kind, 1, count, QString(), done);
    });
}

void SecretStore::readChunks(QString profile, QString kind, qsizetype index, qsizetype count,
                             QString collected, Callback done)
{
    if (index > count) {
        done(collected);
        return;
    }
    readEntry(keyFor(profile, chunkKind(kind, index)),
              [this, profile, kind, index, count, collected, done](const SecretResult& chunk) {
                  if (!chunk) {
                      SecretError error = chunk.error();
                      if (error.kind == SecretError::Kind::NotFound)
                          error = {SecretError::Kind::Other,
                                   QCoreApplication::translate(
                                       "Skylight::SecretStore",
                                       "Part of the keychain entry of %1 is missing; sign in again.")
                                       .arg(profile)};
                      done(std::unexpected(error));
                      return;
                  }
                  readChunks(profile, kind, index + 1, count, collected + *chunk, done);
              });
}

void SecretStore::readEntry(const QString& key, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, done] {
        if (job->error() == QKeychain::NoError) {
            done(job->textData());
        } else if (backendMissing(job)) {
            markUnavailable(job->errorString());
            done(std::unexpected(SecretError{SecretError::Kind::Unavailable, m_reason}));
        } else {
            done(std::unexpected(errorOf(job)));
        }
    });
    track(job);
    job->start();
}

void SecretStore::forget(const QString& profile, Callback done)
{
    const QStringList kinds = indexedKinds(profile);
    QStringList keys;
    for (const QString& kind : kinds)
        keys << keyFor(profile, kind);
    for (auto it = m_memory.begin(); it != m_memory.end();) {
        if (it.key().startsWith(profile + u'/'))
            it = m_memory.erase(it);
        else
            ++it;
    }
    m_index->setSecretKinds(profile, {});
    deleteKeys(keys, std::move(done));
}

void SecretStore::deleteKeys(const QStringList& keys, Callback done)
{
    if (keys.isEmpty() || !m_available) {
        QMetaObject::invokeMethod(
            this, [done] { done(QString()); }, Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keys.first());
    const QStringList rest = keys.mid(1);
    connect(job, &QKeychain::Job::finished, this, [this, job, rest, done] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound &&
            !backendMissing(job)) {
            done(std::unexpected(errorOf(job)));
            return;
        }
        deleteKeys(rest, done);
    });
    track(job);
    job->start();
}

} // namespace Skylight
