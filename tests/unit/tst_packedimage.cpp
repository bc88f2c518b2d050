// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/imagerecordjson.h"
#include "image/packedimage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestPackedImage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrips_data();
    void roundTrips();
    void dropsOnlyThePayload();
    void isSmallerThanItsJson();
};

namespace {
ImageRecord full()
{
    ImageRecord record;
    record.id = u"70a599e0-31e7-49b7-b260-868f441e862b"_s;
    record.name = u"Образ 镜像 🚀"_s;
    record.status = u"active"_s;
    record.size = 13287936;
    record.virtualSize = 0;
    record.diskFormat = u"qcow2"_s;
    record.containerFormat = u"bare"_s;
    record.minDisk = 0;
    record.minRam = 512;
    record.checksum = u"d41d8cd98f00b204e9800998ecf8427e"_s;
    record.hashAlgo = u"sha512"_s;
    record.hashValue = QString(128, u'f');
    record.visibility = u"public"_s;
    record.isProtected = true;
    record.owner = u"5ef70662f8b34079a6eddb8da9d75fe8"_s;
    record.createdAt = QDateTime(QDate(2014, 5, 5), QTime(17, 15, 10, 123), QTimeZone::utc());
    record.updatedAt = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    record.progress = 100;
    record.tags = QStringList{u"golden"_s, u"ünïcode"_s};
    record.links = {{u"self"_s, u"http://127.0.0.1:9292/v2/images/70a599e0"_s, std::nullopt},
                    {u"file"_s, u"http://127.0.0.1:9292/v2/images/70a599e0/file"_s, std::nullopt},
                    {u"describedby"_s, u"http://127.0.0.1:9292/v2/schemas/image"_s, u"application/json"_s}};
    record.properties = QJsonObject{{u"os_distro"_s, u"ubuntu"_s},
                                    {u"nested"_s, QJsonObject{{u"a"_s, QJsonArray{1, u"b"_s, QJsonValue()}}}},
                                    {u"number"_s, 1.5},
                                    {u"flag"_s, false},
                                    {u"nothing"_s, QJsonValue()}};
    record.dialect = Dialect::GlanceV2;
    record.rawContentType = "application/json";
    return record;
}
} // namespace

void TestPackedImage::roundTrips_data()
{
    QTest::addColumn<ImageRecord>("record");
    QTest::newRow("every field") << full();
    ImageRecord bare;
    bare.id = u"only-an-id"_s;
    QTest::newRow("only an id") << bare;
    ImageRecord empty = full();
    empty.name = QString(u""_s);
    empty.tags = QStringList();
    empty.checksum = u"NOT-HEX-and-odd"_s;
    empty.hashValue = u"ABCDEF"_s; // upper case: kept as text, not lowered
    empty.isProtected = false;
    empty.dialect = Dialect::HuaweiEcs;
    QTest::newRow("empty values are not absent ones") << empty;
    ImageRecord links = full();
    links.links = {
        {u"bookmark"_s, u"https://compute.example/v2/820712/images/x"_s, std::nullopt},
        {u"alternate"_s, u"https://glance.example/820712/images/x"_s, u"application/vnd.openstack.image"_s},
        {u"self"_s, u"short"_s, std::nullopt}};
    QTest::newRow("links sharing little") << links;
}

void TestPackedImage::roundTrips()
{
    QFETCH(ImageRecord, record);
    const ImageRecord back = unpackImage(packImage(record));
    QCOMPARE(toContractJson(back), toContractJson(record));
    QCOMPARE(back.links, record.links);
    QCOMPARE(back.isProtected, record.isProtected);
    QCOMPARE(back.name, record.name);
    QCOMPARE(back.tags, record.tags);
    QCOMPARE(back.checksum, record.checksum);
    QCOMPARE(back.dialect, record.dialect);
    QCOMPARE(back.rawContentType, record.rawContentType);
}

void TestPackedImage::dropsOnlyThePayload()
{
    ImageRecord record = full();
    record.raw = R"({"id": "70a599e0"})";
    const ImageRecord back = unpackImage(packImage(record));
    QVERIFY(back.raw.isEmpty());
    QCOMPARE(back.id, record.id);
    QCOMPARE(unpackImage({}).id, QString());
}

void TestPackedImage::isSmallerThanItsJson()
{
    const ImageRecord record = full();
    const qsizetype json = QJsonDocument(toContractJson(record)).toJson(QJsonDocument::Compact).size();
    const qsizetype packed = packImage(record).size();
    QVERIFY2(packed * 10 < json * 6, qPrintable(u"%1 bytes packed, %2 as JSON"_s.arg(packed).arg(json)));
}

QTEST_GUILESS_MAIN(TestPackedImage)
#include "tst_packedimage.moc"
