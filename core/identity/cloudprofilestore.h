// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "identity/cloudprofile.h"

#include <QList>
#include <QString>

namespace Skylight {

class AppSettings;

// The clouds created in the app, in the app's settings (AppSettings::storedClouds()): everything but secrets,
// which the keychain keeps. Profiles from clouds.yaml and OS_* are not stored here.
class CloudProfileStore
{
public:
    explicit CloudProfileStore(AppSettings* settings);

    QList<CloudProfile> load() const;
    // Adds or replaces the profile called profile.name; secret fields are never written.
    void save(const CloudProfile& profile, bool rememberSecret);
    void remove(const QString& name);
    bool contains(const QString& name) const;
    bool rememberSecret(const QString& name) const;

    // The settings spelling of an auth type: password, v3applicationcredential, token, v2password,
    // rackspace_apikey, huawei (as in clouds.yaml).
    static QString authTypeName(AuthSettings::Type type);
    static std::optional<AuthSettings::Type> authTypeFromName(const QString& name);
    // What the app calls a profile stored here, in CloudProfile::source.
    static QString sourceName();

private:
    AppSettings* m_settings;
};

} // namespace Skylight
