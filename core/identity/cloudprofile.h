// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/dialect.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Skylight {

// How a cloud is signed in to, as clouds.yaml / secure.yaml / OS_* variables describe it.
struct AuthSettings
{
    enum class Type
    {
        Password,              // Keystone v3 password (auth_type password / v3password)
        ApplicationCredential, // Keystone v3 application credential
        Token,                 // an existing token (auth_type token / v3token, OS_TOKEN)
        V2Password,            // Keystone v2.0 passwordCredentials
        RackspaceApiKey,       // Keystone v2.0 RAX-KSKEY:apiKeyCredentials
        Huawei,                // Huawei Cloud IAM: Keystone-v3-style password scoped to a project
    };

    Type type = Type::Password;
    QUrl authUrl;
    QString username;
    QString userId;
    QString projectName;
    QString projectId;
    QString userDomainName;
    QString userDomainId;
    QString projectDomainName;
    QString projectDomainId;
    QString domainName;
    QString domainId;
    QString applicationCredentialId;
    QString applicationCredentialName;
    // Secrets: never written to a file or a log by Skylight.
    QString password;
    QString applicationCredentialSecret;
    QString token;
    QString apiKey;

    void clearSecrets()
    {
        password.clear();
        applicationCredentialSecret.clear();
        token.clear();
        apiKey.clear();
    }

    bool hasSecret() const
    {
        return !password.isEmpty() || !applicationCredentialSecret.isEmpty() || !token.isEmpty() ||
               !apiKey.isEmpty();
    }
};

struct CloudProfile
{
    QString name;
    QString source; // the file it came from, or "environment (OS_*)"
    // Where the secret in `auth` came from, when it came with the profile: secure.yaml's or
    // clouds.yaml's path, or the environment variable (OS_PASSWORD...). Empty otherwise.
    QString secretOrigin;
    AuthSettings auth;
    QString regionName;
    QStringList regions; // clouds.yaml `regions:`, in order; regionName is one of them (the first by default)
    // The cloud a profile belongs to when it is one region of it: its regions share the cloud's
    // secrets and its token in the keychain. Empty: the profile is the cloud.
    QString cloudName;

    // The name the keychain entries are kept under.
    QString secretName() const { return cloudName.isEmpty() ? name : cloudName; }
    QString interface = QStringLiteral("public");
    bool verify = true;
    QString caCertFile;
    QString profile;                 // a vendor profile name, kept for the record
    Dialect dialect = Dialect::Auto; // skylight_dialect, when the user wants one
    QUrl imageEndpoint;              // image_endpoint_override: skip the catalog
    // For the Compute family: the image service (Image API v2) that serves the images' data, used
    // instead of their alternate links. clouds.yaml: image_endpoint_override when the cloud also
    // has compute_endpoint_override and a Compute-family skylight_dialect (imageEndpoint is then
    // the compute endpoint).
    QUrl imageDataEndpoint;
};

} // namespace Skylight
