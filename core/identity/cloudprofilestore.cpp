// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "identity/cloudprofilestore.h"

#include "settings/appsettings.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

CloudProfileStore::CloudProfileStore(AppSettings* settings)
    : m_settings(settings)
{}

QString CloudProfileStore::sourceName()
{
    return u"Skylight"_s;
}

QString CloudProfileStore::authTypeName(AuthSettings::Type type)
{
    switch (type) {
    case AuthSettings::Type::Password:
        return u"password"_s;
    case AuthSettings::Type::ApplicationCredential:
        return u"v3applicationcredential"_s;
    case AuthSettings::Type::Token:
        return u"token"_s;
    case AuthSettings::Type::V2Password:
        return u"v2password"_s;
    case AuthSettings::Type::RackspaceApiKey:
        return u"rackspace_apikey"_s;
    case AuthSettings::Type::Huawei:
        return u"huawei"_s;
    }
    return u"password"_s;
}

std::optional<AuthSettings::Type> CloudProfileStore::authTypeFromName(const QString& name)
{
    for (const auto type :
         {AuthSettings::Type::Password, AuthSettings::Type::ApplicationCredential, AuthSettings::Type::Token,
          AuthSettings::Type::V2Password, AuthSettings::Type::RackspaceApiKey, AuthSettings::Type::Huawei}) {
        if (authTypeName(type) == name)
            return type;
    }
    if (name == u"v3password"_s)
        return AuthSettings::Type::Password;
    if (name == u"v3token"_s)
        return AuthSettings::Type::Token;
    return std::nullopt;
}

QList<CloudProfile> CloudProfileStore::load() const
{
    QList<CloudProfile> profiles;
    for (const QVariantMap& fields : m_settings->storedClouds()) {
        // The fields of a record, as clouds.yaml spells them; a value of another type is its default.
        const auto text = [&fields](const QString& field, const QString& fallback = QString()) {
            const QVariant value = fields.value(field);
            return value.typeId() == QMetaType::QString ? value.toString() : fallback;
        };
        const auto flag = [&fields](const QString& field, bool fallback) {
            const QVariant value = fields.value(field);
            if (value.typeId() == QMetaType::Bool)
                return value.toBool();
            const QString spelled = value.toString();
            return spelled == u"true"_s ? true : spelled == u"false"_s ? false : fallback;
        };
        CloudProfile profile;
        profile.name = text(u"name"_s);
        profile.source = sourceName();
        AuthSettings& auth = profile.auth;
        auth.type = authTypeFromName(text(u"auth_type"_s)).value_or(auth.type);
        auth.authUrl = QUrl(text(u"auth_url"_s), QUrl::StrictMode);
        auth.username = text(u"username"_s);
        auth.userId = text(u"user_id"_s);
        auth.userDomainName = text(u"user_domain_name"_s);
        auth.projectName = text(u"project_name"_s);
        auth.projectId = text(u"project_id"_s);
        auth.projectDomainName = text(u"project_domain_name"_s);
        auth.applicationCredentialId = text(u"application_credential_id"_s);
        profile.regionName = text(u"region_name"_s);
        profile.interface = text(u"interface"_s, u"public"_s);
        profile.verify = flag(u"verify"_s, true);
        profile.caCertFile = text(u"cacert"_s);
        profile.dialect = dialectFromName(text(u"dialect"_s)).value_or(Dialect::Auto);
        profile.imageEndpoint = QUrl(text(u"image_endpoint"_s), QUrl::StrictMode);
        profile.imageDataEndpoint = QUrl(text(u"image_data_endpoint"_s), QUrl::StrictMode);
        if (!profile.name.isEmpty())
            profiles.append(profile);
    }
    return profiles;
}

void CloudProfileStore::save(const CloudProfile& profile, bool rememberSecret)
{
    const AuthSettings& auth = profile.auth;
    QVariantMap fields;
    fields.insert(u"name"_s, profile.name);
    fields.insert(u"auth_type"_s, authTypeName(auth.type));
    const auto setIf = [&fields](const QString& key, const QString& value) {
        if (!value.isEmpty())
            fields.insert(key, value);
    };
    setIf(u"auth_url"_s, auth.authUrl.toString());
    setIf(u"username"_s, auth.username);
    setIf(u"user_id"_s, auth.userId);
    setIf(u"user_domain_name"_s, auth.userDomainName);
    setIf(u"project_name"_s, auth.projectName);
    setIf(u"project_id"_s, auth.projectId);
    setIf(u"project_domain_name"_s, auth.projectDomainName);
    setIf(u"application_credential_id"_s, auth.applicationCredentialId);
    setIf(u"region_name"_s, profile.regionName);
    setIf(u"interface"_s, profile.interface);
    setIf(u"cacert"_s, profile.caCertFile);
    setIf(u"image_endpoint"_s, profile.imageEndpoint.toString());
    setIf(u"image_data_endpoint"_s, profile.imageDataEndpoint.toString());
    fields.insert(u"verify"_s, profile.verify);
    fields.insert(u"dialect"_s, dialectName(profile.dialect));
    fields.insert(u"remember_secret"_s, rememberSecret);
    m_settings->setStoredCloud(profile.name, fields);
}

void CloudProfileStore::remove(const QString& name)
{
    m_settings->removeStoredCloud(name);
}

bool CloudProfileStore::contains(const QString& name) const
{
    return m_settings->hasStoredCloud(name);
}

bool CloudProfileStore::rememberSecret(const QString& name) const
{
    const QVariant value = m_settings->storedCloud(name).value(u"remember_secret"_s);
    return value.typeId() == QMetaType::Bool ? value.toBool() : value.toString() != u"false"_s;
}

} // namespace Skylight
