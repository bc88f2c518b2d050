// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "net/headerparsing.h"

#include <QTest>
#include <QTimeZone>
#include <climits>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

// The header readers Skylight acts on, fed what a hostile server may send.
class TestHeaderParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contentLength_data();
    void contentLength();
    void contentRange_data();
    void contentRange();
    void retryAfter_data();
    void retryAfter();
    void location_data();
    void location();
};

void TestHeaderParsing::contentLength_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // -1: refused

    QTest::newRow("zero") << QByteArray("0") << 0LL;
    QTest::newRow("plain") << QByteArray("648") << 648LL;
    QTest::newRow("spaces") << QByteArray(" \t648 ") << 648LL;
    QTest::newRow("sent twice, same") << QByteArray("648, 648") << 648LL;
    QTest::newRow("largest qint64") << QByteArray("9223372036854775807") << 9223372036854775807LL;
    QTest::newRow("empty") << QByteArray() << -1LL;
    QTest::newRow("negative") << QByteArray("-5") << -1LL;
    QTest::newRow("plus") << QByteArray("+5") << -1LL;
    QTest::newRow("overflow") << QByteArray("9223372036854775808") << -1LL;
    QTest::newRow("huge") << QByteArray(500, '9') << -1LL;
    QTest::newRow("garbage") << QByteArray("12abc") << -1LL;
    QTest::newRow("hex") << QByteArray("0x10") << -1LL;
    QTest::newRow("fraction") << QByteArray("1.5") << -1LL;
    QTest::newRow("sent twice, different") << QByteArray("5, 6") << -1LL;
    QTest::newRow("empty list item") << QByteArray("5,") << -1LL;
    QTest::newRow("nul") << QByteArray("5\0", 2) << -1LL;
    QTest::newRow("over the value cap") << QByteArray(HeaderParsing::kMaxValueBytes + 1, '0') << -1LL;
}

void TestHeaderParsing::contentLength()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    QCOMPARE(HeaderParsing::contentLength(value).value_or(-1), expected);
}

void TestHeaderParsing::contentRange_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<qint64>("complete");

    QTest::newRow("range of known size")
        << QByteArray("bytes 100-199/1000") << true << 100LL << 199LL << 1000LL;
    QTest::newRow("range of unknown size") << QByteArray("bytes 0-0/*") << true << 0LL << 0LL << -1LL;
    QTest::newRow("unsatisfied") << QByteArray("bytes */100") << true << -1LL << -1LL << 100LL;
    QTest::newRow("last byte") << QByteArray("bytes 999-999/1000") << true << 999LL << 999LL << 1000LL;
    QTest::newRow("largest") << QByteArray("bytes 0-9223372036854775806/9223372036854775807") << true << 0LL
                             << 9223372036854775806LL << 9223372036854775807LL;
    QTest::newRow("unsatisfied, unknown") << QByteArray("bytes */*") << false << 0LL << 0LL << 0LL;
    QTest::newRow("past the end") << QByteArray("bytes 0-1000/1000") << false << 0LL << 0LL << 0LL;
    QTest::newRow("backwards") << QByteArray("bytes 200-100/1000") << false << 0LL << 0LL << 0LL;
    QTest::newRow("negative") << QByteArray("bytes -5-10/100") << false << 0LL << 0LL << 0LL;
    QTest::newRow("overflow") << QByteArray("bytes 0-99999999999999999999/*") << false << 0LL << 0LL << 0LL;
    QTest::newRow("other unit") << QByteArray("items 0-1/2") << false << 0LL << 0LL << 0LL;
    QTest::newRow("no slash") << QByteArray("bytes 0-1") << false << 0LL << 0LL << 0LL;
    QTest::newRow("no dash") << QByteArray("bytes 01/2") << false << 0LL << 0LL << 0LL;
    QTest::newRow("empty") << QByteArray() << false << 0LL << 0LL << 0LL;
    QTest::newRow("garbage") << QByteArray("bytes a-b/c") << false << 0LL << 0LL << 0LL;
    QTest::newRow("only the unit") << QByteArray("bytes ") << false << 0LL << 0LL << 0LL;
}

void TestHeaderParsing::contentRange()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    const auto range = HeaderParsing::contentRange(value);
    QCOMPARE(range.has_value(), valid);
    if (!valid)
        return;
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(qint64, complete);
    QCOMPARE(range->first, first);
    QCOMPARE(range->last, last);
    QCOMPARE(range->complete, complete);
    QCOMPARE(range->unsatisfied(), first < 0);
}

void TestHeaderParsing::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected"); // -1: unreadable

    QTest::newRow("seconds") << QByteArray("17") << 17;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("padded") << QByteArray(" 17 ") << 17;
    QTest::newRow("INT_MAX") << QByteArray("2147483647") << INT_MAX;
    QTest::newRow("more than an int") << QByteArray("2147483648") << INT_MAX;
    QTest::newRow("more than a qint64") << QByteArray(400, '9') << INT_MAX;
    QTest::newRow("a date 90 s later") << QByteArray("Sun, 06 Nov 1994 08:51:07 GMT") << 90;
    QTest::newRow("a date in the past") << QByteArray("Sat, 05 Nov 1994 08:49:37 GMT") << 0;
    QTest::newRow("a date far ahead") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << INT_MAX;
    QTest::newRow("a date without GMT") << QByteArray("Sun, 06 Nov 1994 08:51:07 UTC") << -1;
    QTest::newRow("an invalid date") << QByteArray("Sun, 31 Feb 1994 08:51:07 GMT") << -1;
    QTest::newRow("an invalid time") << QByteArray("Sun, 06 Nov 1994 25:51:07 GMT") << -1;
    QTest::newRow("a wrong month") << QByteArray("Sun, 06 Foo 1994 08:51:07 GMT") << -1;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("fraction") << QByteArray("1.5") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("over the value cap") << QByteArray(HeaderParsing::kMaxValueBytes + 1, '1') << -1;
}

void TestHeaderParsing::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);
    const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
    QCOMPARE(HeaderParsing::retryAfterSeconds(value, now).value_or(-1), expected);
}

void TestHeaderParsing::location_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::newRow("absolute") << QByteArray("https://other.example:8443/v2/images")
                              << u"https://other.example:8443/v2/images"_s;
    QTest::newRow("absolute path") << QByteArray("/v2/images?marker=x")
                                   << u"https://cloud.example:9292/v2/images?marker=x"_s;
    QTest::newRow("relative path") << QByteArray("file")
                                   << u"https://cloud.example:9292/v2/images/abc/file"_s;
    QTest::newRow("dot segments") << QByteArray("../../../v1/images/abc")
                                  << u"https://cloud.example:9292/v1/images/abc"_s;
    QTest::newRow("scheme-relative") << QByteArray("//other.example/x") << u"https://other.example/x"_s;
    QTest::newRow("query only") << QByteArray("?page=2")
                                << u"https://cloud.example:9292/v2/images/abc/?page=2"_s;
    QTest::newRow("padded") << QByteArray("  /x ") << u"https://cloud.example:9292/x"_s;
    QTest::newRow("other scheme (judged by the caller)")
        << QByteArray("ftp://x.example/a") << u"ftp://x.example/a"_s;
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("blank") << QByteArray("   ") << QString();
    QTest::newRow("space inside") << QByteArray("/a b") << QString();
    QTest::newRow("control") << QByteArray("/a\x1b[2Jb") << QString();
    QTest::newRow("CRLF") << QByteArray("/a\r\nX-Injected: 1") << QString();
    QTest::newRow("nul") << QByteArray("/a\0b", 4) << QString();
    QTest::newRow("http without host") << QByteArray("http:") << QString();
    QTest::newRow("bad port") << QByteArray("http://x.example:99999/") << QString();
    QTest::newRow("over the value cap") << "/" + QByteArray(HeaderParsing::kMaxValueBytes, 'a') << QString();
}

void TestHeaderParsing::location()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    const QUrl base(u"https://cloud.example:9292/v2/images/abc/"_s);
    const auto url = HeaderParsing::location(value, base);
    QCOMPARE(url.has_value(), !expected.isEmpty());
    if (url)
        QCOMPARE(url->toString(), expected);
}

QTEST_GUILESS_MAIN(TestHeaderParsing)
#include "tst_headerparsing.moc"
