// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// The browser's features beyond listing: filter chips and server filters, columns, compare,
// export, copy, keyboard, cloud switching from memory, a timeout in the banner.
#include "adapters/glancev1adapter.h"
#include "adapters/glancev2adapter.h"
#include "controllers/selectionactions.h"
#include "democloud/democloud.h"
#include "models/comparemodel.h"
#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"
#include "settings/appsettings.h"
#include "support/silentserver.h"
#include "widgets/comparedialog.h"
#include "widgets/errorbanner.h"
#include "widgets/filterbar.h"
#include "widgets/imagedetailsview.h"
#include "widgets/imagetableview.h"
#include "widgets/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestBrowsing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void chipsFilterAndCount_data();
    void chipsFilterAndCount();
    void enterAsksTheServerToFilter();
    void enterSendsSizeComparisons();
    void columnsCanBeHiddenAndPersist();
    void comparesTwoImages();
    void comparesAcrossClouds();
    void exportsJsonAndCsv_data();
    void exportsJsonAndCsv();
    void keyboardShortcuts();
    void switchingBackIsInstantAndKeepsTheSelection();
    void timeoutShowsTheBanner();

private:
    MainWindow* makeWindow(bool load = true);
    ImageAdapter* glance();
    void selectIds(MainWindow* window, const QStringList& ids);

    QNetworkAccessManager* m_nam = nullptr;
    DemoCloud* m_cloud = nullptr;
    QTemporaryDir* m_dir = nullptr;
};

void TestBrowsing::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_cloud = new DemoCloud(this);
    QVERIFY(m_cloud->start());
    m_dir = new QTemporaryDir;
}

void TestBrowsing::cleanup()
{
    delete m_cloud;
    delete m_nam;
    delete m_dir;
}

ImageAdapter* TestBrowsing::glance()
{
    return new GlanceV2Adapter(m_nam, {.url = m_cloud->glanceV2Endpoint(), .token = m_cloud->token()}, {},
                               m_cloud);
}

MainWindow* TestBrowsing::makeWindow(bool load)
{
    auto* window = new MainWindow(glance(), CloudDescription{u"Demo cloud"_s, true});
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_cloud, &QObject::destroyed, window, &QObject::deleteLater);
    window->show();
    if (load) {
        QSignalSpy finished(window, &MainWindow::listingFinished);
        window->refresh();
        if (!finished.wait(15000))
            return nullptr;
    }
    return window;
}

void TestBrowsing::selectIds(MainWindow* window, const QStringList& ids)
{
    QItemSelection selection;
    for (const QString& id : ids) {
        const QModelIndex index = window->proxyModel()->mapFromSource(
            window->imageModel()->index(window->imageModel()->rowOf(id), 0));
        selection.select(index, index);
    }
    window->imageView()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
}

void TestBrowsing::chipsFilterAndCount_data()
{
    QTest::addColumn<int>("chip");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("status active") << int(ImageFilterProxyModel::Chip::Status) << QStringList{u"active"_s};
    QTest::newRow("two statuses") << int(ImageFilterProxyModel::Chip::Status)
                                  << QStringList{u"active"_s, u"queued"_s};
    QTest::newRow("visibility") << int(ImageFilterProxyModel::Chip::Visibility) << QStringList{u"private"_s};
    QTest::newRow("disk format") << int(ImageFilterProxyModel::Chip::DiskFormat) << QStringList{u"qcow2"_s};
}

void TestBrowsing::chipsFilterAndCount()
{
    QFETCH(int, chip);
    QFETCH(QStringList, values);
    MainWindow* window = makeWindow();
    QVERIFY(window);
    QAbstractItemModelTester tester(window->proxyModel());
    const auto kind = ImageFilterProxyModel::Chip(chip);
    const auto field = [kind](const ImageTableModel::Row& row) {
        return kind == ImageFilterProxyModel::Chip::Status       ? row.status
               : kind == ImageFilterProxyModel::Chip::Visibility ? row.visibility
                                                                 : row.diskFormat.toLower();
    };
    int expected = 0;
    for (int row = 0; row < window->imageModel()->rowCount(); ++row)
        expected += values.contains(field(window->imageModel()->row(row))) ? 1 : 0;
    QVERIFY(expected > 0);
    QVERIFY(window->filterBar()->chipButton(kind)->isEnabled());

    for (const QString& value : values)
        window->filterBar()->setChipValue(kind, value, true);
    QCOMPARE(window->proxyModel()->rowCount(), expected);
    for (int row = 0; row < window->proxyModel()->rowCount(); ++row) {
        const int source = window->proxyModel()->mapToSource(window->proxyModel()->index(row, 0)).row();
        QVERIFY(values.contains(field(window->imageModel()->row(source))));
    }
    QCOMPARE(window->filterBar()->countLabel()->text(),
             u"%1 of %2"_s.arg(expected).arg(window->imageModel()->rowCount()));
    // One value by name, several by how many (the tooltip names them all).
    const QString chipText = window->filterBar()->chipButton(kind)->text();
    QVERIFY(chipText.contains(values.size() == 1 ? values.first() : QString::number(values.size())));
    for (const QString& value : values)
        QVERIFY(window->filterBar()->chipButton(kind)->toolTip().contains(value));

    window->filterBar()->clear();
    QCOMPARE(window->proxyModel()->rowCount(), window->imageModel()->rowCount());
    QVERIFY(!window->filterBar()->chipButton(kind)->isChecked());
}

void TestBrowsing::enterAsksTheServerToFilter()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    const int all = window->imageModel()->rowCount();
    m_cloud->clearRequests();
    QSignalSpy finished(window, &MainWindow::listingFinished);
    window->filterEdit()->setText(u"status:active"_s);
    window->filterBar()->applyNow();
    QVERIFY(m_cloud->requests().isEmpty()); // typing filters locally
    const int local = window->proxyModel()->rowCount();
    QVERIFY(local > 0 && local < all);

    QTest::keyClick(window->filterEdit(), Qt::Key_Return);
    QVERIFY(finished.wait(15000));
    QStringList listed;
    for (const DemoRequest& request : m_cloud->requests()) {
        if (request.url.path().endsWith(u"/v2/images"_s))
            listed << request.query().queryItemValue(u"status"_s);
    }
    QCOMPARE(listed, QStringList{u"active"_s});
    QCOMPARE(window->imageModel()->rowCount(), local); // the server sent only those
    QVERIFY(window->statusLabel()->text().contains(u"status:active"_s));
}

void TestBrowsing::enterSendsSizeComparisons()
{
    // Image API v2 takes size_min and size_max (inclusive): `size>…` and `size<=…` are asked of the
    // server exactly; a date stays with the table.
    MainWindow* window = makeWindow();
    QVERIFY(window);
    const int all = window->imageModel()->rowCount();
    qint64 smallest = -1;
    qint64 largest = -1;
    for (int row = 0; row < all; ++row) {
        const qint64 size = window->imageModel()->row(row).size;
        if (size >= 0) {
            smallest = smallest < 0 ? size : std::min(smallest, size);
            largest = std::max(largest, size);
        }
    }
    QVERIFY(smallest >= 0 && smallest < largest);
    m_cloud->clearRequests();
    QSignalSpy finished(window, &MainWindow::listingFinished);
    const QString text = u"size>%1 size<=%2 created>=2000-01-01"_s.arg(smallest).arg(largest);
    window->filterEdit()->setText(text);
    window->filterBar()->applyNow();
    const int local = window->proxyModel()->rowCount();
    QVERIFY(local > 0 && local < all);

    QTest::keyClick(window->filterEdit(), Qt::Key_Return);
    QVERIFY(finished.wait(15000));
    QStringList listed;
    for (const DemoRequest& request : m_cloud->requests()) {
        if (request.url.path().endsWith(u"/v2/images"_s)) {
            listed << request.query().queryItemValue(u"size_min"_s) + u' ' +
                          request.query().queryItemValue(u"size_max"_s);
            QVERIFY(!request.query().hasQueryItem(u"created_at"_s));
        }
    }
    QCOMPARE(listed, QStringList{u"%1 %2"_s.arg(smallest + 1).arg(largest)});
    for (int row = 0; row < window->imageModel()->rowCount(); ++row) { // the server sent only those
        const qint64 size = window->imageModel()->row(row).size;
        QVERIFY(size > smallest && size <= largest);
    }
    QVERIFY(window->imageModel()->rowCount() < all);
    QCOMPARE(window->proxyModel()->rowCount(), local);
}

void TestBrowsing::columnsCanBeHiddenAndPersist()
{
    QSettings file(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    AppSettings settings(&file);
    {
        MainWindow* window = makeWindow(false);
        ImageTableView* view = window->imageView();
        QVERIFY(view->isColumnHidden(ImageTableModel::Owner)); // hidden by default
        QVERIFY(!view->isColumnHidden(ImageTableModel::Tags));
        QList<QAction*> actions = view->columnsMenu()->actions();
        QCOMPARE(actions.at(ImageTableModel::Name)->isEnabled(), false); // the name always stays
        actions.at(ImageTableModel::Owner)->trigger();
        actions.at(ImageTableModel::Tags)->trigger();
        QVERIFY(!view->isColumnHidden(ImageTableModel::Owner));
        QVERIFY(view->isColumnHidden(ImageTableModel::Tags));
        window->saveLayout(&settings);
        window->close();
    }
    MainWindow* again = makeWindow(false);
    again->restoreLayout(&settings);
    QVERIFY(!again->imageView()->isColumnHidden(ImageTableModel::Owner));
    QVERIFY(again->imageView()->isColumnHidden(ImageTableModel::Tags));
    QVERIFY(!again->imageView()->columnsMenu()->actions().at(ImageTableModel::Tags)->isChecked());
    again->imageView()->resetColumns();
    QVERIFY(again->imageView()->isColumnHidden(ImageTableModel::Owner));
}

void TestBrowsing::comparesTwoImages()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    SelectionActions* actions = window->selectionActions();
    const QString cirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;
    const QString fake = u"70a599e0-31e7-49b7-b260-868f441e862b"_s;
    selectIds(window, {cirros});
    QVERIFY(!actions->compareAction()->isEnabled());
    selectIds(window, {cirros, fake});
    QVERIFY(actions->compareAction()->isEnabled());

    std::unique_ptr<CompareDialog> dialog(actions->compareSelected());
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->model());
    CompareModel* model = dialog->model();
    QVERIFY(model->differenceCount() > 0);
    int nameRow = -1;
    int containerRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString field = model->index(row, CompareModel::Field).data(CompareModel::KeyRole).toString();
        if (field == u"name"_s)
            nameRow = row;
        if (field == u"container_format"_s)
            containerRow = row;
    }
    QVERIFY(nameRow >= 0 && containerRow >= 0);
    QVERIFY(model->index(nameRow, 0).data(CompareModel::DifferentRole).toBool());
    QVERIFY(model->index(nameRow, 1).data(Qt::BackgroundRole).isValid());
    QVERIFY(model->index(nameRow, 1).data(Qt::FontRole).value<QFont>().bold());
    const QStringList names{model->index(nameRow, 1).data().toString(),
                            model->index(nameRow, 2).data().toString()};
    QVERIFY(names.contains(u"cirros-0.3.2-x86_64-disk"_s) && names.contains(u"fakeimage7"_s));

    dialog->onlyDifferences()->setChecked(true);
    QCOMPARE(dialog->proxy()->rowCount(), model->differenceCount());
    dialog->onlyDifferences()->setChecked(false);
    QCOMPARE(dialog->proxy()->rowCount(), model->rowCount());
}

void TestBrowsing::comparesAcrossClouds()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    // A second cloud: the same demo images through Image API v1.
    auto* v1 = new GlanceV1Adapter(
        m_nam, {.url = m_cloud->endpoint(Dialect::GlanceV1), .token = m_cloud->token()}, {}, m_cloud);
    window->addCloud(v1, CloudDescription{u"Other cloud"_s, true});
    const QString cirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;
    selectIds(window, {cirros});
    window->selectionActions()->pinAction()->trigger();
    QVERIFY(window->selectionActions()->hasPinned());

    QSignalSpy finished(window, &MainWindow::listingFinished);
    window->setCurrentCloud(1);
    window->refresh();
    QVERIFY(finished.wait(15000));
    selectIds(window, {cirros});
    QVERIFY(window->selectionActions()->compareAction()->isEnabled());
    std::unique_ptr<CompareDialog> dialog(window->selectionActions()->compareSelected());
    QVERIFY(dialog);
    const QString left = dialog->model()->headerData(CompareModel::Left, Qt::Horizontal).toString();
    const QString right = dialog->model()->headerData(CompareModel::Right, Qt::Horizontal).toString();
    QVERIFY2(left.contains(u"Demo cloud"_s) && right.contains(u"Other cloud"_s),
             qPrintable(left + u" | "_s + right));
    int dialectRow = -1;
    for (int row = 0; row < dialog->model()->rowCount(); ++row) {
        if (dialog->model()->index(row, 0).data(CompareModel::KeyRole).toString() == u"dialect"_s)
            dialectRow = row;
    }
    QVERIFY(dialog->model()->index(dialectRow, 0).data(CompareModel::DifferentRole).toBool());
}

void TestBrowsing::exportsJsonAndCsv_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("json") << u"images.json"_s;
    QTest::newRow("csv") << u"images.csv"_s;
}

void TestBrowsing::exportsJsonAndCsv()
{
    QFETCH(QString, file);
    MainWindow* window = makeWindow();
    QVERIFY(window);
    const QStringList ids{u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s,
                          u"70a599e0-31e7-49b7-b260-868f441e862b"_s};
    selectIds(window, ids);
    QVERIFY(window->selectionActions()->exportAction()->isEnabled());
    const QString path = m_dir->filePath(file);
    QCOMPARE(window->selectionActions()->exportSelected(path), QString());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    if (file.endsWith(u".json"_s)) {
        const QJsonArray array = QJsonDocument::fromJson(bytes).array();
        QCOMPARE(array.size(), 2);
        QStringList got{array.at(0)[u"id"_s].toString(), array.at(1)[u"id"_s].toString()};
        got.sort();
        QStringList want = ids;
        want.sort();
        QCOMPARE(got, want);
        QVERIFY(array.at(0).toObject().contains(u"properties"_s));
    } else {
        QVERIFY(bytes.startsWith("id,name,status,"));
        QCOMPARE(bytes.count("\r\n"), 3);
        for (const QString& id : ids)
            QVERIFY(bytes.contains(id.toUtf8()));
    }
    // A folder that cannot be written: a message, nothing thrown.
    QVERIFY(!window->selectionActions()->exportSelected(u"/proc/no/such/dir/x.json"_s).isEmpty());
}

void TestBrowsing::keyboardShortcuts()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    window->imageView()->setFocus();
    selectIds(window, {u"70a599e0-31e7-49b7-b260-868f441e862b"_s});
    const QModelIndex name = window->imageView()->selectionModel()->selectedRows().first();
    window->imageView()->setCurrentIndex(name);

    // Ctrl+C: the current cell.
    QTest::keyClick(window->imageView(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), u"fakeimage7"_s);
    // Ctrl+Shift+C: the id.
    QTest::keyClick(window->imageView(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(), u"70a599e0-31e7-49b7-b260-868f441e862b"_s);
    // Enter: the details.
    QTest::keyClick(window->imageView(), Qt::Key_Return);
    QTRY_VERIFY(window->detailsView()->isAncestorOf(QApplication::focusWidget()) ||
                window->detailsView() == QApplication::focusWidget());
    // Ctrl+F: the filter box.
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window->filterEdit()->hasFocus());
    // Ctrl+R: list again.
    QSignalSpy finished(window, &MainWindow::listingFinished);
    QTest::keyClick(window, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(finished.wait(15000));
    // Every command of the menu bar can be reached from the keyboard: a mnemonic or a shortcut.
    for (QAction* top : window->menuBar()->actions()) {
        QVERIFY(top->text().contains(u'&'));
        for (QAction* action : top->menu()->actions()) {
            if (action->isSeparator())
                continue;
            QVERIFY2(action->text().contains(u'&') || !action->shortcut().isEmpty(),
                     qPrintable(action->text()));
        }
    }
}

void TestBrowsing::switchingBackIsInstantAndKeepsTheSelection()
{
    QSettings file(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    AppSettings settings(&file);
    MainWindow* window = makeWindow(false);
    window->setSettings(&settings);
    auto* v1 = new GlanceV1Adapter(
        m_nam, {.url = m_cloud->endpoint(Dialect::GlanceV1), .token = m_cloud->token()}, {}, m_cloud);
    window->addCloud(v1, CloudDescription{u"Other cloud"_s, true});
    QSignalSpy finished(window, &MainWindow::listingFinished);
    window->refresh();
    QVERIFY(finished.wait(15000));
    const QString fake = u"70a599e0-31e7-49b7-b260-868f441e862b"_s;
    QVERIFY(window->selectImage(fake));

    window->setCurrentCloud(1);
    window->refresh();
    QVERIFY(finished.wait(15000));
    m_cloud->clearRequests();
    window->setCurrentCloud(0); // back: from memory, no listing
    QVERIFY(window->imageModel()->rowCount() > 0);
    QVERIFY(!window->isLoading());
    for (const DemoRequest& request : m_cloud->requests())
        QVERIFY2(!request.url.path().endsWith(u"/v2/images"_s), qPrintable(request.url.toString()));
    QCOMPARE(window->imageView()->currentIndex().data(ImageTableModel::IdRole).toString(), fake);
    // ...and across a restart, the last selection is remembered per cloud.
    window->close();
    MainWindow* again = makeWindow(false);
    again->setSettings(&settings);
    QSignalSpy loaded(again, &MainWindow::listingFinished);
    again->refresh();
    QVERIFY(loaded.wait(15000));
    QCOMPARE(again->imageView()->currentIndex().data(ImageTableModel::IdRole).toString(), fake);
}

void TestBrowsing::timeoutShowsTheBanner()
{
    Test::SilentServer silent;
    QVERIFY(silent.listenLocal());
    TransportOptions options;
    options.idleTimeout = std::chrono::milliseconds(300);
    auto* adapter = new GlanceV2Adapter(m_nam, {.url = silent.url(u"/v2"_s), .token = "t"}, options, m_cloud);
    auto* window = new MainWindow(adapter, CloudDescription{u"Silent"_s, false});
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    QSignalSpy finished(window, &MainWindow::listingFinished);
    window->refresh();
    QVERIFY(finished.wait(15000));
    QVERIFY(window->errorBanner()->isVisible());
    QVERIFY2(window->errorBanner()->message().contains(u"time"_s, Qt::CaseInsensitive),
             qPrintable(window->errorBanner()->message()));
    QVERIFY(window->statusLabel()->text().contains(u"last request"_s));
    window->close();
}

QTEST_MAIN(TestBrowsing)
#include "tst_browsing.moc"
