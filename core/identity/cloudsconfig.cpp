// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "identity/cloudsconfig.h"

#include "identity/cloudprofilestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <map>
#include <optional>
#include <yaml-cpp/yaml.h>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
using Profiles = std::expected<QList<CloudProfile>, CloudConfigError>;

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

// The text of a mapping's key; nothing for a list or a mapping used as a key (YAML allows "? [a, b]"),
// which as<std::string>() would throw for.
std::optional<std::string> keyText(const YAML::Node& key)
{
    if (key.IsScalar() || key.IsNull())
        return key.as<std::string>();
    return std::nullopt;
}

// Overlays `overlay` onto `target`: maps merge key by key, anything else replaces. Keys that are
// not text cannot name a setting and are left out.
void merge(YAML::Node target, const YAML::Node& overlay)
{
    for (const auto& entry : overlay) {
        const std::optional<std::string> name = keyText(entry.first);
        if (!name)
            continue;
        const std::string& key = *name;
        if (target[key] && target[key].IsMap() && entry.second.IsMap())
            merge(target[key], entry.second);
        else
            target[key] = YAML::Clone(entry.second);
    }
}

class CloudReader
{
public:
    CloudReader(QString file, QString name, const YAML::Node& node)
        : m_file(std::move(file))
        , m_name(std::move(name))
        , m_node(node)
    {}

    // regions: [a, b] or [{name: a, values: {...}}, ...]; only the names are used.
    std::expected<QStringList, CloudConfigError> regionList() const
    {
        const YAML::Node node = m_node["regions"];
        if (!node)
            return QStringList();
        const auto wrong = [this] {
            return error(u"regions"_s,
                         QCoreApplication::translate(
                             "Skylight::CloudsConfig",
                             "regions must be a list of region names (or of mappings with a name)"));
        };
        if (!node.IsSequence())
            return std::unexpected(wrong());
        QStringList names;
        for (const YAML::Node& region : node) {
            const YAML::Node name = region.IsMap() ? region["name"] : region;
            if (!name || !name.IsScalar() || name.Scalar().empty())
                return std::unexpected(wrong());
            const QString text = QString::fromStdString(name.Scalar());
            if (!names.contains(text))
                names.append(text);
        }
        return names;
    }

    std::expected<CloudProfile, CloudConfigError> read()
    {
        CloudProfile profile;
        profile.name = m_name;
        profile.source = m_file;
        if (!m_node.IsMap())
            return std::unexpected(
                error(QString(), QCoreApplication::translate("Skylight::CloudsConfig",
                                                             "a cloud must be a mapping of settings")));

        std::string type = "password";
        if (auto value = scalar(m_node, "auth_type"); !value)
            return std::unexpected(value.error());
        else if (!value->empty())
            type = *value;
        const auto known = CloudProfileStore::authTypeFromName(QString::fromStdString(type));
        if (!known) {
            return std::unexpected(
                error(u"auth_type"_s,
                      QCoreApplication::translate("Skylight::CloudsConfig",
                                                  "unknown auth_type \"%1\": Skylight knows password, "
                                                  "v3applicationcredential, token, v2password, "
                                                  "rackspace_apikey and huawei")
                          .arg(text(type))));
        }
        profile.auth.type = *known;

        const YAML::Node auth = m_node["auth"];
        if (auth && !auth.IsMap())
            return std::unexpected(error(
                u"auth"_s, QCoreApplication::translate("Skylight::CloudsConfig", "auth must be a mapping")));
        const std::pair<const char*, QString AuthSettings::*> fields[] = {
            {"username", &AuthSettings::username},
            {"user_id", &AuthSettings::userId},
            {"project_name", &AuthSettings::projectName},
            {"project_id", &AuthSettings::projectId},
            {"tenant_name", &AuthSettings::projectName},
            {"tenant_id", &AuthSettings::projectId},
            {"user_domain_name", &AuthSettings::userDomainName},
            {"user_domain_id", &AuthSettings::userDomainId},
            {"project_domain_name", &AuthSettings::projectDomainName},
            {"project_domain_id", &AuthSettings::projectDomainId},
            {"domain_name", &AuthSettings::domainName},
            {"domain_id", &AuthSettings::domainId},
            {"application_credential_id", &AuthSettings::applicationCredentialId},
            {"application_credential_name", &AuthSettings::applicationCredentialName},
            {"application_credential_secret", &AuthSettings::applicationCredentialSecret},
            {"password", &AuthSettings::password},
            {"token", &AuthSettings::token},
            {"api_key", &AuthSettings::apiKey},
        };
        if (auth) {
            for (const auto& [key, member] : fields) {
                auto value = scalar(auth, key, u"auth."_s);
                if (!value)
                    return std::unexpected(value.error());
                if (!value->empty())
                    profile.auth.*member = text(*value);
            }
            auto url = scalar(auth, "auth_url", u"auth."_s);
            if (!url)
                return std::unexpected(url.error());
            if (!url->empty()) {
                const QUrl parsed(text(*url), QUrl::StrictMode);
                if (!parsed.isValid() || (parsed.scheme() != u"http"_s && parsed.scheme() != u"https"_s))
                    return std::unexpected(error(
                        u"auth.auth_url"_s, QCoreApplication::translate("Skylight::CloudsConfig",
                                                                        "\"%1\" is not an http or https URL")
                                                .arg(text(*url))));
                profile.auth.authUrl = parsed;
            }
        }

        for (const auto& [key, member] :
             {std::pair{"region_name", &CloudProfile::regionName},
              std::pair{"cacert", &CloudProfile::caCertFile}, std::pair{"profile", &CloudProfile::profile}}) {
            auto value = scalar(m_node, key);
            if (!value)
                return std::unexpected(value.error());
            if (!value->empty())
                profile.*member = text(*value);
        }
        if (auto regions = regionList(); !regions) {
            return std::unexpected(regions.error());
        } else {
            profile.regions = *regions;
            // As openstacksdk: without region_name, the first of the regions.
            if (profile.regionName.isEmpty() && !profile.regions.isEmpty())
                profile.regionName = profile.regions.constFirst();
        }
        if (auto value = scalar(m_node, "interface"); !value) {
            return std::unexpected(value.error());
        } else if (!value->empty()) {
            QString interface = text(*value);
            if (interface.endsWith(u"URL"_s)) // publicURL, internalURL, adminURL of old openrc files
                interface.chop(3);
            if (interface != u"public"_s && interface != u"internal"_s && interface != u"admin"_s)
                return std::unexpected(error(
                    u"interface"_s,
                    QCoreApplication::translate("Skylight::CloudsConfig",
                                                "interface must be public, internal or admin, not \"%1\"")
                        .arg(text(*value))));
            profile.interface = interface;
        }
        if (auto value = scalar(m_node, "verify"); !value) {
            return std::unexpected(value.error());
        } else if (!value->empty()) {
            const QString lowered = text(*value).toLower();
            if (lowered != u"true"_s && lowered != u"false"_s)
                return std::unexpected(
                    error(u"verify"_s, QCoreApplication::translate("Skylight::CloudsConfig",
                                                                   "verify must be true or false")));
            profile.verify = lowered == u"true"_s;
        }
        if (auto value = scalar(m_node, "skylight_dialect"); !value) {
            return std::unexpected(value.error());
        } else if (!value->empty()) {
            const auto dialect = dialectFromName(text(*value));
            if (!dialect)
                return std::unexpected(
                    error(u"skylight_dialect"_s,
                          QCoreApplication::translate("Skylight::CloudsConfig", "unknown dialect \"%1\"")
                              .arg(text(*value))));
            profile.dialect = *dialect;
        }
        if (auto value = scalar(m_node, "image_endpoint_override"); !value) {
            return std::unexpected(value.error());
        } else if (!value->empty()) {
            profile.imageEndpoint = QUrl(text(*value), QUrl::StrictMode);
        }
        // As openstacksdk: with a Compute-family dialect, compute_endpoint_override is what is
        // browsed and image_endpoint_override the image service that serves the images' data.
        if (auto value = scalar(m_node, "compute_endpoint_override"); !value) {
            return std::unexpected(value.error());
        } else if (!value->empty() && profile.dialect != Dialect::Auto &&
                   profile.dialect != Dialect::GlanceV2 && profile.dialect != Dialect::GlanceV1) {
            const std::pair<QString, QString> given[] = {
                {u"compute_endpoint_override"_s, text(*value)},
                {u"image_endpoint_override"_s,
                 text(scalar(m_node, "image_endpoint_override").value_or(std::string()))},
            };
            for (const auto& [key, raw] : given) {
                const QUrl url(raw, QUrl::StrictMode);
                if (!raw.isEmpty() && (!url.isValid() || url.host().isEmpty() ||
                                       (url.scheme() != u"http"_s && url.scheme() != u"https"_s)))
                    return std::unexpected(
                        error(key, QCoreApplication::translate("Skylight::CloudsConfig",
                                                               "\"%1\" is not an http or https URL")
                                       .arg(raw)));
            }
            profile.imageDataEndpoint = profile.imageEndpoint;
            profile.imageEndpoint = QUrl(text(*value), QUrl::StrictMode);
        }
        if (auto missing = checkRequired(profile))
            return std::unexpected(*missing);
        return profile;
    }

private:
    // A scalar setting: empty when absent or null; an error when it is a list or a mapping.
    std::expected<std::string, CloudConfigError> scalar(const YAML::Node& node, const char* key,
                                                        const QString& prefix = QString()) const
    {
        const YAML::Node value = node[key];
        if (!value || value.IsNull())
            return std::string();
        if (!value.IsScalar())
            return std::unexpected(
                error(prefix + QString::fromLatin1(key),
                      QCoreApplication::translate("Skylight::CloudsConfig", "must be a single value")));
        return value.as<std::string>();
    }

    std::optional<CloudConfigError> checkRequired(const CloudProfile& profile) const
    {
        const AuthSettings& auth = profile.auth;
        if (auth.authUrl.isEmpty() && profile.imageEndpoint.isEmpty() &&
            auth.type != AuthSettings::Type::RackspaceApiKey)
            return error(u"auth.auth_url"_s,
                         QCoreApplication::translate("Skylight::CloudsConfig",
                                                     "auth_url is missing: where is the identity service?"));
        switch (auth.type) {
        case AuthSettings::Type::Password:
        case AuthSettings::Type::V2Password:
        case AuthSettings::Type::RackspaceApiKey:
        case AuthSettings::Type::Huawei:
            if (auth.username.isEmpty() && auth.userId.isEmpty())
                return error(u"auth.username"_s,
                             QCoreApplication::translate("Skylight::CloudsConfig",
                                                         "username (or user_id) is missing"));
            break;
        case AuthSettings::Type::ApplicationCredential:
            if (auth.applicationCredentialId.isEmpty() &&
                (auth.applicationCredentialName.isEmpty() ||
                 (auth.username.isEmpty() && auth.userId.isEmpty())))
                return error(u"auth.application_credential_id"_s,
                             QCoreApplication::translate(
                                 "Skylight::CloudsConfig",
                                 "application_credential_id (or a name with the user) is missing"));
            break;
        case AuthSettings::Type::Token:
            break;
        }
        return std::nullopt;
    }

    CloudConfigError error(const QString& key, const QString& message) const
    {
        return CloudConfigError{
            m_file, key.isEmpty() ? u"clouds."_s + m_name : u"clouds.%1.%2"_s.arg(m_name, key), message};
    }

    QString m_file;
    QString m_name;
    YAML::Node m_node;
};

std::expected<YAML::Node, CloudConfigError> loadYaml(const QByteArray& bytes, const QString& name)
{
    try {
        YAML::Node root = YAML::Load(bytes.toStdString());
        if (root.IsNull())
            return YAML::Node(YAML::NodeType::Map);
        if (!root.IsMap())
            return std::unexpected(CloudConfigError{
                name,
                {},
                QCoreApplication::translate("Skylight::CloudsConfig",
                                            "the file must be a mapping with a \"clouds\" key")});
        return root;
    } catch (const YAML::Exception& exception) {
        return std::unexpected(
            CloudConfigError{name,
                             {},
                             QCoreApplication::translate("Skylight::CloudsConfig", "not valid YAML: %1")
                                 .arg(text(exception.msg)),
                             exception.mark.line >= 0 ? exception.mark.line + 1 : 0});
    }
}

// Whether secure.yaml's `clouds` gives this cloud a secret (its auth holds one of the secret keys).
bool secretIn(const YAML::Node& secureClouds, const std::string& name)
{
    try {
        if (!secureClouds || !secureClouds.IsMap())
            return false;
        const YAML::Node cloud = secureClouds[name];
        if (!cloud || !cloud.IsMap())
            return false;
        const YAML::Node auth = cloud["auth"];
        if (!auth || !auth.IsMap())
            return false;
        for (const char* key : {"password", "application_credential_secret", "token", "api_key"}) {
            const YAML::Node value = auth[key];
            if (value && value.IsScalar() && !value.Scalar().empty())
                return true;
        }
    } catch (const YAML::Exception&) {
        return false; // read above without complaint; only where the secret came from is unknown
    }
    return false;
}
} // namespace

QStringList CloudsConfig::searchPaths(const QString& fileName, const QProcessEnvironment& environment,
                                      const QString& currentDirectory, const QString& homeDirectory)
{
    QStringList paths;
    if (fileName == u"clouds.yaml"_s && environment.contains(u"OS_CLIENT_CONFIG_FILE"_s))
        paths << environment.value(u"OS_CLIENT_CONFIG_FILE"_s);
    if (fileName == u"secure.yaml"_s && environment.contains(u"OS_CLIENT_SECURE_FILE"_s))
        paths << environment.value(u"OS_CLIENT_SECURE_FILE"_s);
    paths << QDir(currentDirectory).filePath(fileName)
          << QDir(homeDirectory).filePath(u".config/openstack/"_s + fileName)
          << u"/etc/openstack/"_s + fileName;
    return paths;
}

std::expected<QList<CloudProfile>, CloudConfigError> CloudsConfig::parseText(const QByteArray& clouds,
                                                                             const QString& cloudsName,
                                                                             const QByteArray& secure,
                                                                             const QString& secureName)
{
    auto root = loadYaml(clouds, cloudsName);
    if (!root)
        return std::unexpected(root.error());
    YAML::Node cloudsNode = (*root)["clouds"];
    if (cloudsNode && !cloudsNode.IsMap())
        return std::unexpected(
            CloudConfigError{cloudsName, u"clouds"_s,
                             QCoreApplication::translate("Skylight::CloudsConfig",
                                                         "clouds must be a mapping of cloud names")});
    YAML::Node secureClouds;
    if (!secure.isEmpty()) {
        auto secureRoot = loadYaml(secure, secureName);
        if (!secureRoot)
            return std::unexpected(secureRoot.error());
        secureClouds = (*secureRoot)["clouds"];
        if (secureClouds && !secureClouds.IsMap())
            return std::unexpected(
                CloudConfigError{secureName, u"clouds"_s,
                                 QCoreApplication::translate("Skylight::CloudsConfig",
                                                             "clouds must be a mapping of cloud names")});
        if (secureClouds) {
            if (!cloudsNode)
                cloudsNode = (*root)["clouds"] = YAML::Node(YAML::NodeType::Map);
            for (const auto& entry : secureClouds) {
                const std::optional<std::string> key = keyText(entry.first);
                if (!key)
                    return std::unexpected(CloudConfigError{
                        secureName, u"clouds"_s,
                        QCoreApplication::translate("Skylight::CloudsConfig",
                                                    "clouds must be a mapping of cloud names")});
                const std::string& name = *key;
                if (cloudsNode[name] && cloudsNode[name].IsMap() && entry.second.IsMap())
                    merge(cloudsNode[name], entry.second);
            }
        }
    }
    QList<CloudProfile> profiles;
    if (!cloudsNode)
        return profiles;
    for (const auto& entry : cloudsNode) {
        const std::optional<std::string> name = keyText(entry.first);
        if (!name)
            return std::unexpected(
                CloudConfigError{cloudsName, u"clouds"_s,
                                 QCoreApplication::translate("Skylight::CloudsConfig",
                                                             "clouds must be a mapping of cloud names")});
        auto profile = CloudReader(cloudsName, text(*name), entry.second).read();
        if (!profile)
            return std::unexpected(profile.error());
        if (profile->auth.hasSecret())
            profile->secretOrigin = secretIn(secureClouds, *name) ? secureName : cloudsName;
        profiles.append(*profile);
    }
    return profiles;
}

std::expected<QList<CloudProfile>, CloudConfigError> CloudsConfig::parse(const QString& cloudsFile,
                                                                         const QString& secureFile)
{
    QFile clouds(cloudsFile);
    if (!clouds.open(QIODevice::ReadOnly))
        return std::unexpected(
            CloudConfigError{cloudsFile,
                             {},
                             QCoreApplication::translate("Skylight::CloudsConfig", "cannot be read: %1")
                                 .arg(clouds.errorString())});
    QByteArray secure;
    if (!secureFile.isEmpty()) {
        QFile file(secureFile);
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(
                CloudConfigError{secureFile,
                                 {},
                                 QCoreApplication::translate("Skylight::CloudsConfig", "cannot be read: %1")
                                     .arg(file.errorString())});
        secure = file.readAll();
    }
    return parseText(clouds.readAll(), cloudsFile, secure, secureFile);
}

std::optional<CloudProfile> CloudsConfig::fromEnvironment(const QProcessEnvironment& env)
{
    const auto value = [&env](std::initializer_list<const char16_t*> names) {
        for (const char16_t* name : names) {
            const QString key = QString::fromUtf16(name);
            if (env.contains(key) && !env.value(key).isEmpty())
                return env.value(key);
        }
        return QString();
    };
    const QString authUrl = value({u"OS_AUTH_URL"});
    if (authUrl.isEmpty())
        return std::nullopt;
    CloudProfile profile;
    profile.name = u"envvars"_s;
    profile.source = QCoreApplication::translate("Skylight::CloudsConfig", "environment (OS_*)",
                                                 "where a cloud was read: the OS_ variables");
    AuthSettings& auth = profile.auth;
    auth.authUrl = QUrl(authUrl);
    auth.username = value({u"OS_USERNAME"});
    auth.userId = value({u"OS_USER_ID"});
    auth.password = value({u"OS_PASSWORD"});
    auth.projectName = value({u"OS_PROJECT_NAME", u"OS_TENANT_NAME"});
    auth.projectId = value({u"OS_PROJECT_ID", u"OS_TENANT_ID"});
    auth.userDomainName = value({u"OS_USER_DOMAIN_NAME"});
    auth.userDomainId = value({u"OS_USER_DOMAIN_ID"});
    auth.projectDomainName = value({u"OS_PROJECT_DOMAIN_NAME"});
    auth.projectDomainId = value({u"OS_PROJECT_DOMAIN_ID"});
    auth.domainName = value({u"OS_DOMAIN_NAME"});
    auth.domainId = value({u"OS_DOMAIN_ID"});
    auth.token = value({u"OS_TOKEN"});
    auth.applicationCredentialId = value({u"OS_APPLICATION_CREDENTIAL_ID"});
    auth.applicationCredentialName = value({u"OS_APPLICATION_CREDENTIAL_NAME"});
    auth.applicationCredentialSecret = value({u"OS_APPLICATION_CREDENTIAL_SECRET"});
    for (const char16_t* variable : {u"OS_PASSWORD", u"OS_APPLICATION_CREDENTIAL_SECRET", u"OS_TOKEN"}) {
        if (!env.value(QString::fromUtf16(variable)).isEmpty()) {
            profile.secretOrigin = QString::fromUtf16(variable);
            break;
        }
    }
    profile.regionName = value({u"OS_REGION_NAME"});
    QString interface = value({u"OS_INTERFACE", u"OS_ENDPOINT_TYPE"});
    if (interface.endsWith(u"URL"_s))
        interface.chop(3);
    if (!interface.isEmpty())
        profile.interface = interface;
    profile.caCertFile = value({u"OS_CACERT"});
    profile.verify = value({u"OS_INSECURE"}).toLower() != u"true"_s;

    const QString type = value({u"OS_AUTH_TYPE"});
    if (const auto known = CloudProfileStore::authTypeFromName(type))
        auth.type = *known;
    else if (!auth.applicationCredentialId.isEmpty() || !auth.applicationCredentialSecret.isEmpty())
        auth.type = AuthSettings::Type::ApplicationCredential;
    else if (!auth.token.isEmpty() && auth.password.isEmpty())
        auth.type = AuthSettings::Type::Token;
    else if (value({u"OS_IDENTITY_API_VERSION"}).startsWith(u'2') || auth.authUrl.path().contains(u"/v2.0"_s))
        auth.type = AuthSettings::Type::V2Password;
    return profile;
}

std::expected<QList<CloudProfile>, CloudConfigError>
CloudsConfig::load(const QProcessEnvironment& environment, const QString& currentDirectory,
                   const QString& homeDirectory)
{
    QList<CloudProfile> profiles;
    const auto firstExisting = [&](const QString& name) {
        for (const QString& path : searchPaths(name, environment, currentDirectory, homeDirectory)) {
            if (QFileInfo(path).isFile())
                return path;
        }
        return QString();
    };
    const QString clouds = firstExisting(u"clouds.yaml"_s);
    if (!clouds.isEmpty()) {
        auto parsed = parse(clouds, firstExisting(u"secure.yaml"_s));
        if (!parsed)
            return std::unexpected(parsed.error());
        profiles = *parsed;
    }
    if (auto fromEnv = fromEnvironment(environment))
        profiles.append(*fromEnv);
    return profiles;
}

} // namespace Skylight
