// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/jsonfields.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestJsonFields : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void integer_data();
    void integer();
    void boolean_data();
    void boolean();
    void dateTime_data();
    void dateTime();
    void text();
    void stringList();
};

void TestJsonFields::integer_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("present");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("number") << QJsonValue(13167616) << true << qint64(13167616);
    QTest::newRow("5 GiB as string (Image API v1)")
        << QJsonValue(u"5368709120"_s) << true << qint64(5368709120);
    QTest::newRow("null") << QJsonValue() << false << qint64(0);
    QTest::newRow("fraction") << QJsonValue(1.5) << false << qint64(0);
    QTest::newRow("word") << QJsonValue(u"big"_s) << false << qint64(0);
    QTest::newRow("bool") << QJsonValue(true) << false << qint64(0);
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"a"_s, 1}}) << false << qint64(0);
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << false << qint64(0);
}

void TestJsonFields::integer()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, present);
    QFETCH(qint64, expected);
    const auto result = JsonFields::integer(value);
    QCOMPARE(result.has_value(), present);
    if (present)
        QCOMPARE(*result, expected);
}

void TestJsonFields::boolean_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("expected"); // -1 absent
    QTest::newRow("true") << QJsonValue(true) << 1;
    QTest::newRow("false") << QJsonValue(false) << 0;
    QTest::newRow("True string") << QJsonValue(u"True"_s) << 1;
    QTest::newRow("False string") << QJsonValue(u"False"_s) << 0;
    QTest::newRow("null") << QJsonValue() << -1;
    QTest::newRow("maybe") << QJsonValue(u"maybe"_s) << -1;
}

void TestJsonFields::boolean()
{
    QFETCH(QJsonValue, value);
    QFETCH(int, expected);
    const auto result = JsonFields::boolean(value);
    QCOMPARE(result.has_value(), expected >= 0);
    if (result)
        QCOMPARE(*result, expected == 1);
}

void TestJsonFields::dateTime_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("utc"); // empty: absent
    QTest::newRow("Z") << u"2014-05-05T17:15:10Z"_s << u"2014-05-05T17:15:10Z"_s;
    QTest::newRow("offset -05:00") << u"2015-08-27T09:49:58-05:00"_s << u"2015-08-27T14:49:58Z"_s;
    QTest::newRow("no zone is UTC") << u"2011-01-01T01:02:03"_s << u"2011-01-01T01:02:03Z"_s;
    QTest::newRow("fraction") << u"2011-01-01T01:02:03.000000"_s << u"2011-01-01T01:02:03Z"_s;
    QTest::newRow("space separated (Image API v1)") << u"2010-02-03 09:34:01"_s << u"2010-02-03T09:34:01Z"_s;
    QTest::newRow("empty (deleted_at of v1)") << u""_s << QString();
    QTest::newRow("garbage") << u"yesterday"_s << QString();
}

void TestJsonFields::dateTime()
{
    QFETCH(QString, input);
    QFETCH(QString, utc);
    const auto result = JsonFields::dateTime(QJsonValue(input));
    QCOMPARE(result.has_value(), !utc.isEmpty());
    if (result)
        QCOMPARE(result->toString(Qt::ISODate), utc);
}

void TestJsonFields::text()
{
    QCOMPARE(JsonFields::text(QJsonValue(u"x"_s)), std::optional<QString>(u"x"_s));
    QCOMPARE(JsonFields::text(QJsonValue(42)), std::optional<QString>(u"42"_s));
    QVERIFY(!JsonFields::text(QJsonValue()).has_value());
    QVERIFY(!JsonFields::text(QJsonValue(QJsonArray{})).has_value());
}

void TestJsonFields::stringList()
{
    QCOMPARE(JsonFields::stringList(QJsonValue(QJsonArray{u"a"_s, u"b"_s})),
             std::optional<QStringList>({u"a"_s, u"b"_s}));
    QCOMPARE(JsonFields::stringList(QJsonValue(QJsonArray{})), std::optional<QStringList>(QStringList()));
    QVERIFY(!JsonFields::stringList(QJsonValue(u"a"_s)).has_value());
    QVERIFY(!JsonFields::stringList(QJsonValue()).has_value());
}

QTEST_GUILESS_MAIN(TestJsonFields)
#include "tst_jsonfields.moc"
