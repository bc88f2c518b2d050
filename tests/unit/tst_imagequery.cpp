// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/imagecsv.h"
#include "image/imagequery.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestImageQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void matches_data();
    void matches();
    void serverFiltersAreTheTermsTheServerKnows();
    void glanceSizeFiltersTypedByHandAreChecked_data();
    void glanceSizeFiltersTypedByHandAreChecked();
    void csvQuotesAndDefuses();
    void csvTellsNullFromEmpty_data();
    void csvTellsNullFromEmpty();
    void csvForSpreadsheetsStartsWithAByteOrderMark();
};

Q_DECLARE_METATYPE(std::optional<QString>)
Q_DECLARE_METATYPE(std::optional<QStringList>)

namespace {
ImageRecord sample()
{
    ImageRecord record;
    record.id = u"ABC-123"_s;
    record.name = u"Ubuntu 24.04 Noble"_s;
    record.status = u"active"_s;
    record.visibility = u"public"_s;
    record.owner = u"p1"_s;
    record.diskFormat = u"qcow2"_s;
    record.tags = QStringList{u"golden"_s, u"LTS"_s};
    record.properties =
        QJsonObject{{u"os_distro"_s, u"ubuntu"_s}, {u"hw_rng"_s, true}, {u"os_version"_s, 24.04}};
    return record;
}
} // namespace

void TestImageQuery::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("terms");
    QTest::newRow("empty") << u"   "_s << QStringList() << QStringList();
    QTest::newRow("words lowered") << u"Ubuntu  NOBLE"_s << QStringList{u"ubuntu"_s, u"noble"_s}
                                   << QStringList();
    QTest::newRow("terms") << u"status:active Tag:LTS"_s << QStringList()
                           << QStringList{u"status=active"_s, u"tag=LTS"_s};
    QTest::newRow("half terms are words") << u"a: :b"_s << QStringList{u"a:"_s, u":b"_s} << QStringList();
    QTest::newRow("an address is a word") << u"http://x"_s << QStringList{u"http://x"_s} << QStringList();
    QTest::newRow("value with colon") << u"k:a:b"_s << QStringList() << QStringList{u"k=a:b"_s};
}

void TestImageQuery::parses()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QFETCH(QStringList, terms);
    const ImageQuery query = ImageQuery::parse(text);
    QCOMPARE(query.words, words);
    QStringList got;
    for (const auto& [key, value] : query.fieldTerms)
        got << key + u'=' + value;
    QCOMPARE(got, terms);
}

void TestImageQuery::matches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("match");
    QTest::newRow("nothing asked") << u""_s << true;
    QTest::newRow("word in name") << u"noble"_s << true;
    QTest::newRow("word in id") << u"abc-1"_s << true;
    QTest::newRow("word in a property") << u"ubuntu"_s << true;
    QTest::newRow("every word must match") << u"noble fedora"_s << false;
    QTest::newRow("status exact, any case") << u"status:ACTIVE"_s << true;
    QTest::newRow("status is not a prefix") << u"status:act"_s << false;
    QTest::newRow("name exact") << u"name:ubuntu 24.04 noble"_s << false; // two words then
    QTest::newRow("tag") << u"tag:lts"_s << true;
    QTest::newRow("missing tag") << u"tag:beta"_s << false;
    QTest::newRow("property") << u"os_distro:Ubuntu"_s << true;
    QTest::newRow("boolean property") << u"hw_rng:true"_s << true;
    QTest::newRow("number property") << u"os_version:24.04"_s << true;
    QTest::newRow("absent property") << u"os_type:linux"_s << false;
    QTest::newRow("member_status is the server's") << u"member_status:accepted"_s << true;
    QTest::newRow("term and word") << u"visibility:public noble"_s << true;
}

void TestImageQuery::matches()
{
    QFETCH(QString, text);
    QFETCH(bool, match);
    const ImageRecord record = sample();
    QCOMPARE(ImageQuery::parse(text).matches(record, searchKeyOf(record)), match);
}

void TestImageQuery::serverFiltersAreTheTermsTheServerKnows()
{
    const ImageQuery query = ImageQuery::parse(u"noble status:active os_distro:ubuntu tag:lts"_s);
    const auto filters = query.serverFilters({u"status"_s, u"tag"_s});
    QCOMPARE(filters.size(), 2);
    QCOMPARE(filters.at(0), std::make_pair(u"status"_s, u"active"_s));
    QCOMPARE(filters.at(1), std::make_pair(u"tag"_s, u"lts"_s));
    QVERIFY(query.serverFilters({}).isEmpty());
}

void TestImageQuery::glanceSizeFiltersTypedByHandAreChecked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sentMin"); // empty: not sent
    QTest::addColumn<QString>("sentMax");
    QTest::addColumn<bool>("problem");
    QTest::newRow("min in bytes") << u"size_min:1024"_s << u"1024"_s << QString() << false;
    QTest::newRow("max with a unit") << u"size_max:1K"_s << QString() << u"1024"_s << false;
    QTest::newRow("not a number") << u"size_min:abc"_s << QString() << QString() << true;
    QTest::newRow("negative") << u"size_max:-5"_s << QString() << QString() << true;
    QTest::newRow("injection") << u"size_min:1&visibility=all"_s << QString() << QString() << true;
}

// `size_min:` and `size_max:` are read as the comparisons they stand for and sent only when they are
// numbers: never passed to the server as typed.
void TestImageQuery::glanceSizeFiltersTypedByHandAreChecked()
{
    QFETCH(QString, text);
    QFETCH(QString, sentMin);
    QFETCH(QString, sentMax);
    QFETCH(bool, problem);
    const ImageQuery query = ImageQuery::parse(text);
    QCOMPARE(query.problems.isEmpty(), !problem);
    QVERIFY(query.fieldTerms.isEmpty());
    QString min;
    QString max;
    for (const auto& [key, value] : query.serverFilters({u"size_min"_s, u"size_max"_s})) {
        QVERIFY2(key == u"size_min" || key == u"size_max", qPrintable(key));
        (key == u"size_min" ? min : max) = value;
    }
    QCOMPARE(min, sentMin);
    QCOMPARE(max, sentMax);
}

void TestImageQuery::csvQuotesAndDefuses()
{
    ImageRecord record = sample();
    record.name = u"=HYPERLINK(\"x\"), \"quoted\"\nline"_s;
    const QByteArray csv = toCsv({record, ImageRecord{}});
    const QList<QByteArray> lines = csv.split('\n');
    QVERIFY(csv.startsWith("id,name,status,size,"));
    const QByteArray defused = R"x("'=HYPERLINK(""x""), ""quoted"")x";
    QVERIFY(csv.contains(defused));
    QVERIFY(csv.contains(",golden;LTS,"));
    const QByteArray properties = R"x("{""hw_rng"":true,""os_distro"":""ubuntu"",""os_version"":24.04}")x";
    QVERIFY(csv.contains(properties));
    QVERIFY(csv.endsWith("\r\n"));
    QCOMPARE(csv.count("\r\n"), 3); // header, the record (its line break quoted), the empty record
}

// An absent value (null) is an empty cell, an empty text a quoted empty cell: a reader that keeps
// them apart (PostgreSQL's COPY, Python's csv) gets back what the server said.
void TestImageQuery::csvTellsNullFromEmpty_data()
{
    QTest::addColumn<std::optional<QString>>("name");
    QTest::addColumn<std::optional<QStringList>>("tags");
    QTest::addColumn<QByteArray>("cells"); // id,name,status... then the tags cell

    QTest::newRow("absent name, absent tags")
        << std::optional<QString>() << std::optional<QStringList>() << QByteArray("i,,");
    QTest::newRow("empty name, no tags")
        << std::optional<QString>(u""_s) << std::optional<QStringList>(QStringList())
        << QByteArray("i,\"\",");
    QTest::newRow("a name") << std::optional<QString>(u"n"_s) << std::optional<QStringList>()
                            << QByteArray("i,n,");
}

void TestImageQuery::csvTellsNullFromEmpty()
{
    QFETCH(std::optional<QString>, name);
    QFETCH(std::optional<QStringList>, tags);
    QFETCH(QByteArray, cells);
    ImageRecord record;
    record.id = u"i"_s;
    record.name = name;
    record.tags = tags;
    const QByteArray csv = toCsv({record});
    const QByteArray row = csv.split('\n').at(1);
    QVERIFY2(row.startsWith(cells), row.constData());
    const QList<QByteArray> header = csv.split('\n').at(0).trimmed().split(',');
    const qsizetype tagsColumn = header.indexOf("tags");
    QVERIFY(tagsColumn > 0);
    const QByteArray tagsCell = row.trimmed().split(',').at(tagsColumn);
    QCOMPARE(tagsCell,
             tags ? (tags->isEmpty() ? QByteArray("\"\"") : tags->join(u';').toUtf8()) : QByteArray());
}

void TestImageQuery::csvForSpreadsheetsStartsWithAByteOrderMark()
{
    ImageRecord record = sample();
    record.name = u"Ubuntu Noble Numbat 日本語"_s;
    const QByteArray plain = toCsv({record});
    const QByteArray marked = toCsv({record}, CsvOptions{.byteOrderMark = true});
    QVERIFY(!plain.startsWith("\xEF\xBB\xBF"));
    QVERIFY(marked.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(marked.mid(3), plain);
}

QTEST_GUILESS_MAIN(TestImageQuery)
#include "tst_imagequery.moc"
