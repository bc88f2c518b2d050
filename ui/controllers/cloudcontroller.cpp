// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/cloudcontroller.h"

#include "adapters/imageadapter.h"
#include "identity/cloudprofilestore.h"
#include "identity/cloudsconfig.h"
#include "identity/cloudsession.h"
#include "identity/secretstore.h"
#include "models/cloudlistmodel.h"
#include "net/endpointkey.h"
#include "settings/appsettings.h"

#include <QDir>
#include <QFileInfo>

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
    , m_environment(QProcessEnvironment::systemEnvironment())
    , m_currentDirectory(QDir::currentPath())
    , m_homeDirectory(QDir::homePath())
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

void CloudController::setConfigLocations(const QProcessEnvironment& environment,
                                         const QString& currentDirectory, const QString& homeDirectory)
{
    m_environment = environment;
    m_currentDirectory = currentDirectory;
    m_homeDirectory = homeDirectory;
}

std::expected<int, CloudConfigError> CloudController::readCloudsConfig(const QString& file)
{
    std::expected<QList<CloudProfile>, CloudConfigError> profiles;
    if (file.isEmpty()) {
        profiles = CloudsConfig::load(m_environment, m_currentDirectory, m_homeDirectory);
    } else {
        const QString secure = QFileInfo(file).dir().filePath(u"secure.yaml"_s);
        profiles = CloudsConfig::parse(file, QFileInfo::exists(secure) ? secure : QString());
    }
    if (!profiles)
        return std::unexpected(profiles.error());
    int first = -1;
    for (const CloudProfile& profile : *profiles) {
        const QString listedAs = profile.regions.size() > 1
                                     ? regionEntryName(profile.name, profile.regions.first())
                                     : profile.name;
        if (m_model->rowOf(listedAs) >= 0)
            continue; // listed already (read at the start, or a moment ago)
        const int before = m_model->rowCount();
        addExternalProfile(profile);
        if (first < 0 && m_model->rowCount() > before)
            first = before;
    }
    return first;
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

std::optional<CliCloud> CloudController::cliCloud(int row) const
{
    const CloudEntry* entry = m_model->entry(row);
    if (!entry)
        return std::nullopt;
    if (const ImageAdapter* adapter = entry->adapter) { // a fixed cloud: the demo, or an endpoint
        if (entry->isDemo)
            return CliCloud{.kind = CliCloud::Kind::Demo, .dialect = adapter->dialect()};
        return CliCloud{
            .kind = CliCloud::Kind::Endpoint, .endpoint = adapter->endpoint(), .dialect = adapter->dialect()};
    }
    const CloudSession* session = entry->session;
    if (!session)
        return std::nullopt;
    const CloudProfile& profile = session->profile();
    // The command line's endpoint (no identity service), or a cloud created here with an image
    // endpoint: skylight-cli does not read the clouds created in the window.
    if (!profile.imageEndpoint.isEmpty() && (entry->removable || profile.auth.authUrl.isEmpty())) {
        const ImageAdapter* adapter = entry->currentAdapter(); // knows the dialect once signed in
        return CliCloud{.kind = CliCloud::Kind::Endpoint,
                        .endpoint = profile.imageEndpoint,
                        .dialect = adapter ? adapter->dialect() : profile.dialect};
    }
    return CliCloud{.kind = CliCloud::Kind::OsCloud, .osCloud = profile.secretName()};
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
