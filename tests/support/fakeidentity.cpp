// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "support/fakeidentity.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Skylight::Test {

namespace {
QString iso(const QDateTime& time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz000Z"_s);
}

QJsonObject unauthorized()
{
    return {
        {u"error"_s, QJsonObject{{u"code"_s, 401},
                                 {u"title"_s, u"Unauthorized"_s},
                                 {u"message"_s, u"The request you have made requires authentication."_s}}}};
}
} // namespace

FakeIdentity::FakeIdentity(QObject* parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
{
    m_server->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        dispatch(request, responder);
    });
}

FakeIdentity::~FakeIdentity() = default;

bool FakeIdentity::start()
{
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeIdentity::url(const QString& path) const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    url.setPath(path);
    return url;
}

void FakeIdentity::setEndpoint(const QString& type, const QUrl& url, const QString& region)
{
    m_endpoints.append({type, {url, region}});
}

QByteArray FakeIdentity::lastToken() const
{
    return m_issued == 0 ? QByteArray() : "fake-token-" + QByteArray::number(m_issued);
}

QByteArray FakeIdentity::issue()
{
    ++m_issued;
    return lastToken();
}

void FakeIdentity::dispatch(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    const QString path = request.url().path();
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    m_paths.append(path);
    m_bodies.append(body);
    int status = 404;
    QJsonObject answer{{u"error"_s, QJsonObject{{u"code"_s, 404}, {u"message"_s, u"Not found"_s}}}};
    QByteArray subjectToken;
    if (request.method() == QHttpServerRequest::Method::Post && path == u"/v3/auth/tokens"_s) {
        answer = v3Answer(body, &status);
        if (status == 201)
            subjectToken = lastToken();
    } else if (request.method() == QHttpServerRequest::Method::Post && path == u"/v2.0/tokens"_s) {
        answer = v2Answer(body, &status);
    }
    const QByteArray payload = QJsonDocument(answer).toJson(QJsonDocument::Compact);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(payload.size()));
    if (!subjectToken.isEmpty())
        responder.writeHeader("X-Subject-Token", subjectToken);
    responder.writeBody(payload);
}

// https://docs.openstack.org/api-ref/identity/v3/#password-authentication-with-scoped-authorization
QJsonObject FakeIdentity::v3Answer(const QJsonObject& body, int* status)
{
    *status = 401;
    const QJsonObject identity = body.value(u"auth"_s)[u"identity"_s].toObject();
    const QStringList methods = [&identity] {
        QStringList list;
        for (const QJsonValue& method : identity.value(u"methods"_s).toArray())
            list << method.toString();
        return list;
    }();
    bool accepted = false;
    QString userName = QString::fromLatin1(kUser);
    if (methods == QStringList{u"password"_s}) {
        const QJsonObject user = identity[u"password"_s][u"user"_s].toObject();
        accepted = user.value(u"name"_s).toString() == QLatin1StringView(kUser) &&
                   user.value(u"password"_s).toString() == QLatin1StringView(kPassword);
    } else if (methods == QStringList{u"application_credential"_s}) {
        const QJsonObject credential = identity[u"application_credential"_s].toObject();
        accepted = credential.value(u"id"_s).toString() == QLatin1StringView(kAppCredentialId) &&
                   credential.value(u"secret"_s).toString() == QLatin1StringView(kAppCredentialSecret);
    } else if (methods == QStringList{u"token"_s}) {
        const QString token = identity[u"token"_s][u"id"_s].toString();
        accepted = token.startsWith(u"fake-token-"_s) && token.mid(11).toInt() >= 1 &&
                   token.mid(11).toInt() <= m_issued;
    }
    if (!accepted)
        return unauthorized();

    // Huawei IAM scopes to a project by name (the region's project, e.g. "cn-north-4") or id.
    const QJsonObject project = body.value(u"auth"_s)[u"scope"_s][u"project"_s].toObject();
    const QString projectName = project.value(u"name"_s).toString(u"demo"_s);

    QJsonArray catalog;
    for (const auto& [type, where] : std::as_const(m_endpoints)) {
        const QJsonObject endpoint{{u"id"_s, QString(u"ep-"_s + type)},
                                   {u"interface"_s, u"public"_s},
                                   {u"region"_s, where.second},
                                   {u"region_id"_s, where.second},
                                   {u"url"_s, where.first.toString()}};
        catalog.append(QJsonObject{{u"id"_s, QString(u"svc-"_s + type)},
                                   {u"type"_s, type},
                                   {u"name"_s, type},
                                   {u"endpoints"_s, QJsonArray{endpoint}}});
    }
    issue();
    *status = 201;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {{u"token"_s, QJsonObject{
                             {u"methods"_s, identity.value(u"methods"_s)},
                             {u"expires_at"_s, iso(now.addSecs(m_lifetime))},
                             {u"issued_at"_s, iso(now)},
                             {u"user"_s, QJsonObject{{u"id"_s, u"u-1"_s},
                                                     {u"name"_s, userName},
                                                     {u"domain"_s, QJsonObject{{u"id"_s, u"default"_s}}}}},
                             {u"project"_s, QJsonObject{{u"id"_s, QString::fromLatin1(kProjectId)},
                                                        {u"name"_s, projectName},
                                                        {u"domain"_s, QJsonObject{{u"id"_s, u"default"_s}}}}},
                             {u"catalog"_s, catalog},
                         }}};
}

// https://docs.openstack.org/api-ref/identity/v2/ and Rackspace's "Authenticate as user with API key"
QJsonObject FakeIdentity::v2Answer(const QJsonObject& body, int* status)
{
    *status = 401;
    const QJsonObject auth = body.value(u"auth"_s).toObject();
    const QJsonObject password = auth.value(u"passwordCredentials"_s).toObject();
    const QJsonObject apiKey = auth.value(u"RAX-KSKEY:apiKeyCredentials"_s).toObject();
    const bool accepted = (password.value(u"username"_s).toString() == QLatin1StringView(kUser) &&
                           password.value(u"password"_s).toString() == QLatin1StringView(kPassword)) ||
                          (apiKey.value(u"username"_s).toString() == QLatin1StringView(kUser) &&
                           apiKey.value(u"apiKey"_s).toString() == QLatin1StringView(kApiKey));
    if (!accepted)
        return unauthorized();

    QJsonArray catalog;
    for (const auto& [type, where] : std::as_const(m_endpoints)) {
        const QJsonObject endpoint{{u"region"_s, where.second},
                                   {u"tenantId"_s, QString::fromLatin1(kRackspaceTenant)},
                                   {u"publicURL"_s, where.first.toString()},
                                   {u"versionId"_s, u"2"_s}};
        catalog.append(QJsonObject{{u"name"_s, type == u"compute"_s ? u"cloudServersOpenStack"_s : type},
                                   {u"type"_s, type},
                                   {u"endpoints"_s, QJsonArray{endpoint}}});
    }
    const QByteArray token = issue();
    *status = 200;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {{u"access"_s,
             QJsonObject{
                 {u"token"_s,
                  QJsonObject{{u"id"_s, QString::fromLatin1(token)},
                              {u"expires"_s, iso(now.addSecs(m_lifetime))},
                              {u"tenant"_s, QJsonObject{{u"id"_s, QString::fromLatin1(kRackspaceTenant)},
                                                        {u"name"_s, QString::fromLatin1(kRackspaceTenant)}}},
                              {u"RAX-AUTH:authenticatedBy"_s,
                               QJsonArray{apiKey.isEmpty() ? u"PASSWORD"_s : u"APIKEY"_s}}}},
                 {u"serviceCatalog"_s, catalog},
                 {u"user"_s, QJsonObject{{u"id"_s, u"161418"_s}, {u"name"_s, QString::fromLatin1(kUser)}}},
             }}};
}

} // namespace Skylight::Test
