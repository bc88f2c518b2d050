// Redaction of payloads shown to a person (redactSecrets). Input: a digit + the payload; digit % 4
// is its Content-Type: 0 application/json, 1 text/plain (header lines), 2 application/xml,
// 3 application/octet-stream.
// Checked: redacting twice changes nothing more; valid JSON stays valid JSON; a secret planted
// under "password" in a JSON object, and in a header line, is never shown.
#include "fuzzsupport.h"
#include "image/redaction.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
const QByteArray kCanary = QByteArrayLiteral("Canary-s3cret-9f1e");

void planted(const QByteArray& payload, const QByteArray& type)
{
    if (type == "application/json") {
        QJsonParseError error{};
        QJsonObject object = QJsonDocument::fromJson(payload, &error).object();
        if (error.error != QJsonParseError::NoError)
            return;
        object.insert(u"password"_s, QString::fromLatin1(kCanary));
        if (redactSecrets(QJsonDocument(object).toJson(), type).contains(kCanary))
            Fuzz::fail("a JSON password shown");
    } else if (type == "text/plain") {
        if (redactSecrets(payload + "\nX-Auth-Token: " + kCanary + '\n', type).contains(kCanary))
            Fuzz::fail("an X-Auth-Token header shown");
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::initialize();
    const Fuzz::Choice input = Fuzz::choose(data, size);
    static const QByteArray kTypes[] = {"application/json", "text/plain", "application/xml",
                                        "application/octet-stream"};
    const QByteArray& type = kTypes[input.selector % 4];
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
        planted(input.rest, type);
    return 0;
}
