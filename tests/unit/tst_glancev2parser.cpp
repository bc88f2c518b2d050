// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/glancev2parser.h"
#include "image/imagerecordjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
const QUrl kEndpoint(u"http://glance.example.com:9292"_s);

QByteArray seedExample()
{
    QFile file(QStringLiteral(SKYLIGHT_TEST_DATA "/glance-v2-show-image.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data");
    return file.readAll();
}

HttpResponse response(const QByteArray& body, const QByteArray& contentType = "application/json")
{
    return HttpResponse{
        200, QUrl(u"http://glance.example.com:9292/v2/images/x"_s), {{"Content-Type", contentType}}, body};
}
} // namespace

class TestGlanceV2Parser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedExampleFollowsTheContract();
    void unknownFieldsBecomeProperties();
    void nullsStayNull_data();
    void nullsStayNull();
    void wrongTypesGiveNull();
    void listWithNextLink();
    void listWithoutImagesArrayIsAnError();
    void listEntryWithoutIdIsSkipped();
    void badBodies_data();
    void badBodies();
    void serviceRoot_data();
    void serviceRoot();
};

void TestGlanceV2Parser::seedExampleFollowsTheContract()
{
    const auto record = GlanceV2::parseShow(response(seedExample()), kEndpoint);
    QVERIFY(record.has_value());
    const QJsonObject json = toContractJson(*record);

    QStringList keys = json.keys();
    QStringList expected = contractKeys();
    keys.sort();
    expected.sort();
    QCOMPARE(keys, expected);

    QCOMPARE(json.value(u"id"_s).toString(), u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s);
    QCOMPARE(json.value(u"name"_s).toString(), u"cirros-0.3.2-x86_64-disk"_s);
    QCOMPARE(json.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(json.value(u"size"_s).toInteger(), 13167616);
    QVERIFY(json.value(u"virtual_size"_s).isNull());
    QCOMPARE(json.value(u"disk_format"_s).toString(), u"qcow2"_s);
    QCOMPARE(json.value(u"container_format"_s).toString(), u"bare"_s);
    QCOMPARE(json.value(u"min_disk"_s).toInteger(), 0);
    QCOMPARE(json.value(u"min_ram"_s).toInteger(), 0);
    QCOMPARE(json.value(u"checksum"_s).toString(), u"64d7c1cd2b6f60c92c14662941cb7913"_s);
    QVERIFY(json.value(u"hash_algo"_s).isNull());
    QVERIFY(json.value(u"hash_value"_s).isNull());
    QCOMPARE(json.value(u"visibility"_s).toString(), u"public"_s);
    QCOMPARE(json.value(u"protected"_s).toBool(true), false);
    QCOMPARE(json.value(u"owner"_s).toString(), u"5ef70662f8b34079a6eddb8da9d75fe8"_s);
    QCOMPARE(json.value(u"created_at"_s).toString(), u"2014-05-05T17:15:10Z"_s);
    QCOMPARE(json.value(u"updated_at"_s).toString(), u"2014-05-05T17:15:11Z"_s);
    QCOMPARE(json.value(u"progress"_s).toInt(), 100);
    QCOMPARE(json.value(u"tags"_s).toArray(), QJsonArray());
    QCOMPARE(json.value(u"dialect"_s).toString(), u"glance-v2"_s);
    QCOMPARE(json.value(u"properties"_s).toObject(), QJsonObject());

    const QJsonArray links = json.value(u"links"_s).toArray();
    QCOMPARE(links.size(), 3);
    QCOMPARE(links.at(0).toObject().value(u"rel"_s).toString(), u"self"_s);
    QCOMPARE(links.at(0).toObject().value(u"href"_s).toString(),
             u"http://glance.example.com:9292/v2/images/1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s);
    QVERIFY(links.at(0).toObject().value(u"type"_s).isNull());
    QCOMPARE(links.at(1).toObject().value(u"rel"_s).toString(), u"file"_s);
    QCOMPARE(links.at(2).toObject().value(u"rel"_s).toString(), u"describedby"_s);

    QCOMPARE(record->raw, seedExample()); // the payload kept verbatim
}

void TestGlanceV2Parser::unknownFieldsBecomeProperties()
{
    QJsonObject object = QJsonDocument::fromJson(seedExample()).object();
    object.insert(u"os_distro"_s, u"cirros"_s);
    object.insert(u"hw_disk_bus"_s, u"virtio"_s);
    object.insert(u"a_future_field"_s, QJsonObject{{u"nested"_s, QJsonArray{1, 2}}});
    object.insert(u"description"_s, QJsonValue());
    object.insert(u"os_hash_algo"_s, u"sha512"_s);
    object.insert(u"os_hash_value"_s, u"abc"_s);
    const ImageRecord record = GlanceV2::parseImage(object, kEndpoint);
    QCOMPARE(record.properties.value(u"os_distro"_s).toString(), u"cirros"_s);
    QCOMPARE(record.properties.value(u"hw_disk_bus"_s).toString(), u"virtio"_s);
    QCOMPARE(record.properties.value(u"a_future_field"_s).toObject().value(u"nested"_s).toArray().size(), 2);
    QVERIFY(record.properties.contains(u"description"_s));
    QVERIFY(record.properties.value(u"description"_s).isNull());
    QVERIFY(!record.properties.contains(u"os_hash_algo"_s)); // normalised, not a property
    QVERIFY(!record.properties.contains(u"self"_s));
    QCOMPARE(record.hashAlgo, std::optional<QString>(u"sha512"_s));
    QCOMPARE(record.hashValue, std::optional<QString>(u"abc"_s));
}

void TestGlanceV2Parser::nullsStayNull_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("contractKey");
    for (const auto& [field, key] :
         QList<std::pair<QString, QString>>{{u"name"_s, u"name"_s},
                                            {u"container_format"_s, u"container_format"_s},
                                            {u"disk_format"_s, u"disk_format"_s},
                                            {u"updated_at"_s, u"updated_at"_s},
                                            {u"min_disk"_s, u"min_disk"_s},
                                            {u"min_ram"_s, u"min_ram"_s},
                                            {u"checksum"_s, u"checksum"_s},
                                            {u"owner"_s, u"owner"_s},
                                            {u"size"_s, u"size"_s},
                                            {u"virtual_size"_s, u"virtual_size"_s},
                                            {u"tags"_s, u"tags"_s},
                                            {u"protected"_s, u"protected"_s},
                                            {u"visibility"_s, u"visibility"_s},
                                            {u"created_at"_s, u"created_at"_s}}) {
        QTest::newRow(qPrintable(field)) << field << key;
    }
}

void TestGlanceV2Parser::nullsStayNull()
{
    QFETCH(QString, field);
    QFETCH(QString, contractKey);
    QJsonObject object = QJsonDocument::fromJson(seedExample()).object();
    object.insert(field, QJsonValue());
    const auto record = GlanceV2::parseShow(response(QJsonDocument(object).toJson()), kEndpoint);
    QVERIFY(record.has_value());
    QVERIFY(toContractJson(*record).value(contractKey).isNull());
    QVERIFY(!record->properties.contains(field));
}

void TestGlanceV2Parser::wrongTypesGiveNull()
{
    QJsonObject object = QJsonDocument::fromJson(seedExample()).object();
    object.insert(u"size"_s, u"many"_s);
    object.insert(u"min_ram"_s, QJsonArray{1});
    object.insert(u"created_at"_s, 12);
    object.insert(u"tags"_s, u"not-a-list"_s);
    const auto record = GlanceV2::parseShow(response(QJsonDocument(object).toJson()), kEndpoint);
    QVERIFY(record.has_value());
    QVERIFY(!record->size);
    QVERIFY(!record->minRam);
    QVERIFY(!record->createdAt);
    QVERIFY(!record->tags);
}

void TestGlanceV2Parser::listWithNextLink()
{
    const QJsonObject image = QJsonDocument::fromJson(seedExample()).object();
    QJsonObject second = image;
    second.insert(u"id"_s, u"2c7a4d1e-0000-4000-8000-000000000002"_s);
    const QJsonObject body{{u"images"_s, QJsonArray{image, second}},
                           {u"next"_s, u"/v2/images?limit=2&marker=1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s},
                           {u"first"_s, u"/v2/images?limit=2"_s},
                           {u"schema"_s, u"/v2/schemas/images"_s}};
    const auto page = GlanceV2::parseList(response(QJsonDocument(body).toJson()),
                                          QUrl(u"https://cloud.example.com/image"_s));
    QVERIFY(page.has_value());
    QCOMPARE(page->images.size(), 2);
    QCOMPARE(
        page->next,
        QUrl(
            u"https://cloud.example.com/image/v2/images?limit=2&marker=1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s));
    QCOMPARE(page->images.first().link(u"self"_s)->href,
             u"https://cloud.example.com/image/v2/images/1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s);
    // a list entry's raw payload is that entry, as JSON
    QCOMPARE(QJsonDocument::fromJson(page->images.first().raw).object(), image);
}

void TestGlanceV2Parser::listWithoutImagesArrayIsAnError()
{
    const auto page = GlanceV2::parseList(response(R"({"images": {"id": "x"}})"), kEndpoint);
    QVERIFY(!page.has_value());
    QCOMPARE(page.error().kind, ApiError::Kind::BadPayload);
    QVERIFY(page.error().message.contains(u"images"_s));
}

void TestGlanceV2Parser::listEntryWithoutIdIsSkipped()
{
    const auto page =
        GlanceV2::parseList(response(R"({"images": [{"id": "a"}, {"name": "no id"}]})"), kEndpoint);
    QVERIFY(page.has_value());
    QCOMPARE(page->images.size(), 1);
    QCOMPARE(page->images.first().id, u"a"_s);
    QCOMPARE(page->skipped.reasons, QStringList{u"entry 2 has no id"_s});
}

void TestGlanceV2Parser::badBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray() << QByteArray("application/json") << u"empty"_s;
    QTest::newRow("whitespace") << QByteArray(" \n ") << QByteArray("application/json") << u"empty"_s;
    QTest::newRow("html with 200") << QByteArray("<!DOCTYPE html><html><body>Login</body></html>")
                                   << QByteArray("text/html") << u"web page"_s;
    QTest::newRow("html mislabelled")
        << QByteArray("<html><body>proxy</body></html>") << QByteArray("application/json") << u"web page"_s;
    QTest::newRow("truncated") << QByteArray(R"({"id": "abc", "name": "cir)")
                               << QByteArray("application/json") << u"malformed"_s;
    QTest::newRow("array") << QByteArray("[1,2]") << QByteArray("application/json") << u"not an object"_s;
    QTest::newRow("no id") << QByteArray(R"({"name": "x"})") << QByteArray("application/json") << u"id"_s;
    QTest::newRow("numeric id") << QByteArray(R"({"id": 5})") << QByteArray("application/json") << u"id"_s;
}

void TestGlanceV2Parser::badBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, mentions);
    const auto record = GlanceV2::parseShow(response(body, contentType), kEndpoint);
    QVERIFY(!record.has_value());
    QCOMPARE(record.error().kind, ApiError::Kind::BadPayload);
    QVERIFY2(record.error().message.contains(mentions), qPrintable(record.error().message));
}

void TestGlanceV2Parser::serviceRoot_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("root");
    QTest::newRow("bare") << u"http://h:9292"_s << u"http://h:9292"_s;
    QTest::newRow("slash") << u"http://h:9292/"_s << u"http://h:9292"_s;
    QTest::newRow("v2") << u"http://h:9292/v2"_s << u"http://h:9292"_s;
    QTest::newRow("v2 slash") << u"http://h:9292/v2/"_s << u"http://h:9292"_s;
    QTest::newRow("prefix") << u"https://h/image"_s << u"https://h/image"_s;
    QTest::newRow("prefix v2.1") << u"https://h/image/v2.1"_s << u"https://h/image"_s;
}

void TestGlanceV2Parser::serviceRoot()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, root);
    QCOMPARE(GlanceV2::serviceRoot(QUrl(endpoint)).toString(), root);
}

QTEST_GUILESS_MAIN(TestGlanceV2Parser)
#include "tst_glancev2parser.moc"
