// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// clouds.yaml merged with secure.yaml (CloudsConfig::parseText), then what signing in reads of each
// profile. Input: the clouds.yaml text, optionally followed by a line "#secure.yaml" and the
// secure.yaml text.
#include "fuzz/fuzzsupport.h"
#include "identity/cloudsconfig.h"
#include "identity/keystoneauthenticator.h"

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::initialize();
    const auto [clouds, secure] = Fuzz::splitAt(Fuzz::bytes(data, size), "\n#secure.yaml\n");
    const auto profiles = CloudsConfig::parseText(clouds, u"clouds.yaml"_s, secure,
                                                  secure.isEmpty() ? QString() : u"secure.yaml"_s);
    if (!profiles) {
        if (profiles.error().describe().isEmpty())
            Fuzz::fail("a configuration error that says nothing");
        return 0;
    }
    for (const CloudProfile& profile : *profiles) {
        if (profile.name.isEmpty())
            Fuzz::fail("a cloud without a name");
        KeystoneAuthenticator::tokensUrl(profile.auth);
        KeystoneAuthenticator::requestBody(profile.auth);
        KeystoneAuthenticator::missingSecret(profile.auth);
        KeystoneAuthenticator::secretKind(profile.auth);
    }
    return 0;
}
