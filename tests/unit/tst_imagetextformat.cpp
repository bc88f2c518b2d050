// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/imagetextformat.h"
#include "net/terminaltext.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestImageTextFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tableHasHeaderAndRows();
    void detailsShowNullsPropertiesAndLinks();
    void terminalSafe_data();
    void terminalSafe();
};

namespace {
ImageRecord sample()
{
    ImageRecord record;
    record.id = u"abc"_s;
    record.name = u"Débian — 日本"_s;
    record.status = u"active"_s;
    record.size = 13167616;
    record.properties.insert(u"os_distro"_s, u"debian"_s);
    record.links.append({u"self"_s, u"http://h/v2/images/abc"_s, std::nullopt});
    record.dialect = Dialect::GlanceV2;
    return record;
}
} // namespace

void TestImageTextFormat::tableHasHeaderAndRows()
{
    ImageRecord unnamed;
    unnamed.id = u"def"_s;
    const QString table = formatImageTable({sample(), unnamed});
    const QStringList lines = table.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(u"ID"_s));
    QVERIFY(lines.at(2).contains(u"Débian — 日本"_s));
    QVERIFY(lines.at(2).contains(u"12.6 MiB"_s));
    QVERIFY(lines.at(3).startsWith(u"def"_s));
}

void TestImageTextFormat::detailsShowNullsPropertiesAndLinks()
{
    const QString details = formatImageDetails(sample(), u"(chosen automatically)"_s);
    QVERIFY(details.contains(QRegularExpression(u"\\nvirtual_size +null\\n"_s)));
    QVERIFY(details.contains(QRegularExpression(u"\\nchecksum +null\\n"_s)));
    QVERIFY(details.contains(u"properties.os_distro"_s));
    QVERIFY(details.contains(u"links.self"_s));
    QVERIFY(details.contains(u"glance-v2 (chosen automatically)"_s));
    QVERIFY(details.contains(u"13167616 (12.6 MiB)"_s));
}

void TestImageTextFormat::terminalSafe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain and non-ASCII") << u"Débian — 日本 \\ x"_s << u"Débian — 日本 \\ x"_s;
    QTest::newRow("OSC title and BEL") << (u"a\x1b]0;t\x07"_s + u"b"_s) << u"a\\x1b]0;t\\x07b"_s;
    QTest::newRow("CSI clear") << u"\x1b[2J"_s << u"\\x1b[2J"_s;
    QTest::newRow("NUL, CR, LF, TAB, DEL")
        << (u"a"_s + QChar(0) + u"\r\n\t\x7f"_s) << u"a\\x00\\x0d\\x0a\\x09\\x7f"_s;
    QTest::newRow("C1 CSI") << u"\u009b31m"_s << u"\\x9b31m"_s;
    QTest::newRow("bidi override and isolate") << u"a\u202Eb\u2066c"_s << u"a\\u202eb\\u2066c"_s;
    QTest::newRow("line and paragraph separators") << u"a\u2028b\u2029"_s << u"a\\u2028b\\u2029"_s;
}

void TestImageTextFormat::terminalSafe()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(Skylight::terminalSafe(text), shown);
}

QTEST_GUILESS_MAIN(TestImageTextFormat)
#include "tst_imagetextformat.moc"
