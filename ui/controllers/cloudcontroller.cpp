// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/cloudcontroller.h"

#include "identity/cloudprofilestore.h"
#include "identity/cloudsession.h"
#include "identity/secretstore.h"
#include "models/cloudlistmodel.h"
#include "net/endpointkey.h"
#include "settings/appsettings.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

CloudController::CloudController(QNetworkAccessManager* nam, AppSettings* settings, SecretStore* secrets,
                                 TransportOptions options, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_options(std::move(options))
    , m_store(settings ? new CloudProfileStore(settings) : nullptr)
    , m_model(new CloudListModel(this))
{
    if (m_secrets)
        connect(m_secrets, &SecretStore::keychainUnavailable, this,
                [this](const QString& reason) { Q_EMIT notice(SecretStore::unavailableSummary(), reason); });
}

CloudController::~CloudController()
{
    delete m_store;
}

CloudSession* CloudController::createSession(const CloudProfile& profile)
{
    TransportOptions options = m_options;
    if (!profile.verify)
        options.insecure = true;
    auto* session = new CloudSession(m_nam, profile, m_secrets, options, systemClock(), this);
    session->setRememberSecret(rememberSecret(profile.secretName()));
    return session;
}

int CloudController::addFixedCloud(const QString& name, ImageAdapter* adapter, bool isDemo)
{
    CloudEntry entry;
    entry.name = name;
    entry.source = isDemo ? tr("built-in demo cloud") : tr("command line");
    entry.isDemo = isDemo;
    entry.adapter = adapter;
    return m_model->addCloud(entry);
}

int CloudController::addEndpointCloud(const QUrl& url, Dialect dialect, const QByteArray& token)
{
    CloudProfile profile;
    profile.name = endpointKey(url);
    profile.source = tr("command line");
    profile.auth.type = AuthSettings::Type::Token;
    profile.auth.token = QString::fromUtf8(token);
    profile.imageEndpoint = url;
    profile.dialect = dialect;
    m_redactor.add(token);
    CloudEntry entry;
    entry.name = profile.name;
    entry.displayName = endpointDisplayName(url);
    entry.source = profile.source;
    // No keychain: nothing of a command-line endpoint is kept there.
    entry.session = new CloudSession(m_nam, profile, nullptr, m_options, systemClock(), this);
    return m_model->addCloud(entry);
}

int CloudController::addExternalProfile(const CloudProfile& profile)
{
    if (profile.regions.size() <= 1) {
        CloudEntry entry;
        entry.name = profile.name;
        entry.source = profile.source;
        entry.session = createSession(profile);
        return m_model->addCloud(entry);
    }
    // A cloud with several regions: one entry per region, sharing the cloud's secrets. The row
    // of its region_name (the first region by default) is returned.
    int chosen = -1;
    for (const QString& region : profile.regions) {
        CloudProfile regional = profile;
        regional.name = regionEntryName(profile.name, region);
        regional.cloudName = profile.name;
        regional.regionName = region;
        CloudEntry entry;
        entry.name = regional.name;
        entry.source = profile.source;
        entry.session = createSession(regional);
        const int row = m_model->addCloud(entry);
        if (region == profile.regionName)
            chosen = row;
    }
    return chosen;
}

QString CloudController::regionEntryName(const QString& cloud, const QString& region)
{
    return cloud + u" · "_s + region;
}

void CloudController::loadStoredProfiles()
{
    if (!m_store)
        return;
    for (const CloudProfile& profile : m_store->load()) {
        if (m_model->rowOf(profile.name) >= 0)
            continue; // clouds.yaml wins: a cloud of the same name there is the one shown
        CloudEntry entry;
        entry.name = profile.name;
        entry.source = tr("created in Skylight");
        entry.removable = true;
        entry.session = createSession(profile);
        m_model->addCloud(entry);
    }
}

int CloudController::saveProfile(const CloudProfile& profile, bool rememberSecret, const QString& replacing)
{
    if (!m_store)
        return -1;
    if (!replacing.isEmpty()) {
        const int old = m_model->rowOf(replacing);
        if (old >= 0) {
            // The old secrets belong to the old settings: forget them with the old profile.
            if (CloudSession* session = this->session(old)) {
                session->forget();
                session->deleteLater();
            }
            m_model->removeCloud(old);
        }
        m_store->remove(replacing);
    }
    m_store->save(profile, rememberSecret);
    CloudEntry entry;
    entry.name = profile.name;
    entry.source = tr("created in Skylight");
    entry.removable = true;
    CloudProfile stored = profile;
    stored.source = CloudProfileStore::sourceName();
    entry.session = createSession(stored);
    return m_model->addCloud(entry);
}

bool CloudController::rememberSecret(const QString& name) const
{
    return m_store ? m_store->rememberSecret(name) : true;
}

void CloudController::forget(int row)
{
    if (CloudSession* session = this->session(row))
        session->forget();
}

void CloudController::remove(int row)
{
    if (!isRemovable(row))
        return;
    const QString name = m_model->entry(row)->name;
    if (CloudSession* session = this->session(row)) {
        session->forget();
        session->deleteLater();
    }
    m_model->removeCloud(row);
    if (m_store)
        m_store->remove(name);
    if (lastCloud() == name) // the next start does not look for it
        setLastCloud(QString());
}

SecretRedactor CloudController::redactor() const
{
    SecretRedactor known = m_redactor;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const CloudEntry* entry = m_model->entry(row);
        if (entry && entry->session)
            known.merge(entry->session->redactor());
        if (entry && entry->adapter) // a fixed cloud: its token
            known.add(entry->adapter->token());
    }
    return known;
}

CloudSession* CloudController::session(int row) const
{
    const CloudEntry* entry = m_model->entry(row);
    return entry ? entry->session.data() : nullptr;
}

bool CloudController::isRemovable(int row) const
{
    const CloudEntry* entry = m_model->entry(row);
    return entry && entry->removable;
}

CloudProfile CloudController::profile(int row) const
{
    const CloudSession* session = this->session(row);
    if (!session)
        return {};
    CloudProfile profile = session->profile();
    profile.auth.clearSecrets(); // the settings only; secrets stay in the session
    return profile;
}

QString CloudController::lastCloud() const
{
    return m_settings ? m_settings->lastCloud() : QString();
}

void CloudController::setLastCloud(const QString& name)
{
    if (m_settings)
        m_settings->setLastCloud(name);
}

} // namespace Skylight
