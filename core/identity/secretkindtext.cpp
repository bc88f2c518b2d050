// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "identity/secretkindtext.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

QStringList SecretKindText::kinds()
{
    return {u"password"_s, u"application_credential_secret"_s, u"token"_s, u"api_key"_s};
}

QString SecretKindText::label(const QString& kind)
{
    static constexpr Sentences kLabels{
        "Skylight::SecretKindText", QT_TRANSLATE_NOOP("Skylight::SecretKindText", "Password"),
        QT_TRANSLATE_NOOP("Skylight::SecretKindText", "Application credential secret"),
        QT_TRANSLATE_NOOP("Skylight::SecretKindText", "Token"),
        QT_TRANSLATE_NOOP("Skylight::SecretKindText", "API key")};
    return sentence(kLabels, kind);
}

QString SecretKindText::sentence(const Sentences& sentences, const QString& kind)
{
    const char* text = sentences.password;
    if (kind == u"application_credential_secret"_s)
        text = sentences.applicationCredentialSecret;
    else if (kind == u"token"_s)
        text = sentences.token;
    else if (kind == u"api_key"_s)
        text = sentences.apiKey;
    return QCoreApplication::translate(sentences.context, text);
}

} // namespace Skylight
