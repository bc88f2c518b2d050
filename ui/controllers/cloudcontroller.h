// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "identity/cloudconfigerror.h"
#include "identity/cloudprofile.h"
#include "image/dialect.h"
#include "image/imagecommands.h"
#include "net/secretredactor.h"
#include "net/transportoptions.h"

#include <QObject>
#include <QProcessEnvironment>
#include <expected>

class QNetworkAccessManager;

namespace Skylight {

class AppSettings;
class CloudListModel;
class CloudProfileStore;
class CloudSession;
class ImageAdapter;
class SecretStore;

// The clouds of the sidebar and what can be done with them: profiles from clouds.yaml / OS_*
// (read-only), profiles created in the app (kept in the settings, without secrets), fixed clouds
// (the demo, --endpoint). Creates the CloudSession of each profile; the window shows and asks.
class CloudController : public QObject
{
    Q_OBJECT
public:
    CloudController(QNetworkAccessManager* nam, AppSettings* settings, SecretStore* secrets,
                    TransportOptions options, QObject* parent = nullptr);
    ~CloudController() override;

    CloudListModel* model() const { return m_model; }
    // Whether profiles can be created here (settings were given).
    bool canStoreProfiles() const { return m_store != nullptr; }
    SecretStore* secrets() const { return m_secrets; }

    int addFixedCloud(const QString& name, ImageAdapter* adapter, bool isDemo);
    // A direct image endpoint (skylight --endpoint) with its token (may be empty): a cloud named
    // endpointKey(url), signed in by a session of its own that never uses the keychain, so that
    // the sidebar and the status bar say how it is (connecting, cannot be reached, refused...)
    // and Refresh tries again.
    int addEndpointCloud(const QUrl& url, Dialect dialect, const QByteArray& token);
    // A profile from clouds.yaml or OS_* (not editable here); a cloud with several `regions` gets
    // one entry per region ("prod · RegionOne"), signed in with the same secrets.
    int addExternalProfile(const CloudProfile& profile);
    static QString regionEntryName(const QString& cloud, const QString& region);
    // Reads clouds.yaml (with secure.yaml and the OS_* variables) from the usual places again, or
    // the clouds.yaml `file` (with the secure.yaml beside it), and adds the clouds not listed yet.
    // Returns the row of the first one added, -1 when none was new.
    std::expected<int, CloudConfigError> readCloudsConfig(const QString& file = QString());
    // Where readCloudsConfig() looks (the process's environment, current and home folders by default).
    void setConfigLocations(const QProcessEnvironment& environment, const QString& currentDirectory,
                            const QString& homeDirectory);
    // The profiles created in the app earlier, from the settings.
    void loadStoredProfiles();
    // Creates (or, with `replacing`, replaces) a profile created in the app; returns its row.
    int saveProfile(const CloudProfile& profile, bool rememberSecret, const QString& replacing = QString());
    bool rememberSecret(const QString& name) const;
    // Signs the cloud out and removes its secrets from the keychain.
    void forget(int row);
    // Removes a profile created in the app, with its secrets.
    void remove(int row);
    CloudSession* session(int row) const;
    bool isRemovable(int row) const;
    CloudProfile profile(int row) const;
    // How skylight-cli reaches the cloud at `row`: --demo for the demo, --endpoint for an image
    // endpoint (the command line's, or one created here), --os-cloud for the rest (a region of a
    // clouds.yaml cloud is its cloud: the CLI signs in to its region_name). Nothing for no cloud.
    std::optional<CliCloud> cliCloud(int row) const;

    // A secret given to a fixed cloud (the token of --endpoint), redacted from messages like the
    // sessions' own.
    void knowSecret(const QByteArray& secret) { m_redactor.add(secret); }
    // Every secret known to the clouds here (their sessions' tokens, passwords...): what messages
    // from a server are cleared of before the window shows them.
    SecretRedactor redactor() const;

    QString lastCloud() const;
    void setLastCloud(const QString& name);

Q_SIGNALS:
    // Something the user should know (the keychain cannot be reached...): a short text of its
    // own, translated whole (not the message cut at a full stop), and the whole message.
    void notice(const QString& summary, const QString& message);

private:
    CloudSession* createSession(const CloudProfile& profile);

    QNetworkAccessManager* m_nam;
    AppSettings* m_settings;
    SecretStore* m_secrets;
    TransportOptions m_options;
    CloudProfileStore* m_store;
    CloudListModel* m_model;
    SecretRedactor m_redactor;
    QProcessEnvironment m_environment;
    QString m_currentDirectory;
    QString m_homeDirectory;
};

} // namespace Skylight
