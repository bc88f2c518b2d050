// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/glancev2parser.h"
#include "cli/imagetextformat.h"
#include "image/imagecsv.h"
#include "image/imagequery.h"
#include "image/imagerecordjson.h"
#include "image/nesting.h"
#include "image/packedimage.h"
#include "image/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
const QUrl kEndpoint(u"http://glance.example.com:9292"_s);

// `levels` objects, one inside the other: {"a": {"a": ... {"a": "x"}}}. Built without recursion.
QJsonValue chain(int levels)
{
    QJsonValue value = u"x"_s;
    for (int i = 0; i < levels; ++i)
        value = QJsonObject{{u"a"_s, value}};
    return value;
}

QByteArray chainText(int levels)
{
    return QByteArray("{\"a\":").repeated(levels) + "\"x\"" + QByteArray("}").repeated(levels);
}

// The objects of a chain() counted without recursion, and what ends it.
std::pair<int, QJsonValue> followChain(QJsonValue value)
{
    int levels = 0;
    while (value.isObject()) {
        ++levels;
        value = value.toObject().value(u"a"_s);
    }
    return {levels, value};
}

HttpResponse response(const QByteArray& body)
{
    return HttpResponse{200,
                        QUrl(u"http://glance.example.com:9292/v2/images/x"_s),
                        {{"Content-Type", "application/json"}},
                        body};
}

QByteArray imageWithProperty(int levels)
{
    return R"({"id": "deep", "name": "deep", "status": "active", "p": )" + chainText(levels) + "}";
}

// What a walker may print for two values cut at the limit: at most kMaxDepth objects each.
void verifyBounded(const QString& text)
{
    QVERIFY2(text.count(u'{') <= 2 * Nesting::kMaxDepth, qPrintable(text.left(200)));
    QVERIFY2(text.contains(Nesting::cutMarker()), qPrintable(text.left(200)));
    QVERIFY2(text.size() < 4000, qPrintable(text.left(200)));
}

Result<ImageRecord> parse(const QByteArray& image, bool list)
{
    if (!list)
        return GlanceV2::parseShow(response(image), kEndpoint);
    const auto page = GlanceV2::parseList(response(R"({"images": [)" + image + "]}"), kEndpoint);
    if (!page)
        return std::unexpected(page.error());
    return page->images.value(0);
}
} // namespace

// The nesting limit: values deeper than Nesting::kMaxDepth are cut, not walked, by everything
// that reads a server's values (record building, packing, search, CSV, text, the raw view).
class TestNesting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bounded_data();
    void bounded();
    void glanceV2Property_data();
    void glanceV2Property();
    void walkersStopAtTheLimit_data();
    void walkersStopAtTheLimit();
    void redactionCutsWhatItCannotRead();
};

void TestNesting::bounded_data()
{
    QTest::addColumn<int>("levels");
    for (const int levels : {0, 1, 63, 64, 65, 1000, 10000})
        QTest::addRow("%d levels", levels) << levels;
}

void TestNesting::bounded()
{
    QFETCH(int, levels);
    const QJsonValue value = chain(levels);
    QCOMPARE(Nesting::depth(value), std::min(levels, Nesting::kMaxDepth + 1));
    const QJsonValue cut = Nesting::bounded(value);
    const auto [kept, end] = followChain(cut);
    QCOMPARE(kept, std::min(levels, Nesting::kMaxDepth));
    QCOMPARE(end.toString(), levels > Nesting::kMaxDepth ? Nesting::cutMarker() : u"x"_s);
    const QByteArray text = Nesting::compactJson(value);
    QCOMPARE(text.count('{'), std::min(levels, Nesting::kMaxDepth));
    if (levels <= Nesting::kMaxDepth)
        QCOMPARE(text, chainText(levels));
    QCOMPARE(Nesting::compactJson(QJsonValue(u"a\"b"_s)), QByteArray("\"a\\\"b\""));
}

void TestNesting::glanceV2Property_data()
{
    QTest::addColumn<int>("levels"); // of the property "p"
    QTest::addColumn<bool>("list");
    for (const bool list : {false, true}) {
        for (const int levels : {60, 63, 64, 1000, 10000})
            QTest::addRow("%s, %d levels", list ? "list" : "show", levels) << levels << list;
    }
}

// A property nested 60 levels is kept whole; 1,000 (which Qt's reader accepts) is cut at the
// limit; 10,000 is refused by Qt's reader (1,024 levels) with a clear error.
void TestNesting::glanceV2Property()
{
    QFETCH(int, levels);
    QFETCH(bool, list);
    const Result<ImageRecord> record = parse(imageWithProperty(levels), list);
    if (levels > Nesting::kQtReaderDepth) {
        QVERIFY(!record.has_value());
        QCOMPARE(record.error().kind, ApiError::Kind::BadPayload);
        QVERIFY2(record.error().message.contains(u"nests deeper than 1024 levels"_s),
                 qPrintable(record.error().message));
        return;
    }
    QVERIFY2(record.has_value(), record ? "" : qPrintable(record.error().describe()));
    QCOMPARE(record->id, u"deep"_s);
    const bool cut = levels >= Nesting::kMaxDepth; // the properties object is the first level
    const auto [kept, end] = followChain(record->properties.value(u"p"_s));
    QCOMPARE(kept, cut ? Nesting::kMaxDepth - 1 : levels);
    QCOMPARE(end.toString(), cut ? Nesting::cutMarker() : u"x"_s);

    // Everything built from the record is bounded too.
    const QByteArray json = QJsonDocument(toContractJson(*record)).toJson(QJsonDocument::Indented);
    QVERIFY(json.count('{') <= Nesting::kMaxDepth + 1);
    const ImageRecord unpacked = unpackImage(packImage(*record));
    QCOMPARE(unpacked.properties, record->properties);
    QVERIFY(searchKeyOf(*record).count(u'{') <= Nesting::kMaxDepth);
    QVERIFY(toCsv({*record}).count('{') <= Nesting::kMaxDepth);
    QVERIFY(formatImageDetails(*record).count(u'{') <= Nesting::kMaxDepth);

    // The raw view: the entry as received (list) or the body, secrets masked, cut at the limit.
    const QByteArray raw = redactSecrets(record->raw, record->rawContentType);
    const QJsonDocument shown = QJsonDocument::fromJson(raw);
    QVERIFY(shown.isObject());
    QVERIFY(Nesting::depth(shown.object(), 2000) <= Nesting::kMaxDepth);
    QCOMPARE(raw.contains(Nesting::cutMarker().toUtf8()), cut);
    if (!cut)
        QCOMPARE(followChain(shown.object().value(u"p"_s)).first, levels);
}

void TestNesting::walkersStopAtTheLimit_data()
{
    QTest::addColumn<int>("levels");
    for (const int levels : {65, 1000, 10000})
        QTest::addRow("%d levels", levels) << levels;
}

// Values deeper than any reader lets through (built here) still only show kMaxDepth levels.
void TestNesting::walkersStopAtTheLimit()
{
    QFETCH(int, levels);
    ImageRecord record;
    record.id = u"deep"_s;
    record.properties.insert(u"p"_s, chain(levels));
    record.properties.insert(u"list"_s, QJsonArray{chain(levels)});

    const ImageRecord unpacked = unpackImage(packImage(record));
    const auto [kept, end] = followChain(unpacked.properties.value(u"p"_s));
    QCOMPARE(kept, Nesting::kMaxDepth - 1);
    QCOMPARE(end.toString(), Nesting::cutMarker());
    verifyBounded(searchKeyOf(record));
    verifyBounded(QString::fromUtf8(toCsv({record})));
    verifyBounded(formatImageDetails(record));
    QVERIFY(ImageQuery::termMatches(record, u"p"_s, QString::fromUtf8(Nesting::compactJson(chain(levels)))));
}

void TestNesting::redactionCutsWhatItCannotRead()
{
    // A secret below the limit is not looked for: it is cut, never shown.
    QJsonValue deep = QJsonObject{{u"password"_s, u"hunter2"_s}, {u"name"_s, u"n"_s}};
    for (int i = 0; i < 99; ++i)
        deep = QJsonObject{{u"a"_s, deep}};
    const QByteArray payload = QJsonDocument(deep.toObject()).toJson(QJsonDocument::Compact);
    const QByteArray shown = redactSecrets(payload, "application/json");
    QVERIFY(!shown.contains("hunter2"));
    QVERIFY(shown.contains(Nesting::cutMarker().toUtf8()));
    QCOMPARE(followChain(QJsonDocument::fromJson(shown).object()).first, Nesting::kMaxDepth);

    // Within the limit, masked as before.
    QJsonValue shallow = QJsonObject{{u"password"_s, u"hunter2"_s}, {u"name"_s, u"n"_s}};
    for (int i = 0; i < Nesting::kMaxDepth - 1; ++i)
        shallow = QJsonObject{{u"a"_s, shallow}};
    const QByteArray masked =
        redactSecrets(QJsonDocument(shallow.toObject()).toJson(QJsonDocument::Compact), "application/json");
    QVERIFY(!masked.contains("hunter2"));
    QVERIFY(masked.contains(R"("password":"***")"));
    QVERIFY(masked.contains(R"("name":"n")"));
    QVERIFY(!masked.contains(Nesting::cutMarker().toUtf8()));
}

QTEST_GUILESS_MAIN(TestNesting)
#include "tst_nesting.moc"
