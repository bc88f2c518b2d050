// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "identity/authsession.h"
#include "identity/cloudprofile.h"
#include "net/httpresponse.h"
#include "net/job.h"
#include "net/transportoptions.h"

#include <QPointer>
#include <optional>

class QNetworkAccessManager;

namespace Skylight {

class HttpJob;

// Signs in to an identity service: Keystone v3 (password, application credential, token; also
// Huawei Cloud IAM, which speaks it), Keystone v2.0 (passwordCredentials) and Rackspace
// (RAX-KSKEY:apiKeyCredentials). The request body holds secrets and is never logged; errors
// never repeat it.
class KeystoneAuthenticator : public Job<AuthSession>
{
    Q_OBJECT
public:
    static constexpr const char* kRackspaceIdentity = "https://identity.api.rackspacecloud.com/v2.0";

    KeystoneAuthenticator(QNetworkAccessManager* nam, AuthSettings auth, TransportOptions options,
                          QObject* parent = nullptr);

    void start();

    static bool isV2(const AuthSettings& auth);
    static QUrl tokensUrl(const AuthSettings& auth);
    static QByteArray requestBody(const AuthSettings& auth);
    static Result<AuthSession> parseV3(const HttpResponse& response);
    static Result<AuthSession> parseV2(const HttpResponse& response);
    // The secret this sign-in needs that `auth` does not have, if any ("password", "api_key"...).
    static std::optional<QString> missingSecret(const AuthSettings& auth);
    // Which secret this kind of sign-in uses ("password", "api_key", ...), and setting it.
    static QString secretKind(const AuthSettings& auth);
    static void setSecret(AuthSettings& auth, const QString& value);
    static QString secret(const AuthSettings& auth);

protected:
    void doAbort() override;

private:
    QNetworkAccessManager* m_nam;
    AuthSettings m_auth;
    TransportOptions m_options;
    QPointer<HttpJob> m_http;
};

} // namespace Skylight
