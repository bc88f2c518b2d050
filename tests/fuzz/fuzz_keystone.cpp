// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// Keystone token responses: v3 (POST /v3/auth/tokens, the token in X-Subject-Token) and v2.0 /
// Rackspace (POST /v2.0/tokens), with their service catalogs. Input: '0' + a v3 body, or '1' + a
// v2.0 body. Checked: the token of the v3 header never appears in an error message unless the body
// itself holds that text.
#include "fuzz/fuzzsupport.h"
#include "identity/keystoneauthenticator.h"

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::initialize();
    const Fuzz::Choice input = Fuzz::choose(data, size);
    static const QByteArray kToken = QByteArrayLiteral("gAAAAAfuzz-subject-token-5f3c9a");
    const bool v2 = (input.selector & 1u) != 0;
    const HttpResponse response{201,
                                QUrl(u"https://keystone.example.com:5000/v3/auth/tokens"_s),
                                {{"Content-Type", "application/json"}, {"X-Subject-Token", kToken}},
                                input.rest};
    const Result<AuthSession> session =
        v2 ? KeystoneAuthenticator::parseV2(response) : KeystoneAuthenticator::parseV3(response);
    if (!session) {
        if (!input.rest.contains(kToken) && session.error().describe().toUtf8().contains(kToken))
            Fuzz::fail("an error message holds the token");
        return 0;
    }
    if (session->token.isEmpty())
        Fuzz::fail("a session without a token");
    for (const CatalogService& service : session->catalog.services()) {
        session->catalog.endpoint(service.type, u"public"_s, {});
        session->catalog.regions(service.type);
        for (const CatalogEndpoint& endpoint : service.endpoints)
            session->catalog.endpoint(service.type, endpoint.interface, endpoint.region);
    }
    return 0;
}
