// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/dialectdetector.h"
#include "democloud/democloud.h"
#include "support/silentserver.h"
#include "support/testjobs.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::waitForJob;
using Skylight::Test::why;

class TestDialectDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifiesVersionDocuments_data();
    void classifiesVersionDocuments();
    void hostNames_data();
    void hostNames();
    void detectsEveryDemoDialect_data();
    void detectsEveryDemoDialect();
    void unknownServiceIsAClearError();
    void unreachableHostFailsFast();
};

void TestDialectDetector::classifiesVersionDocuments_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("serviceType");
    QTest::addColumn<QString>("dialect"); // empty: undecided
    QTest::newRow("glance zed")
        << QByteArray(
               R"({"versions": [{"id": "v2.15", "status": "CURRENT"}, {"id": "v2.9", "status": "SUPPORTED"}]})")
        << QString() << u"glance-v2"_s;
    QTest::newRow("glance with v1")
        << QByteArray(
               R"({"versions": [{"id": "v2.3", "status": "CURRENT"}, {"id": "v1.1", "status": "SUPPORTED"}]})")
        << QString() << u"glance-v2"_s;
    QTest::newRow("glance v1 only")
        << QByteArray(
               R"({"versions": [{"id": "v1.1", "status": "CURRENT"}, {"id": "v1.0", "status": "SUPPORTED"}]})")
        << QString() << u"glance-v1"_s;
    QTest::newRow("nova")
        << QByteArray(
               R"({"versions": [{"id": "v2.0", "status": "SUPPORTED", "version": "", "min_version": ""},
                                         {"id": "v2.1", "status": "CURRENT", "version": "2.93", "min_version": "2.1"}]})")
        << QString() << u"compute"_s;
    QTest::newRow("nova versioned root") << QByteArray(R"({"version": {"id": "v2.1", "status": "CURRENT",
        "media-types": [{"base": "application/json", "type": "application/vnd.openstack.compute+json;version=2.1"}]}})")
                                         << QString() << u"compute"_s;
    QTest::newRow("catalog says compute")
        << QByteArray(R"({"versions": [{"id": "v2.0", "status": "CURRENT"}]})") << u"compute"_s
        << u"compute"_s;
    QTest::newRow("rackspace")
        << QByteArray(
               R"({"versions": [{"id": "v2", "status": "CURRENT"}, {"id": "v1.0", "status": "DEPRECATED"}]})")
        << QString() << u"rackspace"_s;
    QTest::newRow("huawei ecs")
        << QByteArray(
               R"({"versions": [{"id": "v1", "status": "SUPPORTED"}, {"id": "v2", "status": "SUPPORTED"},
                                               {"id": "v2.1", "status": "CURRENT", "min_version": "2.1", "version": "2.60"}]})")
        << QString() << u"huawei-ecs"_s;
    QTest::newRow("keystone") << QByteArray(
                                     R"({"versions": {"values": [{"id": "v3.14", "status": "stable"}]}})")
                              << QString() << u"glance-v2"_s.left(0);
    QTest::newRow("not a version document") << QByteArray(R"({"images": []})") << QString() << QString();
    QTest::newRow("html") << QByteArray("<html>welcome</html>") << QString() << QString();
    QTest::newRow("empty") << QByteArray() << QString() << QString();
}

void TestDialectDetector::classifiesVersionDocuments()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, serviceType);
    QFETCH(QString, dialect);
    const auto detection = DialectDetector::classify(document, serviceType);
    QCOMPARE(detection ? dialectName(detection->dialect) : QString(), dialect);
}

void TestDialectDetector::hostNames_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("dialect");
    QTest::newRow("rackspace") << u"dfw.servers.api.rackspacecloud.com"_s << u"rackspace"_s;
    QTest::newRow("huawei") << u"ecs.cn-north-4.myhuaweicloud.com"_s << u"huawei-ecs"_s;
    QTest::newRow("other") << u"cloud.example.com"_s << QString();
}

void TestDialectDetector::hostNames()
{
    QFETCH(QString, host);
    QFETCH(QString, dialect);
    const auto detected = DialectDetector::fromHostName(host);
    QCOMPARE(detected ? dialectName(*detected) : QString(), dialect);
}

void TestDialectDetector::detectsEveryDemoDialect_data()
{
    QTest::addColumn<int>("dialect");
    for (Dialect d :
         {Dialect::GlanceV2, Dialect::GlanceV1, Dialect::Compute, Dialect::Rackspace, Dialect::HuaweiEcs})
        QTest::newRow(qPrintable(dialectName(d))) << int(d);
}

void TestDialectDetector::detectsEveryDemoDialect()
{
    QFETCH(int, dialect);
    QNetworkAccessManager nam;
    DemoCloud cloud;
    QVERIFY(cloud.start());
    DialectDetector detector(
        &nam, {.url = cloud.endpoint(static_cast<Dialect>(dialect)), .token = cloud.token()}, {});
    detector.start();
    QVERIFY(waitForJob(&detector));
    QVERIFY2(detector.result().has_value(), why(detector.result()).constData());
    QCOMPARE(dialectName(detector.result()->dialect), dialectName(static_cast<Dialect>(dialect)));
    QVERIFY(detector.result()->reason.contains(u"127.0.0.1"_s));
}

void TestDialectDetector::unknownServiceIsAClearError()
{
    QNetworkAccessManager nam;
    DemoCloud cloud;
    QVERIFY(cloud.start());
    QUrl url = cloud.baseUrl();
    url.setPath(u"/object-store/v1/AUTH_x"_s);
    DialectDetector detector(&nam, {.url = url, .token = cloud.token()}, {});
    detector.start();
    QVERIFY(waitForJob(&detector));
    QVERIFY(!detector.result().has_value());
    QCOMPARE(detector.result().error().kind, ApiError::Kind::BadPayload);
    QVERIFY(detector.result().error().message.contains(u"--api"_s));
}

void TestDialectDetector::unreachableHostFailsFast()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QNetworkAccessManager nam;
    DialectDetector detector(&nam, {.url = QUrl(u"http://127.0.0.1:%1/image"_s.arg(port))}, {});
    detector.start();
    QVERIFY(waitForJob(&detector));
    QVERIFY(!detector.result().has_value());
    QCOMPARE(detector.result().error().kind, ApiError::Kind::Network);
}

QTEST_GUILESS_MAIN(TestDialectDetector)
#include "tst_dialectdetector.moc"
