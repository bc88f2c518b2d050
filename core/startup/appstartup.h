// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "adapters/serviceendpoint.h"
#include "democloud/democloud.h"
#include "download/rangesupport.h"
#include "identity/cloudconfigerror.h"
#include "identity/cloudprofile.h"
#include "identity/secretstore.h"
#include "image/dialect.h"
#include "settings/appsettings.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStringList>
#include <expected>
#include <memory>
#include <optional>

namespace Skylight {

// What skylight and skylight-cli share before their front end starts: the network manager, the
// settings files (the app's own, for the window only, and the two shared by both executables:
// the keychain index and the range memory), the keychain, clouds.yaml and the demo cloud.
// Built on the stack of main(), before anything that uses it (it is destroyed last).
class AppStartup
{
public:
    enum class Front
    {
        Window,     // skylight: its own settings file too (layout, downloads, clouds made in the app)
        CommandLine // skylight-cli: only the files it shares with the window
    };
    // Opens the settings (in QStandardPaths' test mode when that is on) and migrates them.
    explicit AppStartup(Front front);
    ~AppStartup();
    AppStartup(const AppStartup&) = delete;
    AppStartup& operator=(const AppStartup&) = delete;

    QNetworkAccessManager* network() { return &m_network; }
    AppSettings* settings() { return &m_settings; }
    SecretStore* secrets() { return &m_secrets; }
    RangeSupport* rangeSupport() { return &m_ranges; }

    // clouds.yaml, secure.yaml and the OS_* variables, as the openstack client reads them.
    static std::expected<QList<CloudProfile>, CloudConfigError> loadCloudsConfig();

    // Starts the built-in demo cloud (127.0.0.1 only); nullptr and why when it cannot listen.
    std::expected<DemoCloud*, QString> startDemo();
    // One demo cloud per dialect, all served by the started demo cloud, with their names.
    struct DemoEndpoint
    {
        QString name;
        Dialect dialect = Dialect::Auto;
        ServiceEndpoint endpoint;
    };
    QList<DemoEndpoint> demoEndpoints() const;

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<QSettings> m_appFile;
    QSettings m_secretIndexFile;
    QSettings m_rangeFile;
    AppSettings m_settings;
    SecretStore m_secrets;
    RangeSupport m_ranges;
    // Built only when asked for: it generates and hashes its images' bytes.
    std::optional<DemoCloud> m_demo;
};

} // namespace Skylight
