// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "democloud/democatalog.h"
#include "democloud/democloud.h"
#include "democloud/demodigests.h"
#include "democloud/demolargeimages.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
constexpr qint64 kMiB = 1024 * 1024;
const QString kOneUnit = u"5a1e0001-d0c5-4b1a-9e11-000000000001"_s;
const QString kOnCeph = u"5a1e0002-d0c5-4b1a-9e11-000000000002"_s;

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentLength;
    QByteArray contentRange;
};
} // namespace

// The large images of `--demo`: generated as they are sent, with the checksums the catalog
// advertises, Range served (but by the one on a Ceph store), checksums computed once and cached,
// the rate bounded. Small sizes here (the unit is 1 MiB).
class TestDemoLargeImages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parseSize_data();
    void parseSize();
    void bytesAtAnyOffsetAreTheImages_data();
    void bytesAtAnyOffsetAreTheImages();
    void onlyTheDemoHasThem();
    void streamsDeterministicBytesWithTheAdvertisedHash();
    void rangeServesTheRest_data();
    void rangeServesTheRest();
    void digestsAreComputedOnceAndCached();
    void theRateIsBounded();

private:
    DemoLargeImages small() const;
    Reply get(DemoCloud& cloud, const QString& path, const QByteArray& range = {});

    QNetworkAccessManager m_nam;
    QTemporaryDir m_cache;
};

void TestDemoLargeImages::initTestCase()
{
    QVERIFY(m_cache.isValid());
}

DemoLargeImages TestDemoLargeImages::small() const
{
    DemoLargeImages large;
    large.enabled = true;
    large.unit = kMiB;
    large.bytesPerSecond = 0;
    large.cacheFolder = m_cache.path();
    return large;
}

Reply TestDemoLargeImages::get(DemoCloud& cloud, const QString& path, const QByteArray& range)
{
    QUrl url = cloud.baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("X-Auth-Token", cloud.token());
    if (!range.isEmpty())
        request.setRawHeader("Range", range);
    QNetworkReply* reply = m_nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(30000))
        qWarning("no answer");
    Reply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
              reply->rawHeader("Content-Length"), reply->rawHeader("Content-Range")};
    reply->deleteLater();
    return out;
}

void TestDemoLargeImages::parseSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("bytes") << u"1048576"_s << qint64(1048576);
    QTest::newRow("kibibytes") << u"512k"_s << qint64(512 * 1024);
    QTest::newRow("mebibytes") << u"32M"_s << 32 * kMiB;
    QTest::newRow("gibibytes") << u"4G"_s << 4 * 1024 * kMiB;
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("words") << u"fast"_s << qint64(-1);
    QTest::newRow("negative") << u"-1M"_s << qint64(-1);
    QTest::newRow("too large") << u"99999999G"_s << qint64(-1);
}

void TestDemoLargeImages::parseSize()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    QCOMPARE(DemoLargeImages::parseSize(text), bytes);
}

void TestDemoLargeImages::bytesAtAnyOffsetAreTheImages_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("length");
    QTest::newRow("start") << qint64(0) << qint64(100);
    QTest::newRow("inside a word") << qint64(3) << qint64(13);
    QTest::newRow("one byte") << qint64(4095) << qint64(1);
    QTest::newRow("to the end") << qint64(65530) << qint64(100);
    QTest::newRow("after the end") << qint64(70000) << qint64(10);
}

void TestDemoLargeImages::bytesAtAnyOffsetAreTheImages()
{
    QFETCH(qint64, offset);
    QFETCH(qint64, length);
    const DemoImage& fake7 = *DemoCatalog::standard().find(u"70a599e0-31e7-49b7-b260-868f441e862b"_s);
    QCOMPARE(fake7.bytes(offset, length), fake7.data().mid(offset, length));
}

void TestDemoLargeImages::onlyTheDemoHasThem()
{
    DemoCloud fake; // the test suite's: the standard catalog only
    QCOMPARE(fake.catalog().images().size(), DemoCatalog::standard().images().size());
    QVERIFY(!fake.catalog().find(kOneUnit));
    DemoCloud demo(small());
    QCOMPARE(demo.catalog().images().size(), DemoCatalog::standard().images().size() + 3);
    int streamed = 0;
    for (const DemoImage& image : demo.catalog().images())
        streamed += image.streamed ? 1 : 0;
    QCOMPARE(streamed, 3);
    QCOMPARE(demo.catalog().find(kOneUnit)->dataSize, kMiB);
}

void TestDemoLargeImages::streamsDeterministicBytesWithTheAdvertisedHash()
{
    DemoCloud cloud(small());
    QVERIFY(cloud.start());
    const Reply listed = get(cloud, u"/image/v2/images"_s, {});
    QCOMPARE(listed.status, 200);
    const Reply shown = get(cloud, u"/image/v2/images/"_s + kOneUnit);
    QCOMPARE(shown.status, 200);
    const QJsonObject image = QJsonDocument::fromJson(shown.body).object();
    QCOMPARE(image.value(u"size"_s).toInteger(), kMiB);
    QCOMPARE(image.value(u"os_hash_algo"_s).toString(), u"sha512"_s);

    const Reply file = get(cloud, u"/image/v2/images/%1/file"_s.arg(kOneUnit));
    QCOMPARE(file.status, 200);
    QCOMPARE(file.contentLength, QByteArray::number(kMiB));
    QCOMPARE(file.body.size(), kMiB);
    QCOMPARE(QCryptographicHash::hash(file.body, QCryptographicHash::Sha512).toHex(),
             image.value(u"os_hash_value"_s).toString().toLatin1());
    QCOMPARE(QCryptographicHash::hash(file.body, QCryptographicHash::Md5).toHex(),
             image.value(u"checksum"_s).toString().toLatin1());
    // Deterministic: the same bytes again, and from another cloud.
    DemoCloud other(small());
    QVERIFY(other.start());
    QCOMPARE(get(other, u"/image/v2/images/%1/file"_s.arg(kOneUnit)).body, file.body);
    // Image API v1 streams them too (whole: it serves no ranges).
    const Reply v1 = get(cloud, u"/image-v1/v1/images/"_s + kOneUnit);
    QCOMPARE(v1.status, 200);
    QCOMPARE(v1.body, file.body);
}

void TestDemoLargeImages::rangeServesTheRest_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("length");
    QTest::newRow("the rest") << kOneUnit << QByteArray("bytes=1000-") << 206 << qint64(1000) << kMiB - 1000;
    QTest::newRow("a slice") << kOneUnit << QByteArray("bytes=5-20") << 206 << qint64(5) << qint64(16);
    QTest::newRow("the last bytes") << kOneUnit << QByteArray("bytes=-10") << 206 << kMiB - 10 << qint64(10);
    QTest::newRow("after the end") << kOneUnit << QByteArray("bytes=2000000-") << 416 << qint64(0)
                                   << qint64(0);
    QTest::newRow("ceph refuses") << kOnCeph << QByteArray("bytes=1000-") << 400 << qint64(0) << qint64(0);
}

void TestDemoLargeImages::rangeServesTheRest()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, range);
    QFETCH(int, status);
    QFETCH(qint64, first);
    QFETCH(qint64, length);
    DemoCloud cloud(small());
    QVERIFY(cloud.start());
    const Reply reply = get(cloud, u"/image/v2/images/%1/file"_s.arg(id), range);
    QCOMPARE(reply.status, status);
    if (status != 206)
        return;
    const DemoImage& image = *cloud.catalog().find(id);
    QCOMPARE(reply.body, image.bytes(first, length));
    QCOMPARE(reply.contentRange, "bytes " + QByteArray::number(first) + '-' +
                                     QByteArray::number(first + length - 1) + '/' +
                                     QByteArray::number(image.dataSize));
}

void TestDemoLargeImages::digestsAreComputedOnceAndCached()
{
    QTemporaryDir cache;
    DemoLargeImages large = small();
    large.cacheFolder = cache.path();
    large.hashAtOnceBelow = 0; // as the real sizes are: on a worker, then cached
    {
        DemoCloud first(large);
        // Unknown at first: the list is served meanwhile, the checksum null.
        QTRY_VERIFY_WITH_TIMEOUT(!first.hashingLargeImages(), 60000);
        for (const DemoImage& streamed : first.catalog().images()) {
            if (streamed.streamed)
                QTRY_VERIFY(!streamed.glance.value(u"checksum"_s).toString().isEmpty());
        }
        const DemoImage& image = *first.catalog().find(kOneUnit);
        const DemoDigests::Digest expected = DemoDigests::compute(image);
        QCOMPARE(image.glance.value(u"checksum"_s).toString().toLatin1(), expected.md5);
        QCOMPARE(image.glance.value(u"os_hash_value"_s).toString().toLatin1(), expected.sha512);
        QCOMPARE(
            expected.sha512,
            QCryptographicHash::hash(image.bytes(0, image.dataSize), QCryptographicHash::Sha512).toHex());
        QVERIFY(QFile::exists(cache.filePath(u"demo-image-digests.ini"_s)));
    }
    // The next start reads them: no worker, known at once.
    DemoCloud second(large);
    QVERIFY(!second.hashingLargeImages());
    const DemoImage& image = *second.catalog().find(kOnCeph);
    QCOMPARE(image.glance.value(u"os_hash_value"_s).toString().toLatin1(),
             DemoDigests::compute(image).sha512);

    // Another size (or generator) is another key: not the cached digest.
    DemoDigests digests(cache.path());
    DemoImage larger = *second.catalog().find(kOneUnit);
    larger.dataSize = 2 * kMiB;
    QVERIFY(!digests.cached(larger));
}

void TestDemoLargeImages::theRateIsBounded()
{
    DemoLargeImages large = small();
    large.bytesPerSecond = kMiB; // 1 MiB/s: the 1 MiB image takes most of a second at least
    DemoCloud cloud(large);
    QVERIFY(cloud.start());
    QElapsedTimer clock;
    clock.start();
    const Reply file = get(cloud, u"/image/v2/images/%1/file"_s.arg(kOneUnit));
    QCOMPARE(file.body.size(), kMiB);
    // Never faster than the rate allows (a loaded machine is only slower): the first quarter
    // second's budget at most, then 1 MiB/s.
    QVERIFY2(clock.elapsed() >= 600, qPrintable(QString::number(clock.elapsed())));
}

QTEST_MAIN(TestDemoLargeImages)
#include "tst_demolargeimages.moc"
