#include "secretstore.h"

#include <QSettings>
#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr auto kIndexGroup = "secretIndex";

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
        return {SecretError::Kind::NotFound, u"No secret is stored for this cloud."_s};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {SecretError::Kind::Denied, u"The keychain refused access: %1"_s.arg(job->errorString())};
    default:
        return {SecretError::Kind::Other, u"The keychain failed: %1"_s.arg(job->errorString())};
    }
}
} // namespace

SecretStore::SecretStore(QString service, QSettings* index, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_index(index)
{}

QString SecretStore::keyFor(const QString& profile, const QString& kind)
{
    return profile + u'/' + kind;
}

QStringList SecretStore::knownKinds(const QString& profile) const
{
    m_index->beginGroup(QString::fromLatin1(kIndexGroup));
    const QStringList kinds = m_index->value(profile).toStringList();
    m_index->endGroup();
    return kinds;
}

void SecretStore::remember(const QString& profile, const QString& kind, bool present)
{
    QStringList kinds = knownKinds(profile);
    if (present && !kinds.contains(kind))
        kinds.append(kind);
    if (!present)
        kinds.removeAll(kind);
    m_index->beginGroup(QString::fromLatin1(kIndexGroup));
    if (kinds.isEmpty())
        m_index->remove(profile);
    else
        m_index->setValue(profile, kinds);
    m_index->endGroup();
    m_index->sync();
}

void SecretStore::markUnavailable(const QString& detail)
{
    if (!m_available)
        return;
    m_available = false;
    m_reason =
        u"The system keychain cannot be reached (%1). Secrets are kept in memory for this session only "
        u"and you will be asked again next time; nothing is written to disk."_s.arg(detail);
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
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [this, job, profile, kind, key, value, done] {
        if (job->error() == QKeychain::NoError) {
            remember(profile, kind, true);
            done(QString());
        } else if (backendMissing(job)) {
            markUnavailable(job->errorString());
            m_memory.insert(key, value);
            done(QString());
        } else {
            done(std::unexpected(errorOf(job)));
        }
    });
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
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, done] {
        if (job->error() == QKeychain::NoError) {
            done(job->textData());
        } else if (backendMissing(job)) {
            markUnavailable(job->errorString());
            done(std::unexpected(SecretError{SecretError::Kind::Unavailable, m_reason}));
        } else {
            done(std::unexpected(errorOf(job)));
        }
    });
    job->start();
}

void SecretStore::forget(const QString& profile, Callback done)
{
    const QStringList kinds = knownKinds(profile);
    QStringList keys;
    for (const QString& kind : kinds)
        keys << keyFor(profile, kind);
    for (auto it = m_memory.begin(); it != m_memory.end();) {
        if (it.key().startsWith(profile + u'/'))
            it = m_memory.erase(it);
        else
            ++it;
    }
    m_index->beginGroup(QString::fromLatin1(kIndexGroup));
    m_index->remove(profile);
    m_index->endGroup();
    m_index->sync();
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
    job->start();
}

} // namespace Skylight
