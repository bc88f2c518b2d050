// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/glancev2parser.h"
#include "image/jsonpagescanner.h"
#include "image/pendingentries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

// Reading a listing page entry by entry (JsonPageScanner, PendingEntries): what it accepts Qt's
// reader accepts too, its entries are the array's, and what it refuses is left to Qt's reader.
class TestJsonPageScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scan_data();
    void scan();
    void deepNestingIsLeftToQt();
    void manyTopLevelKeysAreLeftToQt();
    void pageReadEntryByEntryEqualsThePageReadWhole_data();
    void pageReadEntryByEntryEqualsThePageReadWhole();
    void badEntriesAreSkippedOneByOne();
};

void TestJsonPageScanner::scan_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("scanned"); // false: left to Qt's reader
    const auto row = [](const char* name, const QByteArray& json, bool scanned) {
        QTest::newRow(name) << json << scanned;
    };
    row("page", R"({"images": [{"id": "a"}, {"id": "b"}], "next": "/v2/images?marker=b"})", true);
    row("empty object", "{}", true);
    row("empty array", R"({"images": []})", true);
    row("no images key", R"({"servers": [1]})", true);
    row("images not an array", R"({"images": {"id": "a"}})", true);
    row("whitespace everywhere",
        " \r\n\t{ \"images\" :\n[ 1 , \"x\" ,null,true,false,{},[] ] , \"a\":-0.5e+7 }\n ", true);
    row("escapes", R"({"images": [{"n": "\"\\\/\b\f\n\r\t\u00e9\uD83D\uDE00"}]})", true);
    row("utf-8", "{\"images\": [{\"n\": \"caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80\"}]}", true);
    row("numbers", R"({"a": [0, -0, 1, -12, 1.5, 1e5, 1E-5, 0.25e+3]})", true);
    row("array at the top", R"([{"id": "a"}])", false);
    row("scalar at the top", R"("images")", false);
    row("empty text", "", false);
    row("byte order mark", "\xef\xbb\xbf{}", false);
    row("garbage after", R"({"images": []} x)", false);
    row("two objects", R"({} {})", false);
    row("cut short", R"({"images": [{"id": "a"})", false);
    row("missing comma", R"({"images": [{"id": "a"} {"id": "b"}]})", false);
    row("trailing comma", R"({"images": [1, 2,]})", false);
    row("trailing comma in object", R"({"a": 1,})", false);
    row("leading zero", R"({"a": 01})", false);
    row("bare minus", R"({"a": -})", false);
    row("dot without digits", R"({"a": 1.})", false);
    row("exponent without digits", R"({"a": 1e})", false);
    row("plus sign", R"({"a": +1})", false);
    row("number too large for a double", "{\"[\":\n\n\n1e999\n}", false); // found by fuzz_jsonpagescanner
    row("large but finite", R"({"a": 1e308, "b": 123456789012345678901234567890})", true);
    row("bad literal", R"({"a": tru})", false);
    row("single quotes", R"({'a': 1})", false);
    row("control character in a string", "{\"a\": \"x\ty\"}", false);
    row("bad escape", R"({"a": "\x41"})", false);
    row("short unicode escape", R"({"a": "\u12"})", false);
    row("unquoted key", R"({a: 1})", false);
    row("overlong utf-8", "{\"a\": \"\xc0\xaf\"}", false);
    row("utf-8 surrogate", "{\"a\": \"\xed\xa0\x80\"}", false);
    row("utf-8 past U+10FFFF", "{\"a\": \"\xf4\x90\x80\x80\"}", false);
    row("utf-8 cut", "{\"a\": \"\xe4\xb8\"}", false);
    row("non-ASCII outside strings", "{\"a\": 1\xc2\xa0}", false);
    row("key twice", R"({"images": [], "images": [1]})", false);
    row("key with escapes", R"({"im\u0061ges": [1]})", false);
    row("NUL byte", QByteArray("{\"a\": 1}\0", 9), false);
}

void TestJsonPageScanner::scan()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, scanned);
    const auto page = JsonPageScanner::scan(json, "images");
    QCOMPARE(page.has_value(), scanned);
    if (!page)
        return;
    // What it accepts, Qt accepts; the entries are the array's, each readable alone.
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonValue images = document.object().value(u"images"_s);
    QCOMPARE(page->hasArray(), images.isArray());
    QCOMPARE(page->elements().size(), images.toArray().size());
    for (qsizetype i = 0; i < page->elements().size(); ++i) {
        const QByteArray element = '[' + page->elements().at(i).in(json).toByteArray() + ']';
        const QJsonDocument alone = QJsonDocument::fromJson(element, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(alone.array().at(0), images.toArray().at(i));
    }
    QJsonObject rest = document.object();
    rest.remove(u"images"_s);
    QCOMPARE(QJsonDocument::fromJson(page->objectWithout("images")).object(), rest);
}

void TestJsonPageScanner::deepNestingIsLeftToQt()
{
    const auto nested = [](int depth) -> QByteArray {
        return "{\"images\": [" + QByteArray(depth, '[') + QByteArray(depth, ']') + "]}";
    };
    QVERIFY(JsonPageScanner::scan(nested(100), "images").has_value());
    QVERIFY(!JsonPageScanner::scan(nested(1100), "images").has_value());
    QVERIFY(!JsonPageScanner::scan(nested(200000), "images").has_value()); // no stack overflow
}

void TestJsonPageScanner::manyTopLevelKeysAreLeftToQt()
{
    QByteArray json = "{";
    for (int i = 0; i < 5000; ++i)
        json += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\": 1";
    json += "}";
    QVERIFY(!JsonPageScanner::scan(json, "images").has_value());
    QVERIFY(JsonPageScanner::scan(R"({"a": 1, "b": 2, "images": []})", "images").has_value());
}

void TestJsonPageScanner::pageReadEntryByEntryEqualsThePageReadWhole_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("plain") << QByteArray(
        R"({"images": [{"id": "a", "name": "one", "os_distro": "x", "tags": ["t"]},)"
        R"( {"id": "b", "status": "ACTIVE", "self": "/v2/images/b", "file": "/v2/images/b/file"}],)"
        R"( "next": "/v2/images?marker=b", "schema": "/v2/schemas/images"})");
    QTest::newRow("bad entries") << QByteArray(
        R"({"next": "/v2/images?marker=c", "images": [{"name": "no id"}, 7, {"id": "a"}, {"id": "a"}, [], {"id": ""}, {"id": "c"}]})");
    QTest::newRow("empty") << QByteArray(R"({"images": []})");
}

// GlanceV2::parseList reads a page entry by entry when it can; the result equals what it read
// before, the whole document at once (imagePage over jsonObjectPayload): images, skipped, next.
void TestJsonPageScanner::pageReadEntryByEntryEqualsThePageReadWhole()
{
    QFETCH(QByteArray, json);
    const QUrl root(u"http://glance.example.com:9292"_s);
    const HttpResponse response{200,
                                QUrl(u"http://glance.example.com:9292/v2/images"_s),
                                {{"Content-Type", "application/json"}},
                                json};
    // Spaces after the brace: still plain JSON, but the same page read by Qt's reader as a whole
    // when the scanner is given something it refuses (a key twice) is the reference.
    const auto whole = GlanceV2::parseList(response, root, false);
    QVERIFY2(whole.has_value(), whole ? "" : qPrintable(whole.error().message));
    QVERIFY(JsonPageScanner::scan(json, "images").has_value());

    const auto streamed = GlanceV2::parseList(response, root, true);
    QVERIFY2(streamed.has_value(), streamed ? "" : qPrintable(streamed.error().message));
    QVERIFY(streamed->pending);
    QVERIFY(streamed->images.isEmpty());
    QCOMPARE(streamed->next, whole->next);
    ImagePage read;
    QVERIFY(!streamed->pending->readAll(read).has_value());
    QCOMPARE(read.images.size(), whole->images.size());
    for (qsizetype i = 0; i < read.images.size(); ++i) {
        QCOMPARE(read.images.at(i).id, whole->images.at(i).id);
        QCOMPARE(read.images.at(i).name, whole->images.at(i).name);
        QCOMPARE(read.images.at(i).raw, whole->images.at(i).raw);
        QCOMPARE(read.images.at(i).properties, whole->images.at(i).properties);
    }
    QCOMPARE(read.skipped.count, whole->skipped.count);
    QCOMPARE(read.skipped.reasons, whole->skipped.reasons);

    // The same page in a form the scanner leaves to Qt (a key given twice, the first one ignored
    // by Qt, which keeps the last): read whole, with the same result.
    QByteArray twice = json;
    twice.insert(1, R"("images": {}, )");
    const auto fallback =
        GlanceV2::parseList(HttpResponse{200, response.url, response.headers, twice}, root, true);
    QVERIFY2(fallback.has_value(), fallback ? "" : qPrintable(fallback.error().message));
    QVERIFY(!fallback->pending);
    QCOMPARE(fallback->images.size(), whole->images.size());
    QCOMPARE(fallback->skipped.count, whole->skipped.count);
}

void TestJsonPageScanner::badEntriesAreSkippedOneByOne()
{
    const QByteArray json = R"({"images": [{"id": "a"}, {"name": "x"}, {"id": "a"}, {"id": "b"}]})";
    const auto page = JsonPageScanner::scan(json, "images");
    QVERIFY(page.has_value());
    PendingEntries entries(
        json, page->elements(),
        [](const QJsonObject& object) {
            ImageRecord record;
            record.id = object.value(u"id"_s).toString();
            return record;
        },
        u"the image list"_s, u"127.0.0.1"_s);
    QCOMPARE(entries.size(), 4);
    SkippedEntries skipped;
    QStringList ids;
    while (!entries.atEnd()) {
        auto entry = entries.readNext(skipped);
        QVERIFY(entry.has_value());
        if (*entry)
            ids.append((*entry)->id);
    }
    QCOMPARE(ids, (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(skipped.count, 2);
    QCOMPARE(skipped.reasons.at(0), u"entry 2 has no id"_s);
    QVERIFY2(skipped.reasons.at(1).startsWith(u"entry 3 repeats the id"_s),
             qPrintable(skipped.reasons.at(1)));
}

QTEST_GUILESS_MAIN(TestJsonPageScanner)
#include "tst_jsonpagescanner.moc"
