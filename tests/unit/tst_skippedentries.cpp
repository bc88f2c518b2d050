// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// A listing page with entries that cannot be read: each dialect's parser leaves them out, keeps
// the good ones and says why, entry by entry; a page whose structure is wrong stays an error.
#include "adapters/computeparser.h"
#include "adapters/glancev1parser.h"
#include "adapters/glancev2parser.h"
#include "cli/skippedwarning.h"
#include "image/entrycheck.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
enum class Parser
{
    GlanceV2,
    GlanceV1,
    ComputeJson,
    ComputeXml,
};

Result<ImagePage> parse(Parser parser, const QByteArray& entries)
{
    const QByteArray json = "application/json";
    switch (parser) {
    case Parser::GlanceV2:
        return GlanceV2::parseList(HttpResponse{200,
                                                QUrl(u"http://glance:9292/v2/images"_s),
                                                {{"Content-Type", json}},
                                                R"({"images": [)" + entries + "]}"},
                                   QUrl(u"http://glance:9292"_s));
    case Parser::GlanceV1:
        return GlanceV1::parseList(HttpResponse{200,
                                                QUrl(u"http://glance:9292/v1/images/detail"_s),
                                                {{"Content-Type", json}},
                                                R"({"images": [)" + entries + "]}"});
    case Parser::ComputeJson:
        return Compute::parseList(HttpResponse{200,
                                               QUrl(u"http://nova:8774/v2.1/images/detail"_s),
                                               {{"Content-Type", json}},
                                               R"({"images": [)" + entries + "]}"},
                                  Dialect::Compute);
    case Parser::ComputeXml:
        return Compute::parseList(HttpResponse{200,
                                               QUrl(u"http://nova:8774/v2.1/images/detail"_s),
                                               {{"Content-Type", "application/xml"}},
                                               "<?xml version='1.0' encoding='UTF-8'?>\n<images "
                                               "xmlns=\"http://docs.openstack.org/compute/api/v1.1\">" +
                                                   entries + "</images>"},
                                  Dialect::Compute);
    }
    return std::unexpected(ApiError::make(ApiError::Kind::BadPayload, u"no such parser"_s));
}

QStringList ids(const ImagePage& page)
{
    QStringList result;
    for (const ImageRecord& record : page.images)
        result.append(record.id);
    return result;
}
} // namespace

class TestSkippedEntries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badEntryInTheMiddle_data();
    void badEntryInTheMiddle();
    void reasonsAreCapped_data();
    void reasonsAreCapped();
    void repeatedLongIdIsCut();
    void wholePageStillAnError_data();
    void wholePageStillAnError();
    void glanceV1ReferencePlaceholder();
    void warningLine_data();
    void warningLine();
};

void TestSkippedEntries::badEntryInTheMiddle_data()
{
    QTest::addColumn<int>("parser");
    QTest::addColumn<QByteArray>("entries");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("reasons");

    const QList<std::pair<const char*, Parser>> jsonParsers{{"glance v2", Parser::GlanceV2},
                                                            {"glance v1", Parser::GlanceV1},
                                                            {"compute json", Parser::ComputeJson}};
    const QList<std::tuple<const char*, QByteArray, QStringList, QStringList>> jsonCases{
        {"no id",
         R"({"id": "a"}, {"name": "nameless"}, {"id": "c"})",
         {u"a"_s, u"c"_s},
         {u"entry 2 has no id"_s}},
        {"null id", R"({"id": "a"}, {"id": null}, {"id": "c"})", {u"a"_s, u"c"_s}, {u"entry 2 has no id"_s}},
        {"not an object",
         R"({"id": "a"}, "b", {"id": "c"})",
         {u"a"_s, u"c"_s},
         {u"entry 2 is not an object"_s}},
        {"array entry",
         R"({"id": "a"}, [1], {"id": "c"})",
         {u"a"_s, u"c"_s},
         {u"entry 2 is not an object"_s}},
        {"number id",
         R"({"id": "a"}, {"id": 7}, {"id": "c"})",
         {u"a"_s, u"c"_s},
         {u"entry 2 has an id that is not a string"_s}},
        {"empty id",
         R"({"id": "a"}, {"id": ""}, {"id": "c"})",
         {u"a"_s, u"c"_s},
         {u"entry 2 has an empty id"_s}},
        {"repeated id",
         R"({"id": "a"}, {"id": "b"}, {"id": "a"}, {"id": "c"})",
         {u"a"_s, u"b"_s, u"c"_s},
         {u"entry 3 repeats the id \"a\" of entry 1"_s}},
        {"several",
         R"({"id": "a"}, {}, {"id": "b"}, 5, {"id": "b"}, {"id": "c"})",
         {u"a"_s, u"b"_s, u"c"_s},
         {u"entry 2 has no id"_s, u"entry 4 is not an object"_s,
          u"entry 5 repeats the id \"b\" of entry 3"_s}},
    };
    for (const auto& [parserName, parser] : jsonParsers) {
        for (const auto& [caseName, entries, expectedIds, reasons] : jsonCases)
            QTest::addRow("%s: %s", parserName, caseName) << int(parser) << entries << expectedIds << reasons;
    }
    const QList<std::tuple<const char*, QByteArray, QStringList, QStringList>> xmlCases{
        {"no id",
         R"(<image id="a"/><image name="nameless"/><image id="c"/>)",
         {u"a"_s, u"c"_s},
         {u"entry 2 has no id"_s}},
        {"empty id",
         R"(<image id="a"/><image id=""><metadata/></image><image id="c"/>)",
         {u"a"_s, u"c"_s},
         {u"entry 2 has an empty id"_s}},
        {"repeated id",
         R"(<image id="a"/><image id="b"/><image id="a"/><image id="c"/>)",
         {u"a"_s, u"b"_s, u"c"_s},
         {u"entry 3 repeats the id \"a\" of entry 1"_s}},
        {"other elements are not entries",
         R"(<image id="a"/><server id="x"/><image/><image id="c"/>)",
         {u"a"_s, u"c"_s},
         {u"entry 2 has no id"_s}},
    };
    for (const auto& [caseName, entries, expectedIds, reasons] : xmlCases)
        QTest::addRow("compute xml: %s", caseName)
            << int(Parser::ComputeXml) << entries << expectedIds << reasons;
}

void TestSkippedEntries::badEntryInTheMiddle()
{
    QFETCH(int, parser);
    QFETCH(QByteArray, entries);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, reasons);
    const auto page = parse(static_cast<Parser>(parser), entries);
    QVERIFY2(page.has_value(), page ? "" : qPrintable(page.error().describe()));
    QCOMPARE(::ids(*page), ids);
    QCOMPARE(page->skipped.count, reasons.size());
    QCOMPARE(page->skipped.reasons, reasons);
    for (const ImageRecord& record : page->images)
        QVERIFY(!record.raw.isEmpty());
}

void TestSkippedEntries::reasonsAreCapped_data()
{
    QTest::addColumn<int>("parser");
    QTest::addColumn<QByteArray>("entries");
    QByteArray json = R"({"id": "good"})";
    QByteArray xml = R"(<image id="good"/>)";
    for (int i = 0; i < 50; ++i) {
        json += R"(, {"name": "x"})";
        xml += R"(<image name="x"/>)";
    }
    QTest::newRow("glance v2") << int(Parser::GlanceV2) << json;
    QTest::newRow("glance v1") << int(Parser::GlanceV1) << json;
    QTest::newRow("compute json") << int(Parser::ComputeJson) << json;
    QTest::newRow("compute xml") << int(Parser::ComputeXml) << xml;
}

void TestSkippedEntries::reasonsAreCapped()
{
    QFETCH(int, parser);
    QFETCH(QByteArray, entries);
    const auto page = parse(static_cast<Parser>(parser), entries);
    QVERIFY(page.has_value());
    QCOMPARE(::ids(*page), QStringList{u"good"_s});
    QCOMPARE(page->skipped.count, 50);
    QCOMPARE(page->skipped.reasons.size(), SkippedEntries::kMaxReasons);
    QCOMPARE(page->skipped.reasons.first(), u"entry 2 has no id"_s);
    QCOMPARE(page->skipped.reasons.last(), u"entry %1 has no id"_s.arg(SkippedEntries::kMaxReasons + 1));
}

void TestSkippedEntries::repeatedLongIdIsCut()
{
    const QString id = QString(1000, u'x');
    EntryCheck check;
    QVERIFY(!check.problem(1, QJsonObject{{u"id"_s, id}}));
    const auto problem = check.problem(2, QJsonObject{{u"id"_s, id}});
    QVERIFY(problem);
    QCOMPARE(*problem, u"entry 2 repeats the id \""_s + QString(40, u'x') + u"…\" of entry 1"_s);
    // Placeholders in the server's id stay as they are.
    QVERIFY(!check.problem(3, QJsonObject{{u"id"_s, u"%3%1"_s}}));
    QCOMPARE(check.problem(4, QJsonObject{{u"id"_s, u"%3%1"_s}}),
             u"entry 4 repeats the id \"%3%1\" of entry 3"_s);
}

void TestSkippedEntries::wholePageStillAnError_data()
{
    QTest::addColumn<int>("parser");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("type");
    for (const auto& [name, parser] :
         QList<std::pair<const char*, Parser>>{{"glance v2", Parser::GlanceV2},
                                               {"glance v1", Parser::GlanceV1},
                                               {"compute json", Parser::ComputeJson}}) {
        QTest::addRow("%s: no images array", name)
            << int(parser) << QByteArray(R"({"image": []})") << QByteArray("application/json");
        QTest::addRow("%s: images not an array", name)
            << int(parser) << QByteArray(R"({"images": {"id": "a"}})") << QByteArray("application/json");
        QTest::addRow("%s: not json", name)
            << int(parser) << QByteArray(R"({"images": [{"id": "a"},)") << QByteArray("application/json");
    }
    QTest::newRow("compute xml: wrong root")
        << int(Parser::ComputeXml) << QByteArray("<?xml version='1.0'?><servers/>")
        << QByteArray("application/xml");
    QTest::newRow("compute xml: truncated")
        << int(Parser::ComputeXml) << QByteArray("<?xml version='1.0'?><images><image id=\"a\"/><ima")
        << QByteArray("application/xml");
}

void TestSkippedEntries::wholePageStillAnError()
{
    QFETCH(int, parser);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, type);
    const HttpResponse response{200, QUrl(u"http://cloud/images"_s), {{"Content-Type", type}}, body};
    Result<ImagePage> page;
    switch (static_cast<Parser>(parser)) {
    case Parser::GlanceV2:
        page = GlanceV2::parseList(response, QUrl(u"http://cloud"_s));
        break;
    case Parser::GlanceV1:
        page = GlanceV1::parseList(response);
        break;
    case Parser::ComputeJson:
    case Parser::ComputeXml:
        page = Compute::parseList(response, Dialect::Compute);
        break;
    }
    QVERIFY(!page.has_value());
    QCOMPARE(page.error().kind, ApiError::Kind::BadPayload);
}

// The Image API v1 reference's list example: one image (without "id": the reference shows only
// its uri) and a placeholder entry {"...": "..."}. With an id added to the first, the placeholder
// alone is left out.
void TestSkippedEntries::glanceV1ReferencePlaceholder()
{
    QFile file(QStringLiteral(SKYLIGHT_TEST_DATA "/glance-v1-list-placeholder.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto page = GlanceV1::parseList(HttpResponse{200,
                                                       QUrl(u"http://glance:9292/v1/images/detail"_s),
                                                       {{"Content-Type", "application/json"}},
                                                       file.readAll()});
    QVERIFY2(page.has_value(), page ? "" : qPrintable(page.error().describe()));
    QCOMPARE(::ids(*page), QStringList{u"71c675ab-d94f-49cd-a114-e12490b328d9"_s});
    QCOMPARE(page->images.first().name, std::optional<QString>(u"Ubuntu 10.04 Plain 5GB"_s));
    QCOMPARE(page->skipped.reasons, QStringList{u"entry 2 has no id"_s});
}

void TestSkippedEntries::warningLine_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<qsizetype>("count");
    QTest::addColumn<QStringList>("reasons");
    QTest::addColumn<QString>("line");
    QTest::newRow("two")
        << 3 << qsizetype(2) << QStringList{u"entry 7 has no id"_s, u"entry 9 is not an object"_s}
        << u"warning: 2 entries of page 3 could not be read: entry 7 has no id, entry 9 is not "
           u"an object\n"_s;
    QTest::newRow("one") << 1 << qsizetype(1) << QStringList{u"entry 2 has an empty id"_s}
                         << u"warning: 1 entry of page 1 could not be read: entry 2 has an empty id\n"_s;
    QTest::newRow("more than the reasons")
        << 2 << qsizetype(45) << QStringList{u"entry 1 has no id"_s}
        << u"warning: 45 entries of page 2 could not be read: entry 1 has no id, and 44 more\n"_s;
    QTest::newRow("server text escaped")
        << 1 << qsizetype(1) << QStringList{u"entry 2 repeats the id \"\x1b]0;owned\x07\" of entry 1"_s}
        << u"warning: 1 entry of page 1 could not be read: entry 2 repeats the id \"\\x1b]0;owned\\x07\" of "
           u"entry 1\n"_s;
}

void TestSkippedEntries::warningLine()
{
    QFETCH(int, page);
    QFETCH(qsizetype, count);
    QFETCH(QStringList, reasons);
    QFETCH(QString, line);
    QCOMPARE(skippedEntriesWarning(page, count, reasons), line);
}

QTEST_GUILESS_MAIN(TestSkippedEntries)
#include "tst_skippedentries.moc"
