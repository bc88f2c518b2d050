// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// The image table's cells and header (issue 16, defect 9): a cut value has its whole text as a
// tooltip, the status icon stays visible on a selected row, and the columns are wide enough for
// their header in every language Skylight speaks.
#include "i18n/translationinstaller.h"
#include "models/imagetablemodel.h"
#include "models/statusicon.h"
#include "settings/appsettings.h"
#include "widgets/imagetableview.h"
#include "widgets/themecolors.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QImage>
#include <QSettings>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {

ImageRecord record(const QString& id, const QString& name, const QString& status)
{
    ImageRecord made;
    made.id = id;
    made.name = name;
    made.status = status;
    made.diskFormat = u"qcow2"_s;
    made.containerFormat = u"bare"_s;
    made.visibility = u"community"_s;
    return made;
}

// The tooltip the view shows over a cell (empty: none).
QString toolTipOver(ImageTableView& view, const QModelIndex& index)
{
    QToolTip::hideText();
    if (!QTest::qWaitFor([] { return !QToolTip::isVisible(); }))
        return u"(a tooltip stayed)"_s;
    const QPoint at = view.visualRect(index).center();
    QHelpEvent event(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
    QApplication::sendEvent(view.viewport(), &event);
    QTest::qWait(50);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

QPalette paletteWithHighlight(const QColor& highlight, const QColor& highlightedText)
{
    QPalette palette = QApplication::palette();
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Highlight, highlight);
        palette.setColor(group, QPalette::HighlightedText, highlightedText);
    }
    return palette;
}

} // namespace

class TestImageTableView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void cutCellsShowTheirWholeText_data();
    void cutCellsShowTheirWholeText();
    void statusIconStandsOutOnTheSelection_data();
    void statusIconStandsOutOnTheSelection();
    void statusIconShowsOnASelectedRow();
    void columnsFitTheirTranslatedHeader_data();
    void columnsFitTheirTranslatedHeader();
    void layoutSavedBeforeTheAddedColumnsStillFits();
    void layoutSavedBeforeContentsStillFits();
};

void TestImageTableView::cleanup()
{
    QApplication::setPalette(QPalette());
    QToolTip::hideText();
}

void TestImageTableView::cutCellsShowTheirWholeText_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::newRow("status") << int(ImageTableModel::Status) << u"pending_delete"_s;
    QTest::newRow("disk format") << int(ImageTableModel::DiskFormat) << u"qcow2"_s;
    QTest::newRow("visibility") << int(ImageTableModel::Visibility) << u"community"_s;
    QTest::newRow("name") << int(ImageTableModel::Name)
                          << u"ubuntu-24.04-server-cloudimg-amd64-with-a-name-far-longer-than-the-column"_s;
}

void TestImageTableView::cutCellsShowTheirWholeText()
{
    QFETCH(int, column);
    QFETCH(QString, text);
    ImageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(
        {record(u"id-1"_s, u"ubuntu-24.04-server-cloudimg-amd64-with-a-name-far-longer-than-the-column"_s,
                u"pending_delete"_s)});
    ImageTableView view;
    view.setModel(&model);
    view.setColumnHidden(ImageTableModel::Id, true);
    view.horizontalHeader()->setStretchLastSection(false);
    view.resize(1200, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QModelIndex index = model.index(0, column);
    QCOMPARE(index.data().toString(), text);

    view.setColumnWidth(column, 40); // cut
    QTRY_VERIFY(view.columnWidth(column) == 40);
    const QString cut = toolTipOver(view, index);
    QVERIFY2(cut.contains(text), qPrintable(cut));

    view.setColumnWidth(column, 900); // whole: no tooltip repeats it
    const QString whole = toolTipOver(view, index);
    QVERIFY2(!whole.contains(text), qPrintable(whole));
}

void TestImageTableView::statusIconStandsOutOnTheSelection_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QColor>("highlight");
    QTest::addColumn<QColor>("highlightedText");
    const struct
    {
        const char* name;
        QColor highlight;
        QColor text;
    } palettes[] = {
        {"fusion", QColor(0x30, 0x8c, 0xc6), Qt::white}, {"windows", QColor(0x00, 0x78, 0xd7), Qt::white},
        {"grey", QColor(0x8c, 0x95, 0x9f), Qt::black},   {"dark", QColor(0x2a, 0x82, 0xda), Qt::white},
        {"pale", QColor(0xb3, 0xd7, 0xff), Qt::black},
    };
    for (const QString& status : {u"unknown-status"_s, u"deleted"_s, u"pending_delete"_s, u"active"_s,
                                  u"queued"_s, u"deactivated"_s, u"killed"_s}) {
        for (const auto& palette : palettes) {
            QTest::addRow("%s on %s", qPrintable(status), palette.name)
                << status << palette.highlight << palette.text;
        }
    }
}

// Most of the icon's ink stands out (3:1, WCAG's figure for graphics) from the selection's colour.
void TestImageTableView::statusIconStandsOutOnTheSelection()
{
    QFETCH(QString, status);
    QFETCH(QColor, highlight);
    QFETCH(QColor, highlightedText);
    QApplication::setPalette(paletteWithHighlight(highlight, highlightedText));
    const QImage icon = statusIcon(status)
                            .pixmap(QSize(32, 32), QIcon::Selected)
                            .toImage()
                            .convertToFormat(QImage::Format_ARGB32);
    int ink = 0;
    int standingOut = 0;
    for (int y = 0; y < icon.height(); ++y) {
        for (int x = 0; x < icon.width(); ++x) {
            const QColor pixel = icon.pixelColor(x, y);
            if (pixel.alpha() < 160)
                continue;
            ++ink;
            const QColor over =
                QColor::fromRgbF(pixel.redF() * pixel.alphaF() + highlight.redF() * (1 - pixel.alphaF()),
                                 pixel.greenF() * pixel.alphaF() + highlight.greenF() * (1 - pixel.alphaF()),
                                 pixel.blueF() * pixel.alphaF() + highlight.blueF() * (1 - pixel.alphaF()));
            if (ThemeColors::contrast(over, highlight) >= 3.0)
                ++standingOut;
        }
    }
    QVERIFY(ink > 0);
    QVERIFY2(standingOut * 2 > ink, qPrintable(u"%1 of %2 pixels stand out"_s.arg(standingOut).arg(ink)));
}

// As the table paints it: the grey "deleted" glyph on a selected row, in the view's highlight.
void TestImageTableView::statusIconShowsOnASelectedRow()
{
    const QColor highlight(0x30, 0x8c, 0xc6);
    QApplication::setPalette(paletteWithHighlight(highlight, Qt::white));
    ImageTableModel model;
    model.append({record(u"id-1"_s, u"gone"_s, u"deleted"_s)});
    ImageTableView view;
    view.setModel(&model);
    view.resize(800, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.selectRow(0);
    QTRY_VERIFY(view.selectionModel()->isRowSelected(0, {}));
    const QRect cell = view.visualRect(model.index(0, ImageTableModel::Status));
    const QImage shot = view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const qreal scale = shot.devicePixelRatio();
    int standingOut = 0;
    // The icon's room: the cell's first 20 pixels, before its text.
    for (int y = cell.top(); y <= cell.bottom(); ++y) {
        for (int x = cell.left(); x < cell.left() + 20; ++x) {
            const QColor pixel = shot.pixelColor(QPoint(int(x * scale), int(y * scale)));
            if (ThemeColors::contrast(pixel, highlight) >= 3.0)
                ++standingOut;
        }
    }
    QVERIFY2(standingOut >= 20, qPrintable(u"%1 pixels stand out"_s.arg(standingOut)));
}

void TestImageTableView::columnsFitTheirTranslatedHeader_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : TranslationInstaller::languages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestImageTableView::columnsFitTheirTranslatedHeader()
{
    QFETCH(QString, language);
    TranslationInstaller translations(QCoreApplication::instance());
    QCOMPARE(translations.install(QLocale(language)), language);
    ImageTableModel model;
    ImageTableView view;
    view.setModel(&model);
    view.resize(1200, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QHeaderView* header = view.horizontalHeader();
    for (int column = 0; column < ImageTableModel::ColumnCount; ++column) {
        const QString text = model.headerData(column, Qt::Horizontal).toString();
        // Shown or not: a column shown later from View > Columns starts wide enough too.
        view.setColumnHidden(column, false);
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(u"%1: %2 < %3"_s.arg(text)
                                .arg(header->sectionSize(column))
                                .arg(header->sectionSizeHint(column))));
    }
}

// A column layout saved by a version without Protected, Virtual size and Type (13 columns, up to
// ID): restored as saved, the added columns at the end, shown or hidden as in a new layout.
void TestImageTableView::layoutSavedBeforeTheAddedColumnsStillFits()
{
    const int oldCount = ImageTableModel::Id + 1;
    QStandardItemModel old(0, oldCount);
    QTableView oldView;
    oldView.setModel(&old);
    QHeaderView* oldHeader = oldView.horizontalHeader();
    oldHeader->setSectionsMovable(true);
    oldHeader->moveSection(oldHeader->visualIndex(ImageTableModel::Size), 0);
    oldView.setColumnHidden(ImageTableModel::Status, true);
    oldView.setColumnWidth(ImageTableModel::Name, 333);
    QTemporaryDir dir;
    QSettings file(dir.filePath(u"skylight.conf"_s), QSettings::IniFormat);
    AppSettings settings(&file);
    settings.setImageColumns(oldHeader->saveState());

    ImageTableModel model;
    ImageTableView view;
    view.setModel(&model);
    view.restoreColumns(&settings);
    const QHeaderView* header = view.horizontalHeader();
    QCOMPARE(header->count(), int(ImageTableModel::ColumnCount));
    QCOMPARE(header->visualIndex(ImageTableModel::Size), 0);
    QVERIFY(view.isColumnHidden(ImageTableModel::Status));
    QCOMPARE(view.columnWidth(ImageTableModel::Name), 333);
    for (int column = oldCount; column < ImageTableModel::ColumnCount; ++column) {
        QCOMPARE(header->visualIndex(column), column);
        QCOMPARE(view.isColumnHidden(column),
                 ImageTableModel::hiddenByDefault(ImageTableModel::Column(column)));
    }
    QVERIFY(!view.isColumnHidden(ImageTableModel::Type));
    QVERIFY(view.isColumnHidden(ImageTableModel::VirtualSize));

    // Saved again with every column: restored as the user left it.
    view.setColumnHidden(ImageTableModel::Type, true);
    view.setColumnHidden(ImageTableModel::VirtualSize, false);
    view.saveColumns(&settings);
    ImageTableView again;
    again.setModel(&model);
    again.restoreColumns(&settings);
    QVERIFY(again.isColumnHidden(ImageTableModel::Type));
    QVERIFY(!again.isColumnHidden(ImageTableModel::VirtualSize));
    QVERIFY(again.isColumnHidden(ImageTableModel::Status));
}

// A layout saved by a version without Contents (issue 17; 16 columns, up to Type): restored as
// saved, Contents appended and shown.
void TestImageTableView::layoutSavedBeforeContentsStillFits()
{
    const int oldCount = ImageTableModel::Type + 1;
    QStandardItemModel old(0, oldCount);
    QTableView oldView;
    oldView.setModel(&old);
    QHeaderView* oldHeader = oldView.horizontalHeader();
    oldHeader->setSectionsMovable(true);
    oldHeader->moveSection(oldHeader->visualIndex(ImageTableModel::Type), 0);
    oldView.setColumnHidden(ImageTableModel::Size, true);
    QTemporaryDir dir;
    QSettings file(dir.filePath(u"skylight.conf"_s), QSettings::IniFormat);
    AppSettings settings(&file);
    settings.setImageColumns(oldHeader->saveState());

    ImageTableModel model;
    ImageTableView view;
    view.setModel(&model);
    view.restoreColumns(&settings);
    const QHeaderView* header = view.horizontalHeader();
    QCOMPARE(header->count(), int(ImageTableModel::ColumnCount));
    QCOMPARE(header->visualIndex(ImageTableModel::Type), 0);
    QVERIFY(view.isColumnHidden(ImageTableModel::Size));
    QCOMPARE(header->visualIndex(ImageTableModel::Contents), int(ImageTableModel::Contents));
    QVERIFY(!view.isColumnHidden(ImageTableModel::Contents));
}

QTEST_MAIN(TestImageTableView)
#include "tst_imagetableview.moc"
