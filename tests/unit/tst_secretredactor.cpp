// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "net/apierror.h"
#include "net/secretcheck.h"
#include "net/secretredactor.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
const QString kToken = u"gAAAAABk-t0k3n/with+plus=and space"_s;
} // namespace

// The one step every message built from a server's answer passes before a person sees it.
class TestSecretRedactor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void removesKnownSecrets_data();
    void removesKnownSecrets();
    void shortSecretsAreNotLookedFor();
    void mergeKeepsBoth();
    void errorMessageAndRequestId();
    void controlCharactersRefused_data();
    void controlCharactersRefused();
};

void TestSecretRedactor::removesKnownSecrets_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");
    // What servers echo, in the forms they echo it in.
    QTest::newRow("401 body")
        << u"The request you have made requires authentication. Token %1 is invalid."_s.arg(kToken)
        << u"The request you have made requires authentication. Token *** is invalid."_s;
    QTest::newRow("400 json-escaped")
        << u"Invalid input for field 'token': u'gAAAAABk-t0k3n\\/with+plus=and space' (HTTP 400)"_s
        << u"Invalid input for field 'token': u'***' (HTTP 400)"_s;
    QTest::newRow("500 twice") << u"%1 failed; %1 again"_s.arg(kToken) << u"*** failed; *** again"_s;
    QTest::newRow("percent-encoded in a URL")
        << u"GET https://h/v2/images?token=gAAAAABk-t0k3n%2Fwith%2Bplus%3Dand%20space&x=1 failed"_s
        << u"GET https://h/v2/images?token=***&x=1 failed"_s;
    QTest::newRow("percent-encoded lower-case hex")
        << u"/x?t=gAAAAABk-t0k3n%2fwith%2bplus%3dand%20space"_s << u"/x?t=***"_s;
    QTest::newRow("form-encoded space") << u"t=gAAAAABk-t0k3n%2Fwith%2Bplus%3Dand+space;"_s << u"t=***;"_s;
    QTest::newRow("base64") << u"Authorization: Basic %1"_s.arg(
                                   QString::fromLatin1(kToken.toUtf8().toBase64()))
                            << u"Authorization: Basic ***"_s;
    QTest::newRow("password") << u"user u with password hunter22 refused"_s
                              << u"user u with password *** refused"_s;
    // Messages cut a server's text short: the part of a secret that is left is masked too.
    QTest::newRow("cut at the end") << u"Server said: bad token %1"_s.arg(kToken.left(12))
                                    << u"Server said: bad token ***"_s;
    QTest::newRow("cut with an ellipsis")
        << u"entry 3 repeats id %1… (twice)"_s.arg(kToken.left(10)) << u"entry 3 repeats id ***… (twice)"_s;
    QTest::newRow("short start not masked") << u"token gAAAAAB"_s << u"token gAAAAAB"_s;
    QTest::newRow("nothing known") << u"Image not found (HTTP 404, request req-1)"_s
                                   << u"Image not found (HTTP 404, request req-1)"_s;
}

void TestSecretRedactor::removesKnownSecrets()
{
    QFETCH(QString, message);
    QFETCH(QString, expected);
    SecretRedactor redactor;
    redactor.add(kToken.toUtf8());
    redactor.add(u"hunter22"_s);
    QCOMPARE(redactor.redact(message), expected);
}

void TestSecretRedactor::shortSecretsAreNotLookedFor()
{
    SecretRedactor redactor;
    redactor.add(u"a"_s);
    redactor.add(u"abc"_s);
    QVERIFY(redactor.isEmpty());
    QCOMPARE(redactor.redact(u"a cab abc"_s), u"a cab abc"_s);
    redactor.add(QString(SecretRedactor::kMinLength, u'x'));
    QCOMPARE(redactor.redact(u"xxxx!"_s), u"***!"_s);
}

void TestSecretRedactor::mergeKeepsBoth()
{
    SecretRedactor first;
    first.add(u"old-token-1"_s);
    SecretRedactor second;
    second.add(u"new-token-2"_s);
    first.merge(second);
    QCOMPARE(first.redact(u"old-token-1 new-token-2"_s), u"*** ***"_s);
}

void TestSecretRedactor::errorMessageAndRequestId()
{
    SecretRedactor redactor;
    redactor.add(kToken);
    ApiError error = ApiError::fromHttpStatus(401, u"token %1 expired"_s.arg(kToken));
    error.requestId = u"req-"_s + kToken;
    const QString shown = redactor.redact(error).describe();
    QVERIFY2(!shown.contains(kToken), qPrintable(shown));
    QVERIFY2(shown.contains(u"***"_s), qPrintable(shown));
    QCOMPARE(redactor.redact(error).kind, ApiError::Kind::Unauthorized);
}

void TestSecretRedactor::controlCharactersRefused_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("which");
    QTest::newRow("clean") << u"gAAAA-fine token"_s << QString();
    QTest::newRow("LF") << u"tok\nX-Evil: 1"_s << u"line break"_s;
    QTest::newRow("CR") << u"tok\rX"_s << u"line break"_s;
    QTest::newRow("NUL") << QString(u"tok\0x"_s) << u"NUL"_s;
    QTest::newRow("ESC") << u"tok\x1bx"_s << u"U+001B"_s;
    QTest::newRow("tab") << u"tok\tx"_s << u"tab"_s;
    QTest::newRow("DEL") << u"tok\x7fx"_s << u"U+007F"_s;
    QTest::newRow("C1") << u"tok\u0085x"_s << u"U+0085"_s;
}

void TestSecretRedactor::controlCharactersRefused()
{
    QFETCH(QString, secret);
    QFETCH(QString, which);
    QCOMPARE(controlCharacterIn(secret), which);
    const QString message = unsendableSecret(u"OS_TOKEN"_s, secret);
    if (which.isEmpty()) {
        QVERIFY(message.isEmpty());
        return;
    }
    QCOMPARE(message, u"OS_TOKEN contains a control character (%1); it is not sent."_s.arg(which));
    QVERIFY(!message.contains(u"tok"_s));
}

QTEST_GUILESS_MAIN(TestSecretRedactor)
#include "tst_secretredactor.moc"
