// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "democloud/democloud.h"
#include "identity/cloudprofile.h"
#include "support/fakeidentity.h"

// What the sign-in tests share: the demo cloud behind the fake identity service, and a Keystone v3
// password profile for it. Header-only: for tests that link skylight-identity and
// skylight-democloud (the support library links neither).
namespace Skylight::Test {

// Starts both on 127.0.0.1: the identity service's catalog lists the demo's Image API v2, and the
// demo takes the first token the service issues ("fake-token-1").
inline bool startCloudBehindIdentity(DemoCloud& demo, FakeIdentity& identity)
{
    if (!demo.start() || !identity.start())
        return false;
    identity.setEndpoint(QStringLiteral("image"), demo.endpoint(Dialect::GlanceV2));
    demo.setToken(QByteArrayLiteral("fake-token-1"));
    return true;
}

// User "demo" of project "demo" (domain Default) on the service's Keystone v3, Image API v2;
// no password in it.
inline CloudProfile passwordProfile(const FakeIdentity& identity, const QString& name)
{
    CloudProfile profile;
    profile.name = name;
    profile.auth.type = AuthSettings::Type::Password;
    profile.auth.authUrl = identity.url(QStringLiteral("/v3"));
    profile.auth.username = QString::fromLatin1(FakeIdentity::kUser);
    profile.auth.projectName = QStringLiteral("demo");
    profile.auth.userDomainName = QStringLiteral("Default");
    profile.auth.projectDomainName = QStringLiteral("Default");
    profile.dialect = Dialect::GlanceV2;
    return profile;
}

} // namespace Skylight::Test
