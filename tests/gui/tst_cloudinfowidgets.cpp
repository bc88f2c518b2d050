// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// The cloud information panel's widgets from constructed answers (issue 18): quotas in IEC units,
// without a limit or beyond it (clamped and marked), empty answers as notes, long messages cut
// with the whole text as a plain tooltip, import methods by name and key. The panel against the
// demo cloud, in the window: tst_cloudinfopanel.

#include "image/datasize.h"
#include "models/quotarow.h"
#include "widgets/cloudinfopanel.h"
#include "widgets/themecolors.h"

#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
using Section = CloudInfoPanel::Section;
using State = CloudInfoPanel::State;

QColor textColor(const QLabel* label)
{
    return label->palette().color(QPalette::WindowText);
}

QColor alertColor(const QWidget* widget)
{
    return ThemeColors::color(ThemeColors::Role::AlertText, widget->palette());
}
} // namespace

class TestCloudInfoWidgets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quotaRows_data();
    void quotaRows();
    void quotaBarsBeyondAndWithoutLimits();
    void emptyAnswersAreNotes();
    void longMessagesAreCutWithTooltips();
    void importMethodNames_data();
    void importMethodNames();
};

void TestCloudInfoWidgets::quotaRows_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("limit"); // -2: none given
    QTest::addColumn<qint64>("usage"); // -2: none given
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("fill");
    QTest::addColumn<bool>("hasLimit");
    QTest::addColumn<bool>("overLimit");
    const QString gib = dataSizeText(qint64(20) * 1024 * 1024 * 1024);
    QTest::newRow("count") << u"image_count_total"_s << qint64(100) << qint64(25) << u"25 of 100"_s << 250
                           << true << false;
    QTest::newRow("size in MiB") << u"image_size_total"_s << qint64(20480) << qint64(10240)
                                 << u"%1 of %2"_s.arg(dataSizeText(qint64(10) * 1024 * 1024 * 1024), gib)
                                 << 500 << true << false;
    QTest::newRow("at the limit") << u"image_count_uploading"_s << qint64(5) << qint64(5) << u"5 of 5"_s
                                  << 1000 << true << false;
    QTest::newRow("over the limit") << u"image_count_total"_s << qint64(10) << qint64(12)
                                    << u"12 of 10: over the limit"_s << 1000 << true << true;
    QTest::newRow("zero limit") << u"image_count_total"_s << qint64(0) << qint64(0) << u"0 of 0"_s << 1000
                                << true << false;
    QTest::newRow("unlimited") << u"image_stage_total"_s << qint64(-1) << qint64(2048)
                               << u"%1 used, unlimited"_s.arg(dataSizeText(qint64(2) * 1024 * 1024 * 1024))
                               << 0 << false << false;
    QTest::newRow("no limit given") << u"image_count_total"_s << qint64(-2) << qint64(7)
                                    << u"7 used, no limit given"_s << 0 << false << false;
    QTest::newRow("no usage given") << u"image_count_total"_s << qint64(9) << qint64(-2)
                                    << u"Usage not given, limit 9"_s << 0 << true << false;
    QTest::newRow("huge size") << u"image_size_total"_s << qint64(-1) << std::numeric_limits<qint64>::max()
                               << u"%1 MiB used, unlimited"_s.arg(std::numeric_limits<qint64>::max()) << 0
                               << false << false;
    QTest::newRow("unknown quota") << u"image_count_other"_s << qint64(1000) << qint64(1) << u"1 of 1000"_s
                                   << 1 << true << false;
}

void TestCloudInfoWidgets::quotaRows()
{
    QFETCH(QString, key);
    QFETCH(qint64, limit);
    QFETCH(qint64, usage);
    QFETCH(QString, text);
    QFETCH(int, fill);
    QFETCH(bool, hasLimit);
    QFETCH(bool, overLimit);
    UsageEntry entry{key, limit == -2 ? std::nullopt : std::optional<qint64>(limit),
                     usage == -2 ? std::nullopt : std::optional<qint64>(usage)};
    const QuotaRow row = QuotaRow::from(entry, QLocale::c());
    QCOMPARE(row.key, key);
    QCOMPARE(row.text, text);
    QCOMPARE(row.fill, fill);
    QCOMPARE(row.hasLimit, hasLimit);
    QCOMPARE(row.overLimit, overLimit);
}

void TestCloudInfoWidgets::quotaBarsBeyondAndWithoutLimits()
{
    CloudInfoPanel info;
    info.setLocale(QLocale::c());
    info.show();
    ImageUsage usage;
    usage.entries = {{u"image_count_total"_s, 10, 12},
                     {u"image_size_total"_s, -1, 2048},
                     {u"image_count_uploading"_s, 5, 1}};
    info.showUsage(usage);
    QCOMPARE(info.state(Section::Usage), State::Shown);
    QCOMPARE(info.quotaCount(), 3);

    QProgressBar* over = info.quotaBar(0);
    QCOMPARE(over->value(), over->maximum()); // clamped
    QCOMPARE(over->text(), u"100%"_s);
    QCOMPARE(over->property("overLimit").toBool(), true);
    QCOMPARE(info.quotaText(0)->text(), u"12 of 10: over the limit"_s);
    QCOMPARE(over->palette().color(QPalette::Highlight), alertColor(over));
    QCOMPARE(textColor(info.quotaText(0)), alertColor(over));

    QProgressBar* unlimited = info.quotaBar(1);
    QVERIFY(!unlimited->isTextVisible());
    QVERIFY(!unlimited->isEnabled());
    QCOMPARE(unlimited->value(), 0);
    QCOMPARE(info.quotaText(1)->text(), u"%1 used, unlimited"_s.arg(dataSizeText(qint64(2) << 30)));
    QCOMPARE(unlimited->property("overLimit").toBool(), false);

    QProgressBar* within = info.quotaBar(2);
    QCOMPARE(within->value(), 200);
    QCOMPARE(within->text(), u"20%"_s);
    QVERIFY(within->palette().color(QPalette::Highlight) != alertColor(within));
    QCOMPARE(info.quotaText(2)->text(), u"1 of 5"_s);
    QCOMPARE(within->accessibleName(), u"Uploading quota"_s);
    QCOMPARE(within->accessibleDescription(), u"1 of 5"_s);

    // Shown again: the rows of the new answer only.
    usage.entries = {{u"image_count_total"_s, 100, 1}};
    info.showUsage(usage);
    QCOMPARE(info.quotaCount(), 1);
    QCOMPARE(info.findChildren<QProgressBar*>().size(), 1);
}

void TestCloudInfoWidgets::emptyAnswersAreNotes()
{
    CloudInfoPanel info;
    info.show();
    info.showStores({});
    info.showImportInfo({});
    info.showUsage({});
    for (Section section : {Section::Stores, Section::Import, Section::Usage}) {
        QCOMPARE(info.state(section), State::Note);
        QVERIFY(!info.message(section).isEmpty());
        QVERIFY(textColor(info.messageLabel(section)) != alertColor(&info));
    }
    // Entries the core left out are said beside those read.
    ImageStoreList stores;
    stores.stores.append(ImageStore{.id = u"fast"_s});
    stores.skipped.add(u"entry 2 is not an object"_s);
    info.showStores(stores);
    QCOMPARE(info.state(Section::Stores), State::Shown);
    QVERIFY2(info.message(Section::Stores).contains(u"entry 2 is not an object"_s),
             qPrintable(info.message(Section::Stores)));
    QVERIFY(info.storeView()->isVisible());
    QVERIFY(info.messageLabel(Section::Stores)->isVisible());
}

void TestCloudInfoWidgets::longMessagesAreCutWithTooltips()
{
    CloudInfoPanel info;
    info.resize(600, 300);
    info.show();
    QVERIFY(QTest::qWaitForWindowExposed(&info));
    const QString markup = u"<b>Glance</b> said <img src=\"x\"> "_s;
    QString longText;
    while (longText.size() < 3000)
        longText += markup + u"and more words after it, "_s;
    info.showFailure(Section::Usage, longText);
    QLabel* label = info.messageLabel(Section::Usage);
    QCOMPARE(info.message(Section::Usage), longText);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    // Cut once the label has its width in the layout.
    QTRY_VERIFY(label->text().endsWith(QChar(0x2026)));
    QVERIFY(label->text().size() < longText.size());
    QVERIFY(label->text().count(u'\n') <= 2); // three lines at most
    // The whole text in the tooltip, escaped: shown as text, not as markup.
    QVERIFY(label->toolTip().contains(u"&lt;b&gt;Glance&lt;/b&gt;"_s));
    QVERIFY(!label->toolTip().contains(u"<img"_s));
    // A short one is shown whole, without a tooltip.
    info.showFailure(Section::Usage, u"<b>short</b>"_s);
    QCOMPARE(label->text(), u"⚠ <b>short</b>"_s);
    QVERIFY(label->toolTip().isEmpty());
}

void TestCloudInfoWidgets::importMethodNames_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name");
    QTest::newRow("glance-direct") << u"glance-direct"_s << u"Upload, then import"_s;
    QTest::newRow("web-download") << u"web-download"_s << u"Import from a web address"_s;
    QTest::newRow("copy-image") << u"copy-image"_s << u"Copy to other stores"_s;
    QTest::newRow("glance-download") << u"glance-download"_s << u"Import from another region's Image API"_s;
    QTest::newRow("unknown") << u"<i>custom</i>"_s << u"<i>custom</i>"_s;
}

void TestCloudInfoWidgets::importMethodNames()
{
    QFETCH(QString, key);
    QFETCH(QString, name);
    QCOMPARE(CloudInfoPanel::importMethodName(key), name);
    CloudInfoPanel info;
    ImportInfo import;
    import.methods = {key};
    info.showImportInfo(import);
    QCOMPARE(info.state(Section::Import), State::Shown);
    QCOMPARE(info.importList()->topLevelItemCount(), 1);
    QCOMPARE(info.importList()->topLevelItem(0)->text(0), name);
    QCOMPARE(info.importList()->topLevelItem(0)->text(1), key); // the API's key beside it
}

QTEST_MAIN(TestCloudInfoWidgets)
#include "tst_cloudinfowidgets.moc"
