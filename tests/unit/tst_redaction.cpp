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
        << QByteArray("application/json") << QByteArray("hunter2") << QByteArray("\"name\":\"u\"");
    QTest::newRow("json property")
        << QByteArray(R"({"id": "x", "os_admin_password": "p4ss", "os_distro": "debian"})")
        << QByteArray("application/json") << QByteArray("p4ss") << QByteArray("debian");
    QTest::newRow("json list")
        << QByteArray(R"({"credentials": [{"api_key": "k-123"}], "images": [{"token": "gAAAA"}]})")
        << QByteArray("application/json") << QByteArray("gAAAA") << QByteArray("images");
    QTest::newRow("json apiKey")
        << QByteArray(R"({"RAX-KSKEY:apiKeyCredentials": {"username": "u", "apiKey": "abc123"}})")
        << QByteArray("application/json") << QByteArray("abc123") << QByteArray("username");
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

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
