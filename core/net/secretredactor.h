// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "net/apierror.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Skylight {

// The secrets this process knows (the current and earlier tokens, the password, the application
// credential secret, the API key...), and the one step every message built from a server's answer
// passes through before a person sees it (the CLI's error: and warning: lines, the window's
// banners and their Details): each occurrence of a secret is replaced by "***", as it is and in
// the forms a server echoes it in: percent-encoded (upper- and lower-case hex), JSON-escaped and
// base64. A value to copy and merge, owned by whoever holds the secrets (a CloudSession, the CLI
// runner); never global.
//
// Secrets shorter than kMinLength characters are not looked for: replacing "ab" everywhere would
// garble every message while hiding nothing a guess would not find (such a secret is weak anyway).
class SecretRedactor
{
public:
    static constexpr qsizetype kMinLength = 4;

    static QString mask();

    void add(const QString& secret);
    void add(const QByteArray& secret) { add(QString::fromUtf8(secret)); }
    void merge(const SecretRedactor& other);
    bool isEmpty() const { return m_forms.isEmpty(); }

    QString redact(const QString& text) const;
    // The error with its message and request id redacted (what describe() shows).
    ApiError redact(const ApiError& error) const;

private:
    void addForm(const QString& form);

    QStringList m_forms; // longest first, so that no form is cut by a shorter one inside it
};

} // namespace Skylight
