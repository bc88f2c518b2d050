// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/imagequery.h"
#include "image/rangeterm.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

// The numeric and date terms of the filter box (`size>1G`, `created<2024-01-01`): how they are
// read, what they match, what they say about a term they cannot read, and what of them Glance v2
// is asked to filter.
class TestRangeTerm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reads_data();
    void reads();
    void refuses_data();
    void refuses();
    void matches_data();
    void matches();
    void absentValuesNeverMatch_data();
    void absentValuesNeverMatch();
    void recordFields();
    void wordsAndTermsStayAsTheyWere_data();
    void wordsAndTermsStayAsTheyWere();
    void badTermIsLeftOut();
    void problemsSayWhichTermAndWhy_data();
    void problemsSayWhichTermAndWhy();
    void glanceSizeFilters_data();
    void glanceSizeFilters();
};

namespace {
constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;
constexpr qint64 GiB = 1024 * MiB;
constexpr qint64 TiB = 1024 * GiB;

qint64 utc(const QString& iso)
{
    QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    time.setTimeZone(QTimeZone::utc());
    return time.toMSecsSinceEpoch();
}

RangeTerm only(const QString& text)
{
    const ImageQuery query = ImageQuery::parse(text);
    if (query.rangeTerms.size() != 1 || !query.problems.isEmpty())
        return RangeTerm{RangeTerm::Field::Size, RangeTerm::Op::Equal, -1, -1};
    return query.rangeTerms.first();
}
} // namespace

void TestRangeTerm::reads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("op");
    QTest::addColumn<qint64>("low");
    QTest::addColumn<qint64>("high");
    using F = RangeTerm::Field;
    using O = RangeTerm::Op;
    const auto row = [](const char* name, const QString& text, F field, O op, qint64 low, qint64 high) {
        QTest::newRow(name) << text << int(field) << int(op) << low << high;
    };
    row("greater, G", u"size>1G"_s, F::Size, O::Greater, GiB, GiB + 1);
    row("at most, M", u"size<=500M"_s, F::Size, O::LessOrEqual, 500 * MiB, 500 * MiB + 1);
    row("zero", u"size=0"_s, F::Size, O::Equal, 0, 1);
    row("not equal", u"size!=0"_s, F::Size, O::NotEqual, 0, 1);
    row("colon is equal", u"size:0"_s, F::Size, O::Equal, 0, 1);
    row("bytes", u"size<12B"_s, F::Size, O::Less, 12, 13);
    row("K is 1024", u"size>=1K"_s, F::Size, O::GreaterOrEqual, KiB, KiB + 1);
    row("KB is 1024", u"size>=1KB"_s, F::Size, O::GreaterOrEqual, KiB, KiB + 1);
    row("KiB", u"size>=1KiB"_s, F::Size, O::GreaterOrEqual, KiB, KiB + 1);
    row("units any case", u"size>=2gib"_s, F::Size, O::GreaterOrEqual, 2 * GiB, 2 * GiB + 1);
    row("MiB", u"size>=3MiB"_s, F::Size, O::GreaterOrEqual, 3 * MiB, 3 * MiB + 1);
    row("T", u"size>=1T"_s, F::Size, O::GreaterOrEqual, TiB, TiB + 1);
    row("TiB", u"size>=2TiB"_s, F::Size, O::GreaterOrEqual, 2 * TiB, 2 * TiB + 1);
    row("fraction, whole bytes", u"size>=1.5G"_s, F::Size, O::GreaterOrEqual, 1610612736, 1610612737);
    row("fraction between bytes", u"size>1.1K"_s, F::Size, O::Greater, 1127, 1127); // 1126.4
    row("leading point", u"size>.5K"_s, F::Size, O::Greater, 512, 513);
    row("trailing zeros", u"size>1.50000K"_s, F::Size, O::Greater, 1536, 1537);
    row("minus zero", u"size>=-0"_s, F::Size, O::GreaterOrEqual, 0, 1);
    row("fraction of a T", u"size<0.001T"_s, F::Size, O::Less, 1099511628, 1099511628); // ...627.776
    row("largest", u"size<9223372036854775806"_s, F::Size, O::Less, 9223372036854775806LL,
        9223372036854775807LL);
    row("field any case", u"Size>1G"_s, F::Size, O::Greater, GiB, GiB + 1);
    row("virtual size", u"virtual_size>10G"_s, F::VirtualSize, O::Greater, 10 * GiB, 10 * GiB + 1);
    row("min_disk in GB", u"min_disk>=10"_s, F::MinDisk, O::GreaterOrEqual, 10, 11);
    row("min_disk half a GB", u"min_disk>=0.5"_s, F::MinDisk, O::GreaterOrEqual, 1, 1);
    row("min_disk with a unit", u"min_disk=1024M"_s, F::MinDisk, O::Equal, 1, 2);
    row("min_ram in MB", u"min_ram<512"_s, F::MinRam, O::Less, 512, 513);
    row("min_ram with a unit", u"min_ram>=2G"_s, F::MinRam, O::GreaterOrEqual, 2048, 2049);
    row("date is the day", u"created<2024-01-01"_s, F::Created, O::Less, utc(u"2024-01-01T00:00:00"_s),
        utc(u"2024-01-02T00:00:00"_s));
    row("created_at", u"created_at<2024-01-01"_s, F::Created, O::Less, utc(u"2024-01-01T00:00:00"_s),
        utc(u"2024-01-02T00:00:00"_s));
    row("minute", u"updated>=2025-06-01T12:00"_s, F::Updated, O::GreaterOrEqual,
        utc(u"2025-06-01T12:00:00"_s), utc(u"2025-06-01T12:01:00"_s));
    row("second, Z", u"updated_at=2025-06-01T12:00:30Z"_s, F::Updated, O::Equal,
        utc(u"2025-06-01T12:00:30"_s), utc(u"2025-06-01T12:00:31"_s));
    row("lower-case t and z", u"created>2025-06-01t12:00z"_s, F::Created, O::Greater,
        utc(u"2025-06-01T12:00:00"_s), utc(u"2025-06-01T12:01:00"_s));
    row("offset", u"created>2024-01-01T02:00+02:00"_s, F::Created, O::Greater, utc(u"2024-01-01T00:00:00"_s),
        utc(u"2024-01-01T00:01:00"_s));
    row("negative offset", u"created>2024-01-01T00:00-0130"_s, F::Created, O::Greater,
        utc(u"2024-01-01T01:30:00"_s), utc(u"2024-01-01T01:31:00"_s));
    row("leap day", u"created=2024-02-29"_s, F::Created, O::Equal, utc(u"2024-02-29T00:00:00"_s),
        utc(u"2024-03-01T00:00:00"_s));
}

void TestRangeTerm::reads()
{
    QFETCH(QString, text);
    QFETCH(int, field);
    QFETCH(int, op);
    QFETCH(qint64, low);
    QFETCH(qint64, high);
    const ImageQuery query = ImageQuery::parse(text);
    QVERIFY(query.problems.isEmpty());
    QVERIFY(query.words.isEmpty() && query.fieldTerms.isEmpty());
    QCOMPARE(query.rangeTerms.size(), 1);
    const RangeTerm& term = query.rangeTerms.first();
    QCOMPARE(int(term.field), field);
    QCOMPARE(int(term.op), op);
    QCOMPARE(term.low, low);
    QCOMPARE(term.high, high);
}

void TestRangeTerm::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("value");
    using P = RangeTerm::Problem;
    QTest::newRow("not a number") << u"size>lots"_s << int(P::NotANumber) << u"lots"_s;
    QTest::newRow("unknown unit") << u"size>1X"_s << int(P::NotANumber) << u"1X"_s;
    QTest::newRow("exabytes are not offered") << u"size>1E"_s << int(P::NotANumber) << u"1E"_s;
    QTest::newRow("two points") << u"size>1.2.3"_s << int(P::NotANumber) << u"1.2.3"_s;
    QTest::newRow("a point alone") << u"size>."_s << int(P::NotANumber) << u"."_s;
    QTest::newRow("unit alone") << u"size>G"_s << int(P::NotANumber) << u"G"_s;
    QTest::newRow("doubled operator") << u"size>>1"_s << int(P::NotANumber) << u">1"_s;
    QTest::newRow("nothing after") << u"size>"_s << int(P::MissingValue) << QString();
    QTest::newRow("nothing after a colon") << u"size>="_s << int(P::MissingValue) << QString();
    QTest::newRow("negative") << u"size>-1"_s << int(P::Negative) << u"-1"_s;
    QTest::newRow("negative fraction") << u"min_ram>-0.5"_s << int(P::Negative) << u"-0.5"_s;
    QTest::newRow("overflow") << u"size>99999999T"_s << int(P::TooLarge) << u"99999999T"_s;
    QTest::newRow("19 digits") << u"size<9223372036854775807"_s << int(P::TooLarge)
                               << u"9223372036854775807"_s;
    QTest::newRow("many digits") << u"size<123456789012345678901234"_s << int(P::TooLarge)
                                 << u"123456789012345678901234"_s;
    QTest::newRow("min_disk overflow")
        << u"min_disk>9999999999999"_s << int(P::TooLarge) << u"9999999999999"_s;
    QTest::newRow("not a date") << u"created<yesterdayish"_s << int(P::NotADate) << u"yesterdayish"_s;
    QTest::newRow("no such day") << u"created<2024-02-30"_s << int(P::NotADate) << u"2024-02-30"_s;
    QTest::newRow("no such hour") << u"created<2024-01-01T25:00"_s << int(P::NotADate)
                                  << u"2024-01-01T25:00"_s;
    QTest::newRow("a size is not a date") << u"created<1G"_s << int(P::NotADate) << u"1G"_s;
    QTest::newRow("short year") << u"updated>24-01-01"_s << int(P::NotADate) << u"24-01-01"_s;
    QTest::newRow("bad zone") << u"updated>2024-01-01T00:00+25:00"_s << int(P::NotADate)
                              << u"2024-01-01T00:00+25:00"_s;
    QTest::newRow("colon form, bad") << u"size:lots"_s << int(P::NotANumber) << u"lots"_s;
    QTest::newRow("unknown field") << u"foo>3"_s << int(P::UnknownField) << u"3"_s;
    QTest::newRow("unknown field, at most") << u"name<=b"_s << int(P::UnknownField) << u"b"_s;
}

void TestRangeTerm::refuses()
{
    QFETCH(QString, text);
    QFETCH(int, problem);
    QFETCH(QString, value);
    const ImageQuery query = ImageQuery::parse(text);
    QVERIFY(query.rangeTerms.isEmpty());
    QVERIFY(query.words.isEmpty() && query.fieldTerms.isEmpty());
    QCOMPARE(query.problems.size(), 1);
    QCOMPARE(query.problems.first().term, text);
    QCOMPARE(int(query.problems.first().problem), problem);
    QCOMPARE(query.problems.first().value, value);
    QVERIFY(query.isEmpty()); // a term left out filters nothing
}

void TestRangeTerm::matches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("match");
    QTest::newRow("> below") << u"size>1G"_s << GiB << false;
    QTest::newRow("> above") << u"size>1G"_s << GiB + 1 << true;
    QTest::newRow(">= at") << u"size>=1G"_s << GiB << true;
    QTest::newRow(">= below") << u"size>=1G"_s << GiB - 1 << false;
    QTest::newRow("< below") << u"size<1G"_s << GiB - 1 << true;
    QTest::newRow("< at") << u"size<1G"_s << GiB << false;
    QTest::newRow("<= at") << u"size<=1G"_s << GiB << true;
    QTest::newRow("<= above") << u"size<=1G"_s << GiB + 1 << false;
    QTest::newRow("= zero") << u"size=0"_s << qint64(0) << true;
    QTest::newRow("= one") << u"size=0"_s << qint64(1) << false;
    QTest::newRow("!= at") << u"size!=0"_s << qint64(0) << false;
    QTest::newRow("!= other") << u"size!=0"_s << qint64(5) << true;
    QTest::newRow("> fraction, below") << u"size>1.1K"_s << qint64(1126) << false;
    QTest::newRow("> fraction, above") << u"size>1.1K"_s << qint64(1127) << true;
    QTest::newRow("< fraction, below") << u"size<1.1K"_s << qint64(1126) << true;
    QTest::newRow("< fraction, above") << u"size<1.1K"_s << qint64(1127) << false;
    QTest::newRow("<= fraction") << u"size<=1.1K"_s << qint64(1126) << true;
    QTest::newRow(">= fraction") << u"size>=1.1K"_s << qint64(1126) << false;
    QTest::newRow("= fraction never") << u"size=1.1K"_s << qint64(1126) << false;
    QTest::newRow("!= fraction always") << u"size!=1.1K"_s << qint64(1126) << true;
    QTest::newRow("min_disk half, 0") << u"min_disk>=0.5"_s << qint64(0) << false;
    QTest::newRow("min_disk half, 1") << u"min_disk>=0.5"_s << qint64(1) << true;
    QTest::newRow("before the day") << u"created<2024-01-01"_s << utc(u"2023-12-31T23:59:59.999"_s) << true;
    QTest::newRow("not before, on it") << u"created<2024-01-01"_s << utc(u"2024-01-01T00:00:00"_s) << false;
    QTest::newRow("<= includes the day") << u"created<=2024-01-01"_s << utc(u"2024-01-01T23:59:59"_s) << true;
    QTest::newRow("<= not the next") << u"created<=2024-01-01"_s << utc(u"2024-01-02T00:00:00"_s) << false;
    QTest::newRow("> not the day") << u"created>2024-01-01"_s << utc(u"2024-01-01T23:59:59"_s) << false;
    QTest::newRow("> the next day") << u"created>2024-01-01"_s << utc(u"2024-01-02T00:00:00"_s) << true;
    QTest::newRow("= the day") << u"created=2024-01-01"_s << utc(u"2024-01-01T12:00:00"_s) << true;
    QTest::newRow(">= minute, before")
        << u"updated>=2025-06-01T12:00"_s << utc(u"2025-06-01T11:59:59"_s) << false;
    QTest::newRow(">= minute, at") << u"updated>=2025-06-01T12:00"_s << utc(u"2025-06-01T12:00:00"_s) << true;
    QTest::newRow("> minute, within")
        << u"updated>2025-06-01T12:00Z"_s << utc(u"2025-06-01T12:00:59"_s) << false;
    QTest::newRow("> minute, after") << u"updated>2025-06-01T12:00Z"_s << utc(u"2025-06-01T12:01:00"_s)
                                     << true;
}

void TestRangeTerm::matches()
{
    QFETCH(QString, text);
    QFETCH(qint64, value);
    QFETCH(bool, match);
    const RangeTerm term = only(text);
    QVERIFY(term.low >= 0);
    QCOMPARE(term.matches(value), match);
}

void TestRangeTerm::absentValuesNeverMatch_data()
{
    QTest::addColumn<QString>("text");
    for (const QString& text : {u"size>=0"_s, u"size<1T"_s, u"size=0"_s, u"size!=0"_s, u"min_disk<=1"_s,
                                u"created<2100-01-01"_s, u"updated!=2024-01-01"_s})
        QTest::newRow(qPrintable(text)) << text;
}

void TestRangeTerm::absentValuesNeverMatch()
{
    QFETCH(QString, text);
    const RangeTerm term = only(text);
    QVERIFY(term.low >= 0);
    QVERIFY(!term.matches(std::nullopt));
    QVERIFY(!term.matches(ImageRecord{})); // every field null
}

void TestRangeTerm::recordFields()
{
    ImageRecord record;
    record.id = u"a"_s;
    record.size = 2 * GiB;
    record.virtualSize = 20 * GiB;
    record.minDisk = 20;
    record.minRam = 1024;
    record.createdAt = QDateTime::fromMSecsSinceEpoch(utc(u"2023-05-01T10:00:00"_s), QTimeZone::utc());
    record.updatedAt = QDateTime::fromMSecsSinceEpoch(utc(u"2025-06-01T12:30:00"_s), QTimeZone::utc());
    const QString key = searchKeyOf(record);
    const auto matches = [&](const QString& text) {
        return ImageQuery::parse(text).matches(record, key);
    };
    QVERIFY(matches(u"size>1G size<=2G virtual_size>=20G min_disk=20 min_ram>=1G"_s));
    QVERIFY(matches(u"created<2024-01-01 updated>=2025-06-01T12:00"_s));
    QVERIFY(!matches(u"virtual_size>20G"_s));
    QVERIFY(!matches(u"min_ram<1024"_s));
    QVERIFY(!matches(u"created>=2024-01-01"_s));
    QVERIFY(!matches(u"size>1G updated<2025-01-01"_s)); // every term must hold
}

void TestRangeTerm::wordsAndTermsStayAsTheyWere_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("terms");
    QTest::newRow("an equals sign in a word") << u"a=b"_s << QStringList{u"a=b"_s} << QStringList();
    QTest::newRow("not equal in a word") << u"x!=y"_s << QStringList{u"x!=y"_s} << QStringList();
    QTest::newRow("angle brackets alone") << u"<none>"_s << QStringList{u"<none>"_s} << QStringList();
    QTest::newRow("a value with <") << u"name:a<b"_s << QStringList() << QStringList{u"name=a<b"_s};
    QTest::newRow("an address") << u"http://x?a=b"_s << QStringList{u"http://x?a=b"_s} << QStringList();
    QTest::newRow("a property named like a prefix")
        << u"sizes:big"_s << QStringList() << QStringList{u"sizes=big"_s};
}

void TestRangeTerm::wordsAndTermsStayAsTheyWere()
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
    QVERIFY(query.rangeTerms.isEmpty());
    QVERIFY(query.problems.isEmpty());
}

void TestRangeTerm::badTermIsLeftOut()
{
    ImageRecord record;
    record.id = u"a"_s;
    record.name = u"noble"_s;
    record.size = 5 * GiB;
    const ImageQuery query = ImageQuery::parse(u"noble size>lots size>1G foo>3"_s);
    QCOMPARE(query.problems.size(), 2);
    QCOMPARE(query.problems.at(0).term, u"size>lots"_s);
    QCOMPARE(query.problems.at(1).term, u"foo>3"_s);
    QCOMPARE(query.rangeTerms.size(), 1);
    QVERIFY(query.matches(record, searchKeyOf(record))); // the rest still filters
}

void TestRangeTerm::problemsSayWhichTermAndWhy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("said");
    QTest::newRow("not a number") << u"size>lots"_s << QStringList{u"size>lots"_s, u"“lots”"_s, u"number"_s};
    QTest::newRow("not a date") << u"created<yesterdayish"_s
                                << QStringList{u"created<yesterdayish"_s, u"“yesterdayish”"_s, u"date"_s};
    QTest::newRow("unknown field") << u"foo>3"_s << QStringList{u"foo>3"_s, u"min_disk"_s, u"created"_s};
    QTest::newRow("no value") << u"size<="_s << QStringList{u"size<="_s, u"value"_s};
    QTest::newRow("negative") << u"size>-1"_s << QStringList{u"size>-1"_s, u"negative"_s};
    QTest::newRow("too large") << u"size>99999999T"_s << QStringList{u"“99999999T”"_s, u"too large"_s};
}

void TestRangeTerm::problemsSayWhichTermAndWhy()
{
    QFETCH(QString, text);
    QFETCH(QStringList, said);
    const ImageQuery query = ImageQuery::parse(text);
    QCOMPARE(query.problems.size(), 1);
    const QString sentence = query.problems.first().text();
    for (const QString& part : said)
        QVERIFY2(sentence.contains(part), qPrintable(sentence));
    QVERIFY(!sentence.contains(u'%')); // every placeholder filled
}

void TestRangeTerm::glanceSizeFilters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("filters");
    const QString oneG = QString::number(GiB);
    QTest::newRow("greater") << u"size>1G"_s << QStringList{u"size_min=%1"_s.arg(GiB + 1)};
    QTest::newRow("at least") << u"size>=1G"_s << QStringList{u"size_min=%1"_s.arg(GiB)};
    QTest::newRow("less") << u"size<1G"_s << QStringList{u"size_max=%1"_s.arg(GiB - 1)};
    QTest::newRow("at most") << u"size<=1G"_s << QStringList{u"size_max=%1"_s.arg(GiB)};
    QTest::newRow("fraction") << u"size<=1.1K"_s << QStringList{u"size_max=1126"_s};
    QTest::newRow("between") << u"size>1G size<=2G"_s
                             << QStringList{u"size_min=%1"_s.arg(GiB + 1), u"size_max=%1"_s.arg(2 * GiB)};
    QTest::newRow("the tighter bound")
        << u"size>1G size>2G size<5G size<4G"_s
        << QStringList{u"size_min=%1"_s.arg(2 * GiB + 1), u"size_max=%1"_s.arg(4 * GiB - 1)};
    QTest::newRow("equal") << u"size=1G"_s << QStringList{u"size_min=" + oneG, u"size_max=" + oneG};
    QTest::newRow("zero") << u"size=0"_s << QStringList{u"size_max=0"_s};
    QTest::newRow("below zero asks nothing") << u"size<0"_s << QStringList();
    QTest::newRow("not equal has none") << u"size!=0"_s << QStringList();
    QTest::newRow("virtual size is the table's") << u"virtual_size>1G"_s << QStringList();
    QTest::newRow("dates are the table's") << u"created<2024-01-01"_s << QStringList();
    QTest::newRow("min_disk is the table's") << u"min_disk>=10"_s << QStringList();
    QTest::newRow("with a field term")
        << u"status:active size>=1K"_s << QStringList{u"status=active"_s, u"size_min=1024"_s};
    QTest::newRow("a bad term asks nothing") << u"size>lots"_s << QStringList();
}

void TestRangeTerm::glanceSizeFilters()
{
    QFETCH(QString, text);
    QFETCH(QStringList, filters);
    const ImageQuery query = ImageQuery::parse(text);
    QStringList got;
    for (const auto& [key, value] : query.serverFilters({u"status"_s, u"size_min"_s, u"size_max"_s}))
        got << key + u'=' + value;
    QCOMPARE(got, filters);
    // A server without them is asked for none of the sizes.
    for (const auto& [key, value] : query.serverFilters({u"status"_s}))
        QVERIFY(!key.startsWith(u"size"_s));
}

QTEST_GUILESS_MAIN(TestRangeTerm)
#include "tst_rangeterm.moc"
