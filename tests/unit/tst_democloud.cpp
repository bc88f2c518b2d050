// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "democloud/democatalog.h"
#include "democloud/democloud.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
const QString kCirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply* reply = nullptr; // for headers; deleted with the manager
};
} // namespace

// The fake cloud is a test fixture and the demo users see: it must behave as Glance does.
class TestDemoCloud : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void catalogIsRichEnough();
    void checksumsMatchTheBytes();
    void defaultPageIs25WithNext();
    void exactMultipleEndsOnEmptyPage();
    void limitIsCappedAt1000();
    void sortByName_data();
    void sortByName();
    void filters_data();
    void filters();
    void unknownMarkerIs400();
    void tokenIsRequired();
    void versionDocumentNeedsNoToken();
    void showUnknownIs404Html();
    void fileAndRanges_data();
    void fileAndRanges();
    void queuedImageHasNoData();
    void faultsAreServedThenCleared();
    void aSnapshotBeingSavedSettlesByTheClock();

private:
    Reply get(const QString& pathAndQuery, const QList<std::pair<QByteArray, QByteArray>>& headers = {},
              bool withToken = true);
    QJsonObject getJson(const QString& pathAndQuery);

    QNetworkAccessManager m_nam;
    DemoCloud m_cloud;
};

void TestDemoCloud::initTestCase()
{
    QVERIFY(m_cloud.start());
    QVERIFY(m_cloud.port() > 0);
}

Reply TestDemoCloud::get(const QString& pathAndQuery, const QList<std::pair<QByteArray, QByteArray>>& headers,
                         bool withToken)
{
    QNetworkRequest request(QUrl(m_cloud.baseUrl().toString() + pathAndQuery));
    if (withToken)
        request.setRawHeader("X-Auth-Token", m_cloud.token());
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = m_nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    return Reply{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply};
}

QJsonObject TestDemoCloud::getJson(const QString& pathAndQuery)
{
    const Reply reply = get(pathAndQuery);
    if (reply.status != 200)
        qWarning() << pathAndQuery << reply.status << reply.body.left(200);
    return QJsonDocument::fromJson(reply.body).object();
}

void TestDemoCloud::catalogIsRichEnough()
{
    const QList<DemoImage>& images = DemoCatalog::standard().images();
    QVERIFY(images.size() >= 40);
    QSet<QString> statuses, visibilities, diskFormats;
    int nonAscii = 0, nullNames = 0, withManyProperties = 0;
    for (const DemoImage& image : images) {
        statuses.insert(image.glance.value(u"status"_s).toString());
        visibilities.insert(image.glance.value(u"visibility"_s).toString());
        diskFormats.insert(image.glance.value(u"disk_format"_s).toString());
        const QString name = image.glance.value(u"name"_s).toString();
        if (image.glance.value(u"name"_s).isNull())
            ++nullNames;
        if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 127; }))
            ++nonAscii;
        if (image.glance.size() > 24)
            ++withManyProperties;
        QVERIFY(image.glance.value(u"created_at"_s).toString().endsWith(u'Z'));
    }
    QVERIFY(statuses.size() >= 6);
    QCOMPARE(visibilities.size(), 4);
    QVERIFY(diskFormats.size() >= 6);
    QVERIFY(nonAscii >= 3);
    QVERIFY(nullNames >= 1);
    QVERIFY(withManyProperties >= 5);
    QVERIFY(DemoCatalog::standard().find(kCirros));
    QVERIFY(DemoCatalog::standard().find(u"70a599e0-31e7-49b7-b260-868f441e862b"_s)); // fakeimage7
}

void TestDemoCloud::checksumsMatchTheBytes()
{
    int active = 0;
    for (const DemoImage& image : DemoCatalog::standard().images()) {
        if (!image.hasData())
            continue;
        ++active;
        const QByteArray bytes = image.data();
        QCOMPARE(bytes.size(), image.dataSize);
        QCOMPARE(image.glance.value(u"checksum"_s).toString().toLatin1(),
                 QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
        QCOMPARE(image.glance.value(u"os_hash_algo"_s).toString(), u"sha512"_s);
        QCOMPARE(image.glance.value(u"os_hash_value"_s).toString().toLatin1(),
                 QCryptographicHash::hash(bytes, QCryptographicHash::Sha512).toHex());
    }
    QVERIFY(active >= 20);
    // deterministic: the same bytes on every call
    QCOMPARE(DemoCatalog::standard().find(kCirros)->data().left(64),
             DemoCatalog::standard().find(kCirros)->data().left(64));
}

void TestDemoCloud::defaultPageIs25WithNext()
{
    const QJsonObject page = getJson(u"/image/v2/images"_s);
    QCOMPARE(page.value(u"images"_s).toArray().size(), 25);
    const QString next = page.value(u"next"_s).toString();
    QVERIFY2(next.startsWith(u"/v2/images?"_s), qPrintable(next));
    QVERIFY(next.contains(u"marker="_s));
    QCOMPARE(page.value(u"schema"_s).toString(), u"/v2/schemas/images"_s);
    const QJsonObject first = page.value(u"images"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"self"_s).toString(), u"/v2/images/"_s + first.value(u"id"_s).toString());
}

void TestDemoCloud::exactMultipleEndsOnEmptyPage()
{
    const int total = getJson(u"/image/v2/images?limit=1000"_s).value(u"images"_s).toArray().size();
    QVERIFY(total >= 40);
    QJsonObject page = getJson(u"/image/v2/images?limit=%1"_s.arg(total));
    QCOMPARE(page.value(u"images"_s).toArray().size(), total);
    const QString next = page.value(u"next"_s).toString();
    QVERIFY(!next.isEmpty());
    page = getJson(u"/image"_s + next);
    QCOMPARE(page.value(u"images"_s).toArray().size(), 0);
    QVERIFY(!page.contains(u"next"_s));
}

void TestDemoCloud::limitIsCappedAt1000()
{
    const QJsonObject page = getJson(u"/image/v2/images?limit=5000&visibility=all"_s);
    QCOMPARE(page.value(u"images"_s).toArray().size(), DemoCatalog::standard().images().size());
    QCOMPARE(get(u"/image/v2/images?limit=-1"_s).status, 400);
    QCOMPARE(get(u"/image/v2/images?limit=abc"_s).status, 400);
}

void TestDemoCloud::sortByName_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("ascending");
    QTest::newRow("sort asc") << u"sort=name:asc"_s << true;
    QTest::newRow("sort desc") << u"sort=name:desc"_s << false;
    QTest::newRow("sort_key/sort_dir") << u"sort_key=name&sort_dir=asc"_s << true;
}

void TestDemoCloud::sortByName()
{
    QFETCH(QString, query);
    QFETCH(bool, ascending);
    const QJsonArray images = getJson(u"/image/v2/images?limit=1000&"_s + query).value(u"images"_s).toArray();
    QVERIFY(images.size() >= 40);
    for (qsizetype i = 1; i < images.size(); ++i) {
        const QJsonValue a = images.at(i - 1).toObject().value(u"name"_s);
        const QJsonValue b = images.at(i).toObject().value(u"name"_s);
        if (a.isNull() || b.isNull())
            continue;
        QVERIFY(ascending ? a.toString() <= b.toString() : a.toString() >= b.toString());
    }
    QCOMPARE(get(u"/image/v2/images?sort=colour:asc"_s).status, 400);
}

void TestDemoCloud::filters_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("status") << u"status"_s << u"queued"_s;
    QTest::newRow("visibility") << u"visibility"_s << u"community"_s;
    QTest::newRow("name") << u"name"_s << u"cirros-0.3.2-x86_64-disk"_s;
    QTest::newRow("non-ASCII name") << u"name"_s << u"Образ CentOS для тестов"_s;
    QTest::newRow("custom property") << u"os_distro"_s << u"debian"_s;
}

void TestDemoCloud::filters()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    const QString query = key + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
    const QJsonArray images = getJson(u"/image/v2/images?limit=1000&"_s + query).value(u"images"_s).toArray();
    QVERIFY(!images.isEmpty());
    for (const QJsonValue& image : images)
        QCOMPARE(image.toObject().value(key).toString(), value);
}

void TestDemoCloud::unknownMarkerIs400()
{
    QCOMPARE(get(u"/image/v2/images?marker=nope"_s).status, 400);
}

void TestDemoCloud::tokenIsRequired()
{
    const Reply reply = get(u"/image/v2/images"_s, {}, false);
    QCOMPARE(reply.status, 401);
    QVERIFY(reply.body.contains("requires authentication"));
    QVERIFY(!reply.reply->rawHeader("x-openstack-request-id").isEmpty());
    QCOMPARE(get(u"/image/v2/images"_s, {{"X-Auth-Token", "wrong"}}, false).status, 401);
}

void TestDemoCloud::versionDocumentNeedsNoToken()
{
    const Reply reply = get(u"/image/"_s, {}, false);
    QCOMPARE(reply.status, 300);
    const QJsonArray versions = QJsonDocument::fromJson(reply.body).object().value(u"versions"_s).toArray();
    QVERIFY(!versions.isEmpty());
    QCOMPARE(versions.first().toObject().value(u"status"_s).toString(), u"CURRENT"_s);
}

void TestDemoCloud::showUnknownIs404Html()
{
    const Reply reply = get(u"/image/v2/images/nope"_s);
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.body.contains("No image found with ID nope"));
    QVERIFY(reply.reply->header(QNetworkRequest::ContentTypeHeader).toString().contains(u"html"_s));
}

void TestDemoCloud::fileAndRanges_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("length");
    const qint64 size = 13167616;
    QTest::newRow("whole") << QByteArray() << 200 << qint64(0) << size;
    QTest::newRow("from") << QByteArray("bytes=13000000-") << 206 << qint64(13000000) << size - 13000000;
    QTest::newRow("span") << QByteArray("bytes=10-19") << 206 << qint64(10) << qint64(10);
    QTest::newRow("suffix") << QByteArray("bytes=-100") << 206 << size - 100 << qint64(100);
    QTest::newRow("past end") << QByteArray("bytes=99999999-") << 416 << qint64(0) << qint64(0);
    QTest::newRow("multi") << QByteArray("bytes=0-1,5-6") << 400 << qint64(0) << qint64(0);
}

void TestDemoCloud::fileAndRanges()
{
    QFETCH(QByteArray, range);
    QFETCH(int, status);
    QFETCH(qint64, first);
    QFETCH(qint64, length);
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!range.isEmpty())
        headers.append({"Range", range});
    const Reply reply = get(u"/image/v2/images/%1/file"_s.arg(kCirros), headers);
    QCOMPARE(reply.status, status);
    if (status >= 400)
        return;
    const DemoImage* image = DemoCatalog::standard().find(kCirros);
    QCOMPARE(reply.body.size(), length);
    QCOMPARE(reply.body, image->data().mid(first, length));
    QCOMPARE(reply.reply->rawHeader("Content-MD5"), image->glance.value(u"checksum"_s).toString().toLatin1());
    if (status == 206) {
        QCOMPARE(reply.reply->rawHeader("Content-Range"), "bytes " + QByteArray::number(first) + '-' +
                                                              QByteArray::number(first + length - 1) +
                                                              "/13167616");
    }
}

void TestDemoCloud::queuedImageHasNoData()
{
    QCOMPARE(get(u"/image/v2/images/71c675ab-d94f-49cd-a114-e12490b328d9/file"_s).status, 204);
}

void TestDemoCloud::faultsAreServedThenCleared()
{
    m_cloud.injectFault({u"/image/v2/images"_s, 2, DemoResponse::htmlError(503, u"503"_s, u"busy"_s)});
    QCOMPARE(get(u"/image/v2/images"_s).status, 503);
    QCOMPARE(get(u"/image/v2/images/%1"_s.arg(kCirros)).status, 503);
    QCOMPARE(get(u"/image/v2/images"_s).status, 200);
}

// The image the window shows refreshing by itself: saving (no data) until 15 s after the clock was
// set, then active with bytes that match its checksums, in every dialect. Without a clock, never.
void TestDemoCloud::aSnapshotBeingSavedSettlesByTheClock()
{
    const QString id = DemoCatalog::savingImageId();
    const QString show = u"/image/v2/images/"_s + id;
    const QString compute = u"/compute/v2.1/images/"_s + id;
    QCOMPARE(getJson(show).value(u"status"_s).toString(), u"saving"_s);
    QCOMPARE(get(show + u"/file"_s).status, 204);
    QDateTime now(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
    m_cloud.setClock([&now] { return now; });
    now = now.addMSecs(DemoCatalog::kSavingImageSettlesAfterMs - 1);
    QCOMPARE(getJson(show).value(u"status"_s).toString(), u"saving"_s);
    QCOMPARE(getJson(compute).value(u"image"_s).toObject().value(u"status"_s).toString(), u"SAVING"_s);
    now = now.addMSecs(1);
    const QJsonObject saved = getJson(show);
    QCOMPARE(saved.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(getJson(compute).value(u"image"_s).toObject().value(u"status"_s).toString(), u"ACTIVE"_s);
    const Reply file = get(show + u"/file"_s);
    QCOMPARE(file.status, 200);
    QCOMPARE(file.body.size(), saved.value(u"size"_s).toInteger());
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(file.body, QCryptographicHash::Md5).toHex()),
             saved.value(u"checksum"_s).toString());
    // The catalog every test counts on stays as the demo starts.
    QCOMPARE(DemoCatalog::standard().find(id)->glance.value(u"status"_s).toString(), u"saving"_s);
    m_cloud.setClock({});
}

QTEST_GUILESS_MAIN(TestDemoCloud)
#include "tst_democloud.moc"
