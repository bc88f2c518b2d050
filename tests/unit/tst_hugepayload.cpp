// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/adapterfactory.h"
#include "adapters/imageadapter.h"
#include "democloud/democatalog.h"
#include "democloud/democloud.h"
#include "support/testjobs.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::waitForJob;
using Skylight::Test::why;

namespace {
// Peak resident memory of this process so far, in MB (Linux).
qint64 peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
}

// A Compute listing page of about `megabytes` MB in the older XML form.
QByteArray hugeXmlPage(int megabytes)
{
    QByteArray entry =
        R"(<image status="ACTIVE" name="cirros-0.3.2-x86_64-disk" created="2014-05-05T17:15:10Z" )"
        R"(minDisk="0" progress="100" minRam="0" id="%1"><metadata>)";
    for (int p = 0; p < 20; ++p)
        entry += "<meta key=\"custom_property_" + QByteArray::number(p) +
                 "\">a value that takes a little room</meta>";
    entry += "</metadata></image>\n";
    QByteArray body = "<?xml version='1.0' encoding='UTF-8'?>\n<images "
                      "xmlns=\"http://docs.openstack.org/compute/api/v1.1\">\n";
    const int count = int(qint64(megabytes) * 1024 * 1024 / entry.size());
    for (int i = 0; i < count; ++i)
        body += QByteArray(entry).replace("%1", QByteArray::number(i));
    return body + "</images>\n";
}

// A listing page of about `megabytes` MB in the given dialect's JSON shape.
QByteArray hugePage(Dialect dialect, int megabytes)
{
    const DemoImage& cirros = *DemoCatalog::standard().find(u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s);
    QJsonObject entry = cirros.glance;
    for (int p = 0; p < 20; ++p)
        entry.insert(u"custom_property_%1"_s.arg(p), u"a value that takes a little room, number %1"_s.arg(p));
    if (dialect == Dialect::Compute) {
        QJsonObject compute{{u"name"_s, entry.value(u"name"_s)},
                            {u"status"_s, u"ACTIVE"_s},
                            {u"minDisk"_s, 0},
                            {u"minRam"_s, 0},
                            {u"progress"_s, 100},
                            {u"created"_s, u"2014-05-05T17:15:10Z"_s},
                            {u"OS-EXT-IMG-SIZE:size"_s, 13167616}};
        QJsonObject metadata;
        for (int p = 0; p < 20; ++p)
            metadata.insert(u"custom_property_%1"_s.arg(p),
                            u"a value that takes a little room, number %1"_s.arg(p));
        compute.insert(u"metadata"_s, metadata);
        entry = compute;
    }
    const qsizetype entrySize = QJsonDocument(entry).toJson(QJsonDocument::Compact).size();
    const int count = int(qint64(megabytes) * 1024 * 1024 / entrySize);
    QByteArray body = "{\"images\": [";
    for (int i = 0; i < count; ++i) {
        entry.insert(u"id"_s, u"%1-%2"_s.arg(i, 8, 10, QChar(u'0')).arg(u"huge"_s));
        if (i)
            body += ',';
        body += QJsonDocument(entry).toJson(QJsonDocument::Compact);
    }
    body += "]}";
    return body;
}
} // namespace

// A 30 MB listing page (just under the 32 MB body cap) must neither make memory explode nor
// freeze the event loop (the GUI's).
class TestHugePayload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void thirtyMegabytePage_data();
    void thirtyMegabytePage();
};

void TestHugePayload::thirtyMegabytePage_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<bool>("xml");
    QTest::newRow("glance-v2") << int(Dialect::GlanceV2) << false;
    QTest::newRow("glance-v1") << int(Dialect::GlanceV1) << false;
    QTest::newRow("compute") << int(Dialect::Compute) << false;
    QTest::newRow("compute xml") << int(Dialect::Compute) << true;
}

void TestHugePayload::thirtyMegabytePage()
{
    QFETCH(int, dialect);
    QFETCH(bool, xml);
    QNetworkAccessManager nam;
    DemoCloud cloud;
    QVERIFY(cloud.start());
    const Dialect d = static_cast<Dialect>(dialect);
    const QByteArray body = xml ? hugeXmlPage(30) : hugePage(d, 30);
    const qint64 before = peakRssMb();
    auto adapter =
        createImageAdapter(d, &nam, {.url = cloud.endpoint(d), .token = cloud.token()}, {}, &cloud);
    QVERIFY(adapter.has_value());
    cloud.injectFault(
        {(*adapter)->endpoint().path(), 1,
         xml ? DemoResponse{200, {{"Content-Type", "application/xml"}}, body} : DemoResponse::json(body)});

    // The event loop keeps turning while the page is read and interpreted.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
    ImageListJob* job = (*adapter)->list({});
    sinceTick.start();
    ticker.start();
    QVERIFY(waitForJob(job, 60000));
    ticker.stop();
    QVERIFY2(job->result().has_value(), why(job->result()).constData());
    const qsizetype images = job->result()->images.size();
    QVERIFY(images > 10000);
    const qint64 growth = peakRssMb() - before;
    qInfo("%s: %lld MB page, %lld images, longest event-loop gap %lld ms, peak memory growth %lld MB",
          qPrintable(dialectName(d)), qint64(body.size() >> 20), qint64(images), longestGap, growth);
    QVERIFY2(longestGap < 750, "the event loop stalled while a huge page was interpreted");
    QVERIFY2(growth < 1200, "memory grew far beyond the page's size");
}

QTEST_GUILESS_MAIN(TestHugePayload)
#include "tst_hugepayload.moc"
