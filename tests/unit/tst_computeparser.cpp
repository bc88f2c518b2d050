// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/computeparser.h"
#include "image/imagerecordjson.h"
#include "image/nesting.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
QByteArray data(const QString& name)
{
    QFile file(QStringLiteral(SKYLIGHT_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data");
    return file.readAll();
}

HttpResponse response(const QByteArray& body, const QByteArray& type)
{
    return HttpResponse{200, QUrl(u"http://nova:8774/v2.1/images/x"_s), {{"Content-Type", type}}, body};
}

// An XML document `levels` elements deep: <image> (inside <images> for a list) and <a> elements
// inside it, the innermost holding `innermost`; `closed` false: the document stops there.
QByteArray nestedXml(int levels, bool list, const QByteArray& innermost = "x", bool closed = true)
{
    const int inside = levels - (list ? 2 : 1);
    QByteArray xml = "<?xml version='1.0'?>";
    if (list)
        xml += "<images>";
    xml += R"(<image id="deep" name="deep">)";
    xml += QByteArray("<a>").repeated(inside) + innermost;
    if (!closed)
        return xml;
    xml += QByteArray("</a>").repeated(inside) + "</image>";
    if (list)
        xml += "</images>";
    return xml;
}

Result<ImageRecord> parseDeep(const QByteArray& body, bool list)
{
    if (!list)
        return Compute::parseShow(response(body, "application/xml"), Dialect::Compute);
    auto page = Compute::parseList(response(body, "application/xml"), Dialect::Compute);
    if (!page)
        return std::unexpected(page.error());
    if (page->images.size() != 1)
        qFatal("one image expected");
    return page->images.first();
}

// How many objects the value of property "a" of `record` lies in, following "a" down.
int chainLength(const ImageRecord& record)
{
    int levels = 0;
    QJsonValue value = record.properties.value(u"a"_s);
    while (value.isObject()) {
        ++levels;
        value = value.toObject().value(u"a"_s);
    }
    return levels;
}
} // namespace

// The Compute family's image documents, driven by the API documents' own examples, and every
// kind of bad input each dialect can receive.
class TestComputeParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedExamples_data();
    void seedExamples();
    void jsonAndXmlAgree();
    void rackspaceExtras();
    void listWithNextLink_data();
    void listWithNextLink();
    void badInput_data();
    void badInput();
    void nullsEverywhere();
    void wrongTypesGiveNull();
    void deepXml_data();
    void deepXml();
    void deepXmlStopsAtTheLimit_data();
    void deepXmlStopsAtTheLimit();
};

void TestComputeParser::seedExamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("size"); // -1: absent
    QTest::addColumn<qint64>("minDisk");
    QTest::addColumn<qint64>("minRam");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QString>("propertyValue");
    QTest::newRow("compute json") << u"compute-v2-show-image.json"_s << QByteArray("application/json")
                                  << int(Dialect::Compute) << u"70a599e0-31e7-49b7-b260-868f441e862b"_s
                                  << u"fakeimage7"_s << qint64(-1) << qint64(0) << qint64(0) << u"kernel_id"_s
                                  << u"nokernel"_s;
    QTest::newRow("compute xml") << u"compute-v2-show-image.xml"_s << QByteArray("application/xml")
                                 << int(Dialect::Compute) << u"70a599e0-31e7-49b7-b260-868f441e862b"_s
                                 << u"fakeimage7"_s << qint64(-1) << qint64(0) << qint64(0)
                                 << u"architecture"_s << u"x86_64"_s;
    QTest::newRow("rackspace") << u"rackspace-show-image.json"_s << QByteArray("application/json")
                               << int(Dialect::Rackspace) << u"e3d37ab2-8dc0-4000-b773-b15aad79ad0a"_s
                               << u"voweb1-firstimage"_s << qint64(5562828800) << qint64(40) << qint64(1024)
                               << u"image_type"_s << u"snapshot"_s;
    QTest::newRow("huawei-ecs") << u"huawei-ecs-show-image.json"_s << QByteArray("application/json")
                                << int(Dialect::HuaweiEcs) << u"17a1890b-0fa4-485e-8505-14e294017988"_s
                                << u"cirror"_s << qint64(13167616) << qint64(0) << qint64(0)
                                << u"__os_version"_s << u"CentOS 4.4 32bit"_s;
}

void TestComputeParser::seedExamples()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, type);
    QFETCH(int, dialect);
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(qint64, size);
    QFETCH(qint64, minDisk);
    QFETCH(qint64, minRam);
    QFETCH(QString, property);
    QFETCH(QString, propertyValue);
    const auto record = Compute::parseShow(response(data(file), type), static_cast<Dialect>(dialect));
    QVERIFY2(record.has_value(), record ? "" : qPrintable(record.error().describe()));
    QCOMPARE(record->id, id);
    QCOMPARE(record->name, std::optional<QString>(name));
    QCOMPARE(record->status, std::optional<QString>(u"active"_s));
    QCOMPARE(record->progress, std::optional<int>(100));
    QCOMPARE(record->size.value_or(-1), size);
    QCOMPARE(record->minDisk, std::optional<qint64>(minDisk));
    QCOMPARE(record->minRam, std::optional<qint64>(minRam));
    QCOMPARE(record->properties.value(property).toString(), propertyValue);
    QCOMPARE(int(record->dialect), dialect);
    QCOMPARE(record->raw, data(file));
    const QJsonObject json = toContractJson(*record);
    QCOMPARE(json.keys().size(), contractKeys().size());
    QVERIFY(json.value(u"disk_format"_s).isNull()); // the Compute API does not say
    QVERIFY(json.value(u"checksum"_s).isNull());
    const std::optional<ImageLink> alternate = record->link(u"alternate"_s);
    QVERIFY(alternate.has_value());
    QCOMPARE(alternate->type, std::optional<QString>(u"application/vnd.openstack.image"_s));
    QVERIFY(record->link(u"self"_s).has_value());
    QVERIFY(record->link(u"bookmark"_s).has_value());
}

void TestComputeParser::jsonAndXmlAgree()
{
    auto json = Compute::parseShow(response(data(u"compute-v2-show-image.json"_s), "application/json"),
                                   Dialect::Compute);
    auto xml = Compute::parseShow(response(data(u"compute-v2-show-image.xml"_s), "application/xml"),
                                  Dialect::Compute);
    QVERIFY(json && xml);
    QJsonObject a = toContractJson(*json);
    QJsonObject b = toContractJson(*xml);
    QCOMPARE(a, b);
    QCOMPARE(xml->rawContentType, QByteArray("application/xml"));
}

void TestComputeParser::rackspaceExtras()
{
    const auto record = Compute::parseShow(response(data(u"rackspace-show-image.json"_s), "application/json"),
                                           Dialect::Rackspace);
    QVERIFY(record.has_value());
    QCOMPARE(record->properties.value(u"OS-DCF:diskConfig"_s).toString(), u"MANUAL"_s);
    QCOMPARE(record->properties.value(u"server"_s).toObject().value(u"id"_s).toString(),
             u"f879f81a-5455-4e57-a0aa-3773e21c2259"_s);
    QCOMPARE(record->properties.value(u"os_type"_s).toString(), u"windows"_s);
    QCOMPARE(isoUtc(record->createdAt), u"2013-06-07T16:38:49Z"_s);
}

void TestComputeParser::listWithNextLink_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("json")
        << QByteArray(R"({"images": [{"id": "a", "name": "one", "status": "SAVING", "progress": 50},
        {"id": "b", "name": "two", "status": "ACTIVE"}],
        "images_links": [{"rel": "next", "href": "http://nova:8774/v2.1/images/detail?limit=2&marker=b"}]})")
        << QByteArray("application/json");
    QTest::newRow("xml") << QByteArray(R"(<?xml version='1.0' encoding='UTF-8'?>
<images xmlns:atom="http://www.w3.org/2005/Atom" xmlns="http://docs.openstack.org/compute/api/v1.1">
  <image id="a" name="one" status="SAVING" progress="50"><metadata/></image>
  <image id="b" name="two" status="ACTIVE"/>
  <atom:link rel="next" href="http://nova:8774/v2.1/images/detail?limit=2&amp;marker=b"/>
</images>)") << QByteArray("application/xml");
}

void TestComputeParser::listWithNextLink()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, type);
    const auto page = Compute::parseList(response(body, type), Dialect::Compute);
    QVERIFY2(page.has_value(), page ? "" : qPrintable(page.error().describe()));
    QCOMPARE(page->images.size(), 2);
    QCOMPARE(page->images.at(0).status, std::optional<QString>(u"saving"_s));
    QCOMPARE(page->images.at(0).progress, std::optional<int>(50));
    QCOMPARE(page->images.at(1).name, std::optional<QString>(u"two"_s));
    QCOMPARE(page->next, QUrl(u"http://nova:8774/v2.1/images/detail?limit=2&marker=b"_s));
    QVERIFY(!page->images.at(0).raw.isEmpty());
}

void TestComputeParser::badInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<bool>("list");
    QTest::addColumn<int>("dialect");
    const QList<std::tuple<const char*, QByteArray, QByteArray, bool>> cases{
        {"json: empty", QByteArray(), "application/json", false},
        {"json: html with 200", "<html><body>Sign in</body></html>", "text/html", false},
        {"json: truncated", R"({"image": {"id": "a", "na)", "application/json", false},
        {"json: no image", R"({"images": []})", "application/json", false},
        {"json: image without id", R"({"image": {"name": "x"}})", "application/json", false},
        {"json: id of wrong type", R"({"image": {"id": 7}})", "application/json", false},
        {"json: image is a list", R"({"image": [1, 2]})", "application/json", false},
        {"json: list not array", R"({"images": {}})", "application/json", true},
        {"xml: empty", QByteArray(), "application/xml", false},
        {"xml: truncated", "<?xml version='1.0'?><image id=\"a\" name=\"x\"><metadata><meta key=\"k\">v",
         "application/xml", false},
        {"xml: wrong root", "<?xml version='1.0'?><server id=\"a\"/>", "application/xml", false},
        {"xml: no id", "<?xml version='1.0'?><image name=\"x\"/>", "application/xml", false},
        {"xml: list truncated", "<?xml version='1.0'?><images><image id=\"a\"/><image id=", "application/xml",
         true},
        {"xml: not xml at all", "\xff\xfe\x00<", "application/xml", true},
    };
    for (Dialect dialect : {Dialect::Compute, Dialect::Rackspace, Dialect::HuaweiEcs}) {
        for (const auto& [name, body, type, list] : cases)
            QTest::addRow("%s %s", qPrintable(dialectName(dialect)), name)
                << body << type << list << int(dialect);
    }
}

void TestComputeParser::badInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, type);
    QFETCH(bool, list);
    QFETCH(int, dialect);
    const Dialect d = static_cast<Dialect>(dialect);
    const ApiError error = list ? Compute::parseList(response(body, type), d).error()
                                : Compute::parseShow(response(body, type), d).error();
    QCOMPARE(error.kind, ApiError::Kind::BadPayload);
    QVERIFY(!error.message.isEmpty());
}

void TestComputeParser::wrongTypesGiveNull()
{
    const QByteArray body =
        R"({"image": {"id": "a", "name": ["x"], "status": 5, "created": 12, "minDisk": "many",
        "minRam": {}, "progress": "half", "OS-EXT-IMG-SIZE:size": "big", "links": "none", "metadata": [1]}})";
    const auto record = Compute::parseShow(response(body, "application/json"), Dialect::Compute);
    QVERIFY(record.has_value());
    QVERIFY(!record->name);
    QCOMPARE(record->status, std::optional<QString>(u"5"_s)); // a number is still a readable status
    QVERIFY(!record->createdAt);
    QVERIFY(!record->minDisk);
    QVERIFY(!record->minRam);
    QVERIFY(!record->progress);
    QVERIFY(!record->size);
    QVERIFY(record->links.isEmpty());
}

void TestComputeParser::nullsEverywhere()
{
    const QByteArray body =
        R"({"image": {"id": "a", "name": null, "status": null, "created": null, "updated": null,
        "minDisk": null, "minRam": null, "progress": null, "OS-EXT-IMG-SIZE:size": null, "links": null,
        "metadata": null, "OS-DCF:diskConfig": null, "server": null}})";
    const auto record = Compute::parseShow(response(body, "application/json"), Dialect::Rackspace);
    QVERIFY(record.has_value());
    const QJsonObject json = toContractJson(*record);
    for (const QString& key : {u"name"_s, u"status"_s, u"created_at"_s, u"updated_at"_s, u"min_disk"_s,
                               u"min_ram"_s, u"progress"_s, u"size"_s})
        QVERIFY2(json.value(key).isNull(), qPrintable(key));
    QCOMPARE(json.value(u"links"_s).toArray().size(), 0);
    QVERIFY(record->properties.value(u"OS-DCF:diskConfig"_s).isNull());
}

void TestComputeParser::deepXml_data()
{
    QTest::addColumn<bool>("list");
    QTest::addColumn<int>("levels"); // of the whole document
    QTest::addColumn<bool>("accepted");
    for (const bool list : {false, true}) {
        const char* command = list ? "list" : "show";
        for (const int levels : {Nesting::kMaxDepth - 1, Nesting::kMaxDepth, Nesting::kMaxDepth + 1, 20000})
            QTest::addRow("%s, %d levels", command, levels)
                << list << levels << (levels <= Nesting::kMaxDepth);
    }
}

// XML nested deeper than the limit (20,000 elements inside <image> once crashed show and list) is
// refused with a clear error; up to the limit it is read in full.
void TestComputeParser::deepXml()
{
    QFETCH(bool, list);
    QFETCH(int, levels);
    QFETCH(bool, accepted);
    const auto record = parseDeep(nestedXml(levels, list), list);
    if (!accepted) {
        QVERIFY(!record.has_value());
        QCOMPARE(record.error().kind, ApiError::Kind::BadPayload);
        QCOMPARE(record.error().message, u"The server's XML nests deeper than 64 levels; refused."_s);
        return;
    }
    QVERIFY2(record.has_value(), record ? "" : qPrintable(record.error().describe()));
    QCOMPARE(record->id, u"deep"_s);
    const int inside = levels - (list ? 2 : 1); // <a> elements: the property, then inner objects
    QCOMPARE(chainLength(*record), inside - 1);
    QJsonValue innermost = record->properties.value(u"a"_s);
    while (innermost.isObject())
        innermost = innermost.toObject().value(u"a"_s);
    QCOMPARE(innermost.toString(), u"x"_s);
    QVERIFY(Nesting::depth(record->properties, 1000) <= Nesting::kMaxDepth);
}

void TestComputeParser::deepXmlStopsAtTheLimit_data()
{
    QTest::addColumn<bool>("list");
    QTest::addColumn<QByteArray>("innermost");
    for (const bool list : {false, true}) {
        const char* command = list ? "list" : "show";
        QTest::addRow("%s, an element at level 65", command) << list << QByteArray("<a>");
        QTest::addRow("%s, a link at level 65", command) << list << QByteArray(R"(<link href="x"/>)");
        QTest::addRow("%s, garbage after level 65", command) << list << QByteArray("<a>\x01<<&&");
    }
}

// The walk stops at the first element past the limit: what follows is never read (here it would
// be malformed or missing XML, a different error).
void TestComputeParser::deepXmlStopsAtTheLimit()
{
    QFETCH(bool, list);
    QFETCH(QByteArray, innermost);
    const QByteArray body = nestedXml(Nesting::kMaxDepth, list, innermost, false);
    const auto record = parseDeep(body, list);
    QVERIFY(!record.has_value());
    QCOMPARE(record.error().message, u"The server's XML nests deeper than 64 levels; refused."_s);
    // Without the element past the limit the same truncated document is merely malformed.
    const auto truncated = parseDeep(nestedXml(Nesting::kMaxDepth, list, "x", false), list);
    QVERIFY(!truncated.has_value());
    QVERIFY2(truncated.error().message.contains(u"malformed XML"_s), qPrintable(truncated.error().message));
}

QTEST_GUILESS_MAIN(TestComputeParser)
#include "tst_computeparser.moc"
