// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace Skylight::Test {

// An identity service on 127.0.0.1 answering as the public documentation of each one shows:
// Keystone v3 POST /v3/auth/tokens (password, application credential, token; Huawei IAM's
// project-scoped password), Keystone v2.0 POST /v2.0/tokens (passwordCredentials) and Rackspace's
// RAX-KSKEY:apiKeyCredentials. It issues tokens "fake-token-1", "-2"... and records every request
// body, so tests check what was sent and how often.
class FakeIdentity : public QObject
{
    Q_OBJECT
public:
    static constexpr auto kUser = "demo";
    static constexpr auto kPassword = "correct horse battery staple";
    static constexpr auto kApiKey = "0123456789abcdef0123456789abcdef";
    static constexpr auto kAppCredentialId = "app-cred-1";
    static constexpr auto kAppCredentialSecret = "app-cred-secret";
    static constexpr auto kProjectId = "719e9483f42d4784a089862ac4c3e8d0"; // the demo's Huawei project
    static constexpr auto kRackspaceTenant = "820712";

    explicit FakeIdentity(QObject* parent = nullptr);
    ~FakeIdentity() override;

    bool start();
    QUrl url(const QString& path = QString()) const;

    // The catalog's endpoint for `type` ("image", "compute"); several types may be set.
    void setEndpoint(const QString& type, const QUrl& url,
                     const QString& region = QStringLiteral("RegionOne"));
    void setLifetimeSeconds(int seconds) { m_lifetime = seconds; }

    int tokensIssued() const { return m_issued; }
    QByteArray lastToken() const;
    QList<QJsonObject> bodies() const { return m_bodies; }
    QList<QString> paths() const { return m_paths; }

private:
    void dispatch(const QHttpServerRequest& request, QHttpServerResponder& responder);
    QJsonObject v3Answer(const QJsonObject& body, int* status);
    QJsonObject v2Answer(const QJsonObject& body, int* status);
    QByteArray issue();

    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QList<std::pair<QString, std::pair<QUrl, QString>>> m_endpoints;
    int m_lifetime = 3600;
    int m_issued = 0;
    QList<QJsonObject> m_bodies;
    QList<QString> m_paths;
};

} // namespace Skylight::Test
