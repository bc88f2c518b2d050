// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// Redaction of what is shown to a person: payloads (redactSecrets, the raw view) and messages
// (SecretRedactor, the error: lines and banners). Input: a digit + the payload; digit % 5 is what
// it is read as: 0 application/json, 1 text/plain (header lines), 2 application/xml,
// 3 application/octet-stream, 4 a message redacted by a SecretRedactor knowing a canary.
// Checked: redacting twice changes nothing more; valid JSON stays valid JSON; a secret planted
// under "password" or as an object under "token" in a JSON object, in an X-Auth-Token or
// Set-Cookie header line (with a continuation line), in an XML <meta key="admin_password">
// element, a single-quoted password attribute or a <token> element, is never shown; a message
// holding the canary, raw, percent-encoded, JSON-escaped or in base64, never shows it.
#include "fuzz/fuzzsupport.h"
#include "image/redaction.h"
#include "net/secretredactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
const QByteArray kCanary = QByteArrayLiteral("Canary-s3cret/9f1e+x");

void plantedInPayload(const QByteArray& payload, const QByteArray& type)
{
    if (type == "application/json") {
        QJsonParseError error{};
        QJsonObject object = QJsonDocument::fromJson(payload, &error).object();
        if (error.error != QJsonParseError::NoError)
            return;
        object.insert(u"password"_s, QString::fromLatin1(kCanary));
        object.insert(u"token"_s, QJsonObject{{u"id"_s, QString::fromLatin1(kCanary)},
                                              {u"list"_s, QJsonArray{QString::fromLatin1(kCanary)}}});
        if (redactSecrets(QJsonDocument(object).toJson(), type).contains(kCanary))
            Fuzz::fail("a JSON password or token object shown");
    } else if (type == "text/plain") {
        if (redactSecrets(payload + "\nX-Auth-Token: " + kCanary + '\n', type).contains(kCanary))
            Fuzz::fail("an X-Auth-Token header shown");
        if (redactSecrets(payload + "\nSet-Cookie: a=1\n" + kCanary + "=2; Path=/\nX-B: c\n", type)
                .contains(kCanary))
            Fuzz::fail("a Set-Cookie header (or its continuation) shown");
    } else if (type == "application/xml") {
        // Before the payload: whatever the payload is, these are read first.
        const QByteArray planted = "<image><meta key=\"admin_password\">" + kCanary + "</meta><x password='" +
                                   kCanary + "'/><token><id>" + kCanary + "</id></token></image>";
        if (redactSecrets(planted + payload, type).contains(kCanary))
            Fuzz::fail("an XML secret shown");
    }
}

void plantedInMessage(const QByteArray& text)
{
    SecretRedactor redactor;
    redactor.add(kCanary);
    const QString message = QString::fromUtf8(text);
    const QString once = redactor.redact(message);
    if (redactor.redact(once) != once)
        Fuzz::fail("redacting a message again changes it");
    const QByteArray json = QJsonDocument(QJsonArray{QString::fromLatin1(kCanary)}).toJson();
    for (const QByteArray& form : {kCanary, kCanary.toPercentEncoding(), kCanary.toBase64(), json}) {
        const QString shown = redactor.redact(message + QString::fromLatin1(form) + message);
        if (shown.contains(QString::fromLatin1(kCanary)) && !message.contains(QString::fromLatin1(kCanary)))
            Fuzz::fail("a known secret shown in a message");
        if (shown.contains(QString::fromLatin1(form)) && !message.contains(QString::fromLatin1(form)))
            Fuzz::fail("an encoded known secret shown in a message");
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::initialize();
    const Fuzz::Choice input = Fuzz::choose(data, size);
    if (input.selector % 5 == 4) {
        plantedInMessage(input.rest);
        return 0;
    }
    static const QByteArray kTypes[] = {"application/json", "text/plain", "application/xml",
                                        "application/octet-stream"};
    const QByteArray& type = kTypes[input.selector % 5];
    const QByteArray once = redactSecrets(input.rest, type);
    if (redactSecrets(once, type) != once)
        Fuzz::fail("redacting again changes the text");
    if (type == "application/json") {
        QJsonParseError before{};
        QJsonDocument::fromJson(input.rest, &before);
        QJsonParseError after{};
        QJsonDocument::fromJson(once, &after);
        if (before.error == QJsonParseError::NoError && after.error != QJsonParseError::NoError)
            Fuzz::fail("valid JSON redacted into invalid JSON");
    }
    if (!input.rest.contains(kCanary))
        plantedInPayload(input.rest, type);
    return 0;
}
