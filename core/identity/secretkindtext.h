// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QStringList>

namespace Skylight {

// The secrets a sign-in uses, in words for a person. A secret goes by its clouds.yaml key
// ("password", "application_credential_secret", "token", "api_key": KeystoneAuthenticator::
// secretKind(), also the keychain's key); that key never reaches a translated sentence. A
// sentence about a secret is translated whole, once per kind (an article or a case ending agrees
// with the noun in many languages): callers hand the four sentences, marked with
// QT_TRANSLATE_NOOP, and get the one of their kind translated. An unknown kind reads as a password
// (the sign-in's default).
struct SecretKindText
{
    // The four sentences of one message, untranslated (QT_TRANSLATE_NOOP), in one context.
    struct Sentences
    {
        const char* context;
        const char* password;
        const char* applicationCredentialSecret;
        const char* token;
        const char* apiKey;
    };

    // The kinds a sign-in may ask for.
    static QStringList kinds();
    // A label standing alone ("Password", "API key"...), translated.
    static QString label(const QString& kind);
    // The sentence of `kind`, translated.
    static QString sentence(const Sentences& sentences, const QString& kind);
};

} // namespace Skylight
