// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/imagelistprinter.h"
#include "image/imagerecordjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
ImageRecord image(int n, const QString& name)
{
    ImageRecord record;
    record.id = u"id-%1"_s.arg(n, 2, 10, QLatin1Char('0'));
    record.name = name;
    record.status = u"active"_s;
    record.size = 1024 * n;
    record.tags = n % 2 ? QStringList{} : QStringList{u"a"_s, u"b"_s};
    record.properties.insert(u"nested"_s, QJsonObject{{u"deep"_s, QJsonArray{1, u"x\ny"_s}}});
    record.properties.insert(u"empty"_s, QJsonObject{});
    record.links.append({u"self"_s, u"http://h/v2/images/"_s + record.id, std::nullopt});
    record.dialect = Dialect::GlanceV2;
    return record;
}

QList<ImageRecord> images(int from, int count)
{
    QList<ImageRecord> list;
    for (int n = from; n < from + count; ++n)
        list.append(image(n, u"name-%1"_s.arg(n, 2, 10, QLatin1Char('0'))));
    return list;
}
} // namespace

// A listing printed page by page: JSON the same bytes as one document of the whole array, a
// table sized by its first page.
class TestImageListPrinter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonIsTheWholeDocument_data();
    void jsonIsTheWholeDocument();
    void jsonClosedAfterAFailure();
    void tableSizedByTheFirstPage();
    void tableWithoutImagesIsItsHeader();
    void laterCellsStayTerminalSafe();
};

void TestImageListPrinter::jsonIsTheWholeDocument_data()
{
    QTest::addColumn<QList<int>>("pageSizes");
    QTest::newRow("no image") << QList<int>{};
    QTest::newRow("one page") << QList<int>{3};
    QTest::newRow("three pages") << QList<int>{2, 1, 4};
    QTest::newRow("empty pages between") << QList<int>{1, 0, 2};
}

void TestImageListPrinter::jsonIsTheWholeDocument()
{
    QFETCH(QList<int>, pageSizes);
    ImageListPrinter printer(ImageListPrinter::Format::Json);
    QByteArray streamed;
    QList<ImageRecord> all;
    int next = 1;
    for (int size : pageSizes) {
        const QList<ImageRecord> page = images(next, size);
        next += size;
        all += page;
        streamed += printer.page(page);
    }
    streamed += printer.end();
    QCOMPARE(streamed, QJsonDocument(toContractJson(all)).toJson(QJsonDocument::Indented));
}

void TestImageListPrinter::jsonClosedAfterAFailure()
{
    ImageListPrinter printer(ImageListPrinter::Format::Json);
    QVERIFY(printer.beginning());
    QByteArray streamed = printer.page(images(1, 2));
    QVERIFY(!printer.beginning());
    QJsonParseError error{};
    QJsonDocument::fromJson(streamed, &error);
    QVERIFY(error.error != QJsonParseError::NoError); // not closed yet
    streamed += printer.end();
    const QJsonDocument document = QJsonDocument::fromJson(streamed, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.array().size(), 2);
}

void TestImageListPrinter::tableSizedByTheFirstPage()
{
    ImageListPrinter printer(ImageListPrinter::Format::Table);
    QList<ImageRecord> later{image(3, u"a-much-longer-name-on-page-two"_s), image(4, u"short"_s)};
    later[0].id = u"an-id-longer-than-the-first-page-ids"_s;
    QByteArray text = printer.page(images(1, 2)); // one statement each: in this order
    text += printer.page(later);
    text += printer.end();
    const QStringList lines = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6); // header, rule, 2 + 2 rows
    QVERIFY2(lines.at(0).startsWith(u"ID     Name     Status"_s), qPrintable(lines.at(0)));
    // Cut to the first page's widths ("id-01": 5, "name-01": 7), ending in "…".
    QVERIFY2(lines.at(4).startsWith(u"an-i…  a-much…  active"_s), qPrintable(lines.at(4)));
    QVERIFY2(lines.at(5).startsWith(u"id-04  short    active"_s), qPrintable(lines.at(5)));
    for (const QString& line : lines.mid(2))
        QCOMPARE(line.indexOf(u"active"_s), lines.at(0).indexOf(u"Status"_s)); // columns stay aligned
}

void TestImageListPrinter::tableWithoutImagesIsItsHeader()
{
    ImageListPrinter printer(ImageListPrinter::Format::Table);
    QByteArray text = printer.page({});
    text += printer.end();
    QCOMPARE(text.count('\n'), 2);
    QVERIFY(text.startsWith("ID  Name  Status  Size  Disk  Visibility  Created\n--  ----"));
}

void TestImageListPrinter::laterCellsStayTerminalSafe()
{
    ImageListPrinter printer(ImageListPrinter::Format::Table);
    QByteArray text = printer.page({image(1, u"x"_s.repeated(40))});
    text +=
        printer.page({image(2, u"\x1b]0;title\x07"_s), image(3, u"\u202Ereversed-and-long"_s.repeated(3))});
    QVERIFY(!text.contains('\x1b') && !text.contains('\x07') && !text.contains("\xE2\x80\xAE"));
    QVERIFY2(text.contains("\\x1b]0;title\\x07"), text.constData());
    QVERIFY2(text.contains("\\u202ereversed"), text.constData());
}

QTEST_GUILESS_MAIN(TestImageListPrinter)
#include "tst_imagelistprinter.moc"
