#include "identity/cloudprofilestore.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr auto kGroup = "clouds";

// Group names must not contain '/' (QSettings nesting): percent-encode the profile name.
QString groupFor(const QString& name)
{
    return QString::fromLatin1(kGroup) + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(name));
}
} // namespace

CloudProfileStore::CloudProfileStore(QSettings* settings)
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
    m_settings->beginGroup(QString::fromLatin1(kGroup));
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString& group : groups) {
        m_settings->beginGroup(QString::fromLatin1(kGroup) + u'/' + group);
        CloudProfile profile;
        profile.name = m_settings->value(u"name"_s, QUrl::fromPercentEncoding(group.toLatin1())).toString();
        profile.source = sourceName();
        AuthSettings& auth = profile.auth;
        auth.type = authTypeFromName(m_settings->value(u"auth_type"_s).toString()).value_or(auth.type);
        auth.authUrl = QUrl(m_settings->value(u"auth_url"_s).toString(), QUrl::StrictMode);
        auth.username = m_settings->value(u"username"_s).toString();
        auth.userId = m_settings->value(u"user_id"_s).toString();
        auth.userDomainName = m_settings->value(u"user_domain_name"_s).toString();
        auth.projectName = m_settings->value(u"project_name"_s).toString();
        auth.projectId = m_settings->value(u"project_id"_s).toString();
        auth.projectDomainName = m_settings->value(u"project_domain_name"_s).toString();
        auth.applicationCredentialId = m_settings->value(u"application_credential_id"_s).toString();
        profile.regionName = m_settings->value(u"region_name"_s).toString();
        profile.interface = m_settings->value(u"interface"_s, u"public"_s).toString();
        profile.verify = m_settings->value(u"verify"_s, true).toBool();
        profile.caCertFile = m_settings->value(u"cacert"_s).toString();
        profile.dialect = dialectFromName(m_settings->value(u"dialect"_s).toString()).value_or(Dialect::Auto);
        profile.imageEndpoint = QUrl(m_settings->value(u"image_endpoint"_s).toString(), QUrl::StrictMode);
        profile.imageDataEndpoint =
            QUrl(m_settings->value(u"image_data_endpoint"_s).toString(), QUrl::StrictMode);
        m_settings->endGroup();
        if (!profile.name.isEmpty())
            profiles.append(profile);
    }
    return profiles;
}

void CloudProfileStore::save(const CloudProfile& profile, bool rememberSecret)
{
    remove(profile.name);
    m_settings->beginGroup(groupFor(profile.name));
    const AuthSettings& auth = profile.auth;
    m_settings->setValue(u"name"_s, profile.name);
    m_settings->setValue(u"auth_type"_s, authTypeName(auth.type));
    const auto setIf = [this](const QString& key, const QString& value) {
        if (!value.isEmpty())
            m_settings->setValue(key, value);
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
    m_settings->setValue(u"verify"_s, profile.verify);
    m_settings->setValue(u"dialect"_s, dialectName(profile.dialect));
    m_settings->setValue(u"remember_secret"_s, rememberSecret);
    m_settings->endGroup();
    m_settings->sync();
}

void CloudProfileStore::remove(const QString& name)
{
    m_settings->remove(groupFor(name));
    m_settings->sync();
}

bool CloudProfileStore::contains(const QString& name) const
{
    return m_settings->contains(groupFor(name) + u"/name"_s);
}

bool CloudProfileStore::rememberSecret(const QString& name) const
{
    return m_settings->value(groupFor(name) + u"/remember_secret"_s, true).toBool();
}

} // namespace Skylight
