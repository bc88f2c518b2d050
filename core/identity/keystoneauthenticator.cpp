// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "identity/keystoneauthenticator.h"

#include "identity/secretkindtext.h"
#include "image/jsonfields.h"
#include "image/jsonpayload.h"
#include "net/httpjob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
QJsonObject nameOrId(const QString& name, const QString& id)
{
    return id.isEmpty() ? QJsonObject{{u"name"_s, name}} : QJsonObject{{u"id"_s, id}};
}

QJsonObject domainOf(const QString& name, const QString& id, const AuthSettings& auth)
{
    if (!id.isEmpty() || !name.isEmpty())
        return nameOrId(name, id);
    if (!auth.domainId.isEmpty() || !auth.domainName.isEmpty())
        return nameOrId(auth.domainName, auth.domainId);
    return QJsonObject{{u"id"_s, u"default"_s}};
}

QJsonObject userOf(const AuthSettings& auth)
{
    QJsonObject user = nameOrId(auth.username, auth.userId);
    if (auth.userId.isEmpty())
        user.insert(u"domain"_s, domainOf(auth.userDomainName, auth.userDomainId, auth));
    return user;
}

std::optional<QJsonObject> scopeOf(const AuthSettings& auth)
{
    if (!auth.projectId.isEmpty())
        return QJsonObject{{u"project"_s, QJsonObject{{u"id"_s, auth.projectId}}}};
    if (!auth.projectName.isEmpty()) {
        QJsonObject project{{u"name"_s, auth.projectName},
                            {u"domain"_s, domainOf(auth.projectDomainName, auth.projectDomainId, auth)}};
        return QJsonObject{{u"project"_s, project}};
    }
    if (!auth.domainId.isEmpty() || !auth.domainName.isEmpty())
        return QJsonObject{{u"domain"_s, nameOrId(auth.domainName, auth.domainId)}};
    return std::nullopt;
}
} // namespace

bool KeystoneAuthenticator::isV2(const AuthSettings& auth)
{
    return auth.type == AuthSettings::Type::V2Password || auth.type == AuthSettings::Type::RackspaceApiKey;
}

QUrl KeystoneAuthenticator::tokensUrl(const AuthSettings& auth)
{
    QUrl url = auth.authUrl.isEmpty() && auth.type == AuthSettings::Type::RackspaceApiKey
                   ? QUrl(QString::fromLatin1(kRackspaceIdentity))
                   : auth.authUrl;
    url = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    QString path = url.path();
    static const QRegularExpression version(u"/v(2\\.0|3)$"_s);
    path.remove(version);
    path += isV2(auth) ? u"/v2.0/tokens"_s : u"/v3/auth/tokens"_s;
    url.setPath(path);
    return url;
}

QByteArray KeystoneAuthenticator::requestBody(const AuthSettings& auth)
{
    QJsonObject root;
    switch (auth.type) {
    case AuthSettings::Type::V2Password:
    case AuthSettings::Type::RackspaceApiKey: {
        QJsonObject body;
        if (auth.type == AuthSettings::Type::RackspaceApiKey)
            body.insert(u"RAX-KSKEY:apiKeyCredentials"_s,
                        QJsonObject{{u"username"_s, auth.username}, {u"apiKey"_s, auth.apiKey}});
        else
            body.insert(u"passwordCredentials"_s,
                        QJsonObject{{u"username"_s, auth.username}, {u"password"_s, auth.password}});
        if (!auth.projectId.isEmpty())
            body.insert(u"tenantId"_s, auth.projectId);
        else if (!auth.projectName.isEmpty())
            body.insert(u"tenantName"_s, auth.projectName);
        root.insert(u"auth"_s, body);
        break;
    }
    case AuthSettings::Type::ApplicationCredential: {
        QJsonObject credential{{u"secret"_s, auth.applicationCredentialSecret}};
        if (!auth.applicationCredentialId.isEmpty()) {
            credential.insert(u"id"_s, auth.applicationCredentialId);
        } else {
            credential.insert(u"name"_s, auth.applicationCredentialName);
            credential.insert(u"user"_s, userOf(auth));
        }
        root.insert(
            u"auth"_s,
            QJsonObject{{u"identity"_s, QJsonObject{{u"methods"_s, QJsonArray{u"application_credential"_s}},
                                                    {u"application_credential"_s, credential}}}});
        break; // an application credential carries its own scope
    }
    case AuthSettings::Type::Token:
    case AuthSettings::Type::Password:
    case AuthSettings::Type::Huawei: {
        QJsonObject identity;
        if (auth.type == AuthSettings::Type::Token) {
            identity = {{u"methods"_s, QJsonArray{u"token"_s}},
                        {u"token"_s, QJsonObject{{u"id"_s, auth.token}}}};
        } else {
            QJsonObject user = userOf(auth);
            user.insert(u"password"_s, auth.password);
            identity = {{u"methods"_s, QJsonArray{u"password"_s}},
                        {u"password"_s, QJsonObject{{u"user"_s, user}}}};
        }
        QJsonObject body{{u"identity"_s, identity}};
        if (const auto scope = scopeOf(auth))
            body.insert(u"scope"_s, *scope);
        root.insert(u"auth"_s, body);
        break;
    }
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<QString> KeystoneAuthenticator::missingSecret(const AuthSettings& auth)
{
    switch (auth.type) {
    case AuthSettings::Type::Password:
    case AuthSettings::Type::V2Password:
    case AuthSettings::Type::Huawei:
        return auth.password.isEmpty() ? std::optional<QString>(u"password"_s) : std::nullopt;
    case AuthSettings::Type::ApplicationCredential:
        return auth.applicationCredentialSecret.isEmpty()
                   ? std::optional<QString>(u"application_credential_secret"_s)
                   : std::nullopt;
    case AuthSettings::Type::Token:
        return auth.token.isEmpty() ? std::optional<QString>(u"token"_s) : std::nullopt;
    case AuthSettings::Type::RackspaceApiKey:
        return auth.apiKey.isEmpty() ? std::optional<QString>(u"api_key"_s) : std::nullopt;
    }
    return std::nullopt;
}

QString KeystoneAuthenticator::secretKind(const AuthSettings& auth)
{
    switch (auth.type) {
    case AuthSettings::Type::ApplicationCredential:
        return u"application_credential_secret"_s;
    case AuthSettings::Type::Token:
        return u"token"_s;
    case AuthSettings::Type::RackspaceApiKey:
        return u"api_key"_s;
    case AuthSettings::Type::Password:
    case AuthSettings::Type::V2Password:
    case AuthSettings::Type::Huawei:
        break;
    }
    return u"password"_s;
}

QString KeystoneAuthenticator::secret(const AuthSettings& auth)
{
    switch (auth.type) {
    case AuthSettings::Type::ApplicationCredential:
        return auth.applicationCredentialSecret;
    case AuthSettings::Type::Token:
        return auth.token;
    case AuthSettings::Type::RackspaceApiKey:
        return auth.apiKey;
    case AuthSettings::Type::Password:
    case AuthSettings::Type::V2Password:
    case AuthSettings::Type::Huawei:
        break;
    }
    return auth.password;
}

void KeystoneAuthenticator::setSecret(AuthSettings& auth, const QString& value)
{
    switch (auth.type) {
    case AuthSettings::Type::ApplicationCredential:
        auth.applicationCredentialSecret = value;
        return;
    case AuthSettings::Type::Token:
        auth.token = value;
        return;
    case AuthSettings::Type::RackspaceApiKey:
        auth.apiKey = value;
        return;
    case AuthSettings::Type::Password:
    case AuthSettings::Type::V2Password:
    case AuthSettings::Type::Huawei:
        auth.password = value;
        return;
    }
}

Result<AuthSession> KeystoneAuthenticator::parseV3(const HttpResponse& response)
{
    auto object = jsonObjectPayload(
        response, QCoreApplication::translate("Skylight::KeystoneAuthenticator", "the sign-in"));
    if (!object)
        return std::unexpected(object.error());
    const QJsonObject token = object->value(u"token"_s).toObject();
    AuthSession session;
    session.token = response.header("X-Subject-Token");
    if (session.token.isEmpty() || token.isEmpty()) {
        return std::unexpected(ApiError::make(
            ApiError::Kind::BadPayload,
            QCoreApplication::translate("Skylight::KeystoneAuthenticator",
                                        "The identity service answered without a token (X-Subject-Token).")));
    }
    session.expiresAt = JsonFields::dateTime(token.value(u"expires_at"_s));
    session.projectId = token.value(u"project"_s).toObject().value(u"id"_s).toString();
    session.userId = token.value(u"user"_s).toObject().value(u"id"_s).toString();
    session.catalog = ServiceCatalog::fromV3(token.value(u"catalog"_s).toArray());
    return session;
}

Result<AuthSession> KeystoneAuthenticator::parseV2(const HttpResponse& response)
{
    auto object = jsonObjectPayload(
        response, QCoreApplication::translate("Skylight::KeystoneAuthenticator", "the sign-in"));
    if (!object)
        return std::unexpected(object.error());
    const QJsonObject access = object->value(u"access"_s).toObject();
    const QJsonObject token = access.value(u"token"_s).toObject();
    AuthSession session;
    session.token = token.value(u"id"_s).toString().toUtf8();
    if (session.token.isEmpty()) {
        return std::unexpected(ApiError::make(
            ApiError::Kind::BadPayload,
            QCoreApplication::translate("Skylight::KeystoneAuthenticator",
                                        "The identity service answered without access.token.id.")));
    }
    session.expiresAt = JsonFields::dateTime(token.value(u"expires"_s));
    session.projectId = token.value(u"tenant"_s).toObject().value(u"id"_s).toString();
    session.userId = access.value(u"user"_s).toObject().value(u"id"_s).toString();
    session.catalog = ServiceCatalog::fromV2(access.value(u"serviceCatalog"_s).toArray());
    return session;
}

KeystoneAuthenticator::KeystoneAuthenticator(QNetworkAccessManager* nam, AuthSettings auth,
                                             TransportOptions options, QObject* parent)
    : Job(parent)
    , m_nam(nam)
    , m_auth(std::move(auth))
    , m_options(std::move(options))
{}

void KeystoneAuthenticator::start()
{
    if (isFinished()) // aborted before it started
        return;
    if (const auto missing = missingSecret(m_auth)) {
        static constexpr SecretKindText::Sentences kNoSecret{
            "Skylight::KeystoneAuthenticator",
            QT_TRANSLATE_NOOP(
                "Skylight::KeystoneAuthenticator",
                "No password to sign in with: give it once (skylight-cli login, or secure.yaml)."),
            QT_TRANSLATE_NOOP("Skylight::KeystoneAuthenticator",
                              "No application credential secret to sign in with: give it once (skylight-cli "
                              "login, or secure.yaml)."),
            QT_TRANSLATE_NOOP("Skylight::KeystoneAuthenticator",
                              "No token to sign in with: give it once (skylight-cli login, or secure.yaml)."),
            QT_TRANSLATE_NOOP(
                "Skylight::KeystoneAuthenticator",
                "No API key to sign in with: give it once (skylight-cli login, or secure.yaml).")};
        ApiError error =
            ApiError::make(ApiError::Kind::Unauthorized, SecretKindText::sentence(kNoSecret, *missing));
        QMetaObject::invokeMethod(
            this, [this, error] { finishWith(std::unexpected(error)); }, Qt::QueuedConnection);
        return;
    }
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = tokensUrl(m_auth);
    spec.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                    {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    spec.body = requestBody(m_auth);
    auto* http = new HttpJob(m_nam, std::move(spec), m_options, this);
    m_http = http;
    const bool v2 = isV2(m_auth);
    http->then(this, [this, v2](const Result<HttpResponse>& response) {
        if (isFinished()) // aborted after the identity service answered: dropped
            return;
        if (!response) {
            ApiError error = response.error();
            if (error.kind == ApiError::Kind::Unauthorized)
                error.message = QCoreApplication::translate(
                    "Skylight::KeystoneAuthenticator",
                    "The identity service refused the sign-in: check the user name, the password (or key) "
                    "and the project.");
            finishWith(std::unexpected(error));
            return;
        }
        finishWith(v2 ? parseV2(*response) : parseV3(*response));
    });
    http->start();
}

void KeystoneAuthenticator::doAbort()
{
    if (m_http)
        m_http->abort();
}

} // namespace Skylight
