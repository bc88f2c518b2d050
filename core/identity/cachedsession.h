// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "adapters/serviceendpoint.h"
#include "identity/cloudprofile.h"

#include <QDateTime>
#include <optional>

namespace Skylight {

// A signed-in session as kept in the keychain between runs (it holds the token, so it is a secret
// and lives nowhere else): the token, its expiry and the endpoint it was issued for (with the
// catalog's image services; the profile's image data endpoint is taken from the profile). `fingerprint`
// ties it to the profile settings it came from, so that editing the profile invalidates it.
struct CachedSession
{
    ServiceEndpoint endpoint;
    QDateTime expiresAt;
    QString fingerprint;

    QString toText() const;
    static std::optional<CachedSession> fromText(const QString& text);
    static QString fingerprintOf(const CloudProfile& profile);
    // The same, also naming the secret the profile holds (secure.yaml, clouds.yaml, OS_*): a token kept
    // for one password is not used once the file holds another.
    static QString fingerprintWithSecret(const CloudProfile& profile, const QString& secret);

    // Usable at `now`: not expired, nor about to within `marginSeconds`.
    bool usableAt(const QDateTime& now, int marginSeconds) const;
};

} // namespace Skylight
