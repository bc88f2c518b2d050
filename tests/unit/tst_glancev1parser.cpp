// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/glancev1parser.h"
#include "image/imagerecordjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
QJsonObject seedEntry()
{
    QFile file(QStringLiteral(SKYLIGHT_TEST_DATA "/glance-v1-list.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data");
    return QJsonDocument::fromJson(file.readAll()).object().value(u"images"_s).toArray().first().toObject();
}

HttpResponse headResponse(const RawHeaderList& headers)
{
    return HttpResponse{200, QUrl(u"http://glance:9292/v1/images/x"_s), headers, {}};
}

RawHeaderList cirrosHeaders()
{
    return {{"x-image-meta-id", "1bea47ed-f6a9-463b-b423-14b9cca9ad27"},
            {"x-image-meta-name", "cirros-0.3.2-x86_64-disk"},
            {"x-image-meta-status", "active"},
            {"x-image-meta-size", "13167616"},
            {"x-image-meta-checksum", "64d7c1cd2b6f60c92c14662941cb7913"},
            {"x-image-meta-disk_format", "qcow2"},
            {"x-image-meta-container_format", "bare"},
            {"x-image-meta-is_public", "True"},
            {"x-image-meta-protected", "False"},
            {"x-image-meta-min_disk", "0"},
            {"x-image-meta-min_ram", "512"},
            {"x-image-meta-owner", "5ef70662f8b34079a6eddb8da9d75fe8"},
            {"x-image-meta-created_at", "2014-05-05T17:15:10.000000"},
            {"x-image-meta-updated_at", "2014-05-05T17:15:11.000000"},
            {"x-image-meta-deleted", "False"},
            {"x-image-meta-property-kernel_id", "nokernel"},
            {"X-Image-Meta-Property-OS_Distro", "cirros"},
            {"Location", "http://glance:9292/v1/images/1bea47ed-f6a9-463b-b423-14b9cca9ad27"}};
}
} // namespace

class TestGlanceV1Parser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedListEntry();
    void seedDocumentHasAPlaceholderEntry();
    void headersFollowTheContract();
    void noneAndEmptyHeadersAreNull_data();
    void noneAndEmptyHeadersAreNull();
    void duplicateHeadersFirstWins();
    void nonUtf8HeaderValue();
    void headersWithoutIdAreAnError();
    void isPublicFalseIsPrivate();
    void badListBodies_data();
    void badListBodies();
    void wrongTypesGiveNull();
};

void TestGlanceV1Parser::seedListEntry()
{
    const ImageRecord record = GlanceV1::parseImage(seedEntry());
    QCOMPARE(record.id, u""_s); // the published example carries no id, only a uri
    QCOMPARE(record.name, std::optional<QString>(u"Ubuntu 10.04 Plain 5GB"_s));
    QCOMPARE(record.size, std::optional<qint64>(5368709120)); // sent as a string
    QCOMPARE(record.diskFormat, std::optional<QString>(u"vhd"_s));
    QCOMPARE(record.containerFormat, std::optional<QString>(u"ovf"_s));
    QCOMPARE(record.checksum, std::optional<QString>(u"c2e5db72bd7fd153f53ede5da5a06de3"_s));
    QCOMPARE(isoUtc(record.createdAt), u"2010-02-03T09:34:01Z"_s);
    QCOMPARE(record.visibility, std::optional<QString>(u"public"_s));
    QCOMPARE(record.minRam, std::optional<qint64>(256));
    QCOMPARE(record.minDisk, std::optional<qint64>(5));
    QVERIFY(!record.owner.has_value());
    QCOMPARE(record.properties.value(u"distro"_s).toString(), u"Ubuntu 10.04 LTS"_s);
    QVERIFY(record.properties.contains(u"deleted_at"_s));
    QCOMPARE(record.link(u"self"_s)->href,
             u"http://glance.example.com/images/71c675ab-d94f-49cd-a114-e12490b328d9"_s);
    QCOMPARE(record.dialect, Dialect::GlanceV1);
}

void TestGlanceV1Parser::seedDocumentHasAPlaceholderEntry()
{
    QFile file(QStringLiteral(SKYLIGHT_TEST_DATA "/glance-v1-list.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto page =
        GlanceV1::parseList(HttpResponse{200, {}, {{"Content-Type", "application/json"}}, file.readAll()});
    // Neither entry has an id (the reference shows the first one's uri only): both left out, the
    // page itself read.
    QVERIFY(page.has_value());
    QVERIFY(page->images.isEmpty());
    QCOMPARE(page->skipped.reasons, (QStringList{u"entry 1 has no id"_s, u"entry 2 has no id"_s}));
}

void TestGlanceV1Parser::headersFollowTheContract()
{
    const auto record =
        GlanceV1::parseHeaders(headResponse(cirrosHeaders()),
                               QUrl(u"http://glance:9292/v1/images/1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s));
    QVERIFY(record.has_value());
    const QJsonObject json = toContractJson(*record);
    QCOMPARE(json.value(u"id"_s).toString(), u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s);
    QCOMPARE(json.value(u"size"_s).toInteger(), 13167616);
    QCOMPARE(json.value(u"visibility"_s).toString(), u"public"_s);
    QCOMPARE(json.value(u"protected"_s), QJsonValue(false));
    QCOMPARE(json.value(u"min_ram"_s).toInteger(), 512);
    QCOMPARE(json.value(u"created_at"_s).toString(), u"2014-05-05T17:15:10Z"_s);
    QCOMPARE(json.value(u"dialect"_s).toString(), u"glance-v1"_s);
    const QJsonObject properties = json.value(u"properties"_s).toObject();
    QCOMPARE(properties.value(u"kernel_id"_s).toString(), u"nokernel"_s);
    QCOMPARE(properties.value(u"os_distro"_s).toString(), u"cirros"_s); // header names are case-insensitive
    QCOMPARE(properties.value(u"deleted"_s).toString(), u"False"_s);
    QVERIFY(!properties.contains(u"id"_s));
    QCOMPARE(json.value(u"links"_s).toArray().size(), 1); // Location is the self link
    QVERIFY(record->raw.contains("x-image-meta-property-kernel_id: nokernel"));
    QCOMPARE(record->rawContentType, QByteArray("text/plain"));
}

void TestGlanceV1Parser::noneAndEmptyHeadersAreNull_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("None") << QByteArray("None");
    QTest::newRow("empty") << QByteArray("");
}

void TestGlanceV1Parser::noneAndEmptyHeadersAreNull()
{
    QFETCH(QByteArray, value);
    RawHeaderList headers = cirrosHeaders();
    for (auto& [name, headerValue] : headers) {
        if (name == "x-image-meta-owner" || name == "x-image-meta-checksum" || name == "x-image-meta-name" ||
            name == "x-image-meta-size")
            headerValue = value;
    }
    const auto record = GlanceV1::parseHeaders(headResponse(headers), {});
    QVERIFY(record.has_value());
    QVERIFY(!record->owner);
    QVERIFY(!record->checksum);
    QVERIFY(!record->name);
    QVERIFY(!record->size);
}

void TestGlanceV1Parser::duplicateHeadersFirstWins()
{
    RawHeaderList headers = cirrosHeaders();
    headers.append(RawHeader{"x-image-meta-name", "second"});
    headers.append(RawHeader{"x-image-meta-property-kernel_id", "other"});
    const auto record = GlanceV1::parseHeaders(headResponse(headers), {});
    QVERIFY(record.has_value());
    QCOMPARE(record->name, std::optional<QString>(u"cirros-0.3.2-x86_64-disk"_s));
    QCOMPARE(record->properties.value(u"kernel_id"_s).toString(), u"nokernel"_s);
}

void TestGlanceV1Parser::nonUtf8HeaderValue()
{
    RawHeaderList headers = cirrosHeaders();
    headers[1].second = "caf\xe9 image";                                                 // Latin-1, not UTF-8
    headers.append(RawHeader{"x-image-meta-property-note", "\xe6\x97\xa5\xe6\x9c\xac"}); // UTF-8
    const auto record = GlanceV1::parseHeaders(headResponse(headers), {});
    QVERIFY(record.has_value());
    QCOMPARE(record->name, std::optional<QString>(u"café image"_s));
    QCOMPARE(record->properties.value(u"note"_s).toString(), u"日本"_s);
}

void TestGlanceV1Parser::headersWithoutIdAreAnError()
{
    const auto record = GlanceV1::parseHeaders(headResponse({{"Content-Type", "text/html"}}), {});
    QVERIFY(!record.has_value());
    QCOMPARE(record.error().kind, ApiError::Kind::BadPayload);
    QVERIFY(record.error().message.contains(u"x-image-meta-id"_s));
}

void TestGlanceV1Parser::isPublicFalseIsPrivate()
{
    QJsonObject entry = seedEntry();
    entry.insert(u"id"_s, u"x"_s);
    entry.insert(u"is_public"_s, false);
    QCOMPARE(GlanceV1::parseImage(entry).visibility, std::optional<QString>(u"private"_s));
    entry.insert(u"created_at"_s, u"2024-02-06T15:36:25.000000"_s);
    QCOMPARE(isoUtc(GlanceV1::parseImage(entry).createdAt), u"2024-02-06T15:36:25Z"_s);
}

void TestGlanceV1Parser::badListBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("empty") << QByteArray() << QByteArray("application/json");
    QTest::newRow("html with 200") << QByteArray("<!DOCTYPE html><html>proxy login</html>")
                                   << QByteArray("text/html");
    QTest::newRow("truncated") << QByteArray(R"({"images": [{"id": "a", "name)")
                               << QByteArray("application/json");
    QTest::newRow("no images") << QByteArray(R"({"image": {}})") << QByteArray("application/json");
    // An entry without a usable id is left out, not an error: tst_skippedentries.
}

void TestGlanceV1Parser::badListBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, type);
    const auto page = GlanceV1::parseList(HttpResponse{200, {}, {{"Content-Type", type}}, body});
    QVERIFY(!page.has_value());
    QCOMPARE(page.error().kind, ApiError::Kind::BadPayload);
}

void TestGlanceV1Parser::wrongTypesGiveNull()
{
    const QByteArray body =
        R"({"images": [{"id": "a", "name": null, "size": "huge", "min_ram": [], "is_public": "maybe",
        "created_at": 5, "properties": "none", "protected": null, "checksum": null, "owner": null}]})";
    const auto page =
        GlanceV1::parseList(HttpResponse{200, {}, {{"Content-Type", "application/json"}}, body});
    QVERIFY(page.has_value());
    const ImageRecord& record = page->images.first();
    QVERIFY(!record.name);
    QVERIFY(!record.size);
    QVERIFY(!record.minRam);
    QVERIFY(!record.visibility);
    QVERIFY(!record.createdAt);
    QVERIFY(!record.isProtected);
    QVERIFY(!record.checksum);
    QVERIFY(!record.owner);
}

QTEST_GUILESS_MAIN(TestGlanceV1Parser)
#include "tst_glancev1parser.moc"
