// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/redaction.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestRedaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redacts_data();
    void redacts();
    void leavesCleanPayloadsByteForByte_data();
    void leavesCleanPayloadsByteForByte();
    void masksWholeValues_data();
    void masksWholeValues();
    void redactingTwiceChangesNothingMore_data() { masksWholeValues_data(); }
    void redactingTwiceChangesNothingMore();
};

void TestRedaction::redacts_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("kept");
    QTest::newRow("json password")
        << QByteArray(
               R"({"auth": {"identity": {"password": {"user": {"name": "u", "password": "hunter2"}}}}})")
        << QByteArray("application/json") << QByteArray("hunter2")
        << QByteArray("\"identity\":{\"password\":\"***\"}");
    QTest::newRow("json property")
        << QByteArray(R"({"id": "x", "os_admin_password": "p4ss", "os_distro": "debian"})")
        << QByteArray("application/json") << QByteArray("p4ss") << QByteArray("debian");
    QTest::newRow("json list")
        << QByteArray(R"({"credentials": [{"api_key": "k-123"}], "images": [{"token": "gAAAA"}]})")
        << QByteArray("application/json") << QByteArray("gAAAA") << QByteArray("images");
    QTest::newRow("json apiKey")
        << QByteArray(R"({"RAX-KSKEY:apiKeyCredentials": {"username": "u", "apiKey": "abc123"}})")
        << QByteArray("application/json") << QByteArray("abc123")
        << QByteArray("\"RAX-KSKEY:apiKeyCredentials\":\"***\"");
    QTest::newRow("headers")
        << QByteArray(
               "HTTP 200\nX-Auth-Token: gAAAA-tok\nX-Subject-Token: gBBBB\nx-image-meta-name: cirros\n")
        << QByteArray("text/plain") << QByteArray("gAAAA-tok") << QByteArray("x-image-meta-name: cirros");
    QTest::newRow("header property")
        << QByteArray("x-image-meta-property-admin_password: s3cret\nx-image-meta-id: a\n")
        << QByteArray("text/plain") << QByteArray("s3cret") << QByteArray("x-image-meta-id: a");
    QTest::newRow("xml attribute") << QByteArray(R"(<server name="vm" adminPass="xyz789" id="1"/>)")
                                   << QByteArray("application/xml") << QByteArray("xyz789")
                                   << QByteArray("name=\"vm\"");
}

void TestRedaction::redacts()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, kept);
    const QByteArray shown = redactSecrets(payload, type);
    QVERIFY2(!shown.contains(secret), shown.constData());
    QVERIFY2(shown.contains("***"), shown.constData());
    QVERIFY2(shown.contains(kept), shown.constData());
    QVERIFY2(!shown.contains("gBBBB"), shown.constData());
}

void TestRedaction::leavesCleanPayloadsByteForByte_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("glance image") << QByteArray(
                                         "{\n  \"id\": \"x\",   \"checksum\": \"64d7\", \"tags\": []\n}")
                                  << QByteArray("application/json");
    QTest::newRow("headers") << QByteArray("HTTP 200\nx-image-meta-id: a\n") << QByteArray("text/plain");
    QTest::newRow("xml") << QByteArray("<image id=\"a\"  name=\"b\"/>") << QByteArray("application/xml");
    QTest::newRow("malformed json") << QByteArray("{\"password\": ") << QByteArray("application/json");
}

void TestRedaction::leavesCleanPayloadsByteForByte()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, type);
    QCOMPARE(redactSecrets(payload, type), payload);
}

// Whole values under secret-looking names, exactly: what is shown is `expected`, byte for byte.
void TestRedaction::masksWholeValues_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray json = "application/json";
    const QByteArray xml = "application/xml";
    const QByteArray headers = "text/plain";
    QTest::newRow("json token object")
        << QByteArray(R"({"id":"a","token":{"id":"gAAAA-secret","expires_at":"2030"}})") << json
        << QByteArray(R"({"id":"a","token":"***"})");
    QTest::newRow("json credential array")
        << QByteArray(R"({"credentials":["k1-secret",{"secret":"k2"}],"name":"n"})") << json
        << QByteArray(R"({"credentials":"***","name":"n"})");
    QTest::newRow("json number and bool")
        << QByteArray(R"({"api_key":12345678,"password":true,"x":null})") << json
        << QByteArray(R"({"api_key":"***","password":"***","x":null})");
    // null stays null; the document is written as parsed (not as received), because the bytes may
    // hold the key twice and only the last was looked at.
    QTest::newRow("json null stays") << QByteArray(R"({"token": null, "a": 1})") << json
                                     << QByteArray(R"({"a":1,"token":null})");
    QTest::newRow("json key twice, the last null")
        << QByteArray(R"({"id": "x", "adminPass": "hunter2", "adminPass": null})") << json
        << QByteArray(R"({"adminPass":null,"id":"x"})");
    QTest::newRow("xml meta key")
        << QByteArray(
               R"(<image id="1"><metadata><meta key="admin_password">p4ss-w0rd</meta><meta key="os">linux</meta></metadata></image>)")
        << xml
        << QByteArray(
               R"(<image id="1"><metadata><meta key="admin_password">***</meta><meta key="os">linux</meta></metadata></image>)");
    QTest::newRow("xml meta key single quotes") << QByteArray("<meta key='os_token'>tok-1234</meta>") << xml
                                                << QByteArray("<meta key='os_token'>***</meta>");
    QTest::newRow("xml element") << QByteArray(
                                        "<auth><token><id>gAAAA-secret</id><x/></token><user>u</user></auth>")
                                 << xml << QByteArray("<auth><token>***</token><user>u</user></auth>");
    QTest::newRow("xml nested same name")
        << QByteArray("<a><secret><secret>s1</secret>s2</secret><b>kept</b></a>") << xml
        << QByteArray("<a><secret>***</secret><b>kept</b></a>");
    QTest::newRow("xml attribute double")
        << QByteArray(R"(<server name="vm" adminPass="xyz789" id="1"/>)") << xml
        << QByteArray(R"(<server name="vm" adminPass="***" id="1"/>)");
    QTest::newRow("xml attribute single")
        << QByteArray(R"(<server name='vm' password='x"y>z' id='1'/>)") << xml
        << QByteArray(R"(<server name='vm' password='***' id='1'/>)");
    QTest::newRow("xml attribute spaced") << QByteArray(R"(<s password = "abcd" a='b'/>)") << xml
                                          << QByteArray(R"(<s password = "***" a='b'/>)");
    QTest::newRow("xml property value")
        << QByteArray(R"(<p name="api_key" value="k-9999"/><p name="os" value="linux"/>)") << xml
        << QByteArray(R"(<p name="api_key" value="***"/><p name="os" value="linux"/>)");
    QTest::newRow("xml bare attribute name") // no value to mask (a fuzzer's find)
        << QByteArray(R"(<a x"password">v</a>)") << xml << QByteArray(R"(<a x"password">v</a>)");
    QTest::newRow("xml unterminated secret")
        << QByteArray("<image><token>gAAAA-secret") << xml << QByteArray("<image><token>***");
    QTest::newRow("xml comment and cdata kept")
        << QByteArray("<a><!-- <token> --><![CDATA[<password>]]><b/></a>") << xml
        << QByteArray("<a><!-- <token> --><![CDATA[<password>]]><b/></a>");
    QTest::newRow("set-cookie") << QByteArray(
                                       "HTTP 200\nSet-Cookie: session=abc123; Path=/\nx-image-meta-id: a\n")
                                << headers << QByteArray("HTTP 200\nSet-Cookie: ***\nx-image-meta-id: a\n");
    QTest::newRow("set-cookie joined by Qt")
        << QByteArray(
               "HTTP 200\nset-cookie: a=1\nb=2; Expires=Wed, 21 Oct 2026 07:28:00 GMT\nx-image-meta-id: a\n")
        << headers << QByteArray("HTTP 200\nset-cookie: ***\nx-image-meta-id: a\n");
    QTest::newRow("cookie authorization")
        << QByteArray("Cookie: c=d\r\nAuthorization: Basic dTpw\r\nA: b\r\n") << headers
        << QByteArray("Cookie: ***\r\nAuthorization: ***\r\nA: b\r\n");
    QTest::newRow("subject token") << QByteArray("X-Subject-Token: gAAAA\nX-Auth-Token: gBBBB\n") << headers
                                   << QByteArray("X-Subject-Token: ***\nX-Auth-Token: ***\n");
}

void TestRedaction::masksWholeValues()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, expected);
    QCOMPARE(redactSecrets(payload, type), expected);
}

void TestRedaction::redactingTwiceChangesNothingMore()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, type);
    const QByteArray once = redactSecrets(payload, type);
    QCOMPARE(redactSecrets(once, type), once);
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
