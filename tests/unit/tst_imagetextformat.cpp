#include "imagetextformat.h"

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

QTEST_GUILESS_MAIN(TestImageTextFormat)
#include "tst_imagetextformat.moc"
