// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// Issue 16: the window acts only on the image the user chose. The details pane, Download,
// Export, Copy and Compare act on the selection, and the current row always lies inside it: across
// the keyboard and the mouse, a filter that matches nothing, a relist, a cleared filter box.
#include "adapters/glancev2adapter.h"
#include "controllers/selectionactions.h"
#include "democloud/democloud.h"
#include "download/transferqueue.h"
#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"
#include "models/overviewmodel.h"
#include "widgets/filterbar.h"
#include "widgets/imagedetailsview.h"
#include "widgets/imagetableview.h"
#include "widgets/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
const QString kCirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;
}

class TestSelection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void keyboardAndMouseKeepTheCurrentRowSelected_data();
    void keyboardAndMouseKeepTheCurrentRowSelected();
    void chipsThenClearingKeepTheChosenImage();
    void relistWithoutTheSelectedImageSelectsNothing();
    void clearingTheFilterDropsTheServerFilter_data();
    void clearingTheFilterDropsTheServerFilter();
    void noMatchingRowEmptiesTheDetails();

private:
    MainWindow* makeWindow();
    QModelIndex indexOfName(MainWindow* window, const QString& name) const;
    QStringList highlighted(MainWindow* window) const;
    QString detailsField(MainWindow* window, const QString& key) const;
    // Every action's target is the highlighted rows; the current row is one of them.
    void verifyTargets(MainWindow* window);

    QNetworkAccessManager* m_nam = nullptr;
    TransferQueue* m_queue = nullptr; // outlives the windows
    DemoCloud* m_cloud = nullptr;
    QTemporaryDir* m_dir = nullptr;
};

void TestSelection::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_queue = new TransferQueue(m_nam, TransportOptions());
    m_cloud = new DemoCloud(this);
    QVERIFY(m_cloud->start());
    m_dir = new QTemporaryDir;
}

void TestSelection::cleanup()
{
    delete m_cloud; // and its window, later
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    delete m_queue;
    delete m_nam;
    delete m_dir;
}

MainWindow* TestSelection::makeWindow()
{
    auto* adapter = new GlanceV2Adapter(
        m_nam, {.url = m_cloud->glanceV2Endpoint(), .token = m_cloud->token()}, {}, m_cloud);
    auto* window = new MainWindow(adapter, CloudDescription{u"Demo cloud"_s, true});
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_cloud, &QObject::destroyed, window, &QObject::deleteLater);
    window->setTransferQueue(m_queue);
    window->show();
    window->imageView()->sortByColumn(ImageTableModel::Name, Qt::AscendingOrder);
    QSignalSpy finished(window, &MainWindow::listingFinished);
    window->refresh();
    if (!finished.wait(15000))
        return nullptr;
    return window;
}

QModelIndex TestSelection::indexOfName(MainWindow* window, const QString& name) const
{
    for (int row = 0; row < window->proxyModel()->rowCount(); ++row) {
        const QModelIndex index = window->proxyModel()->index(row, ImageTableModel::Name);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

QStringList TestSelection::highlighted(MainWindow* window) const
{
    QModelIndexList rows = window->imageView()->selectionModel()->selectedRows(ImageTableModel::Name);
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList names;
    for (const QModelIndex& index : std::as_const(rows))
        names << index.data().toString();
    return names;
}

QString TestSelection::detailsField(MainWindow* window, const QString& key) const
{
    const OverviewModel* overview = window->detailsView()->overviewModel();
    const int row = overview->rowOf(key);
    return row < 0 ? QString() : overview->index(row, OverviewModel::Value).data().toString();
}

void TestSelection::verifyTargets(MainWindow* window)
{
    SelectionActions* actions = window->selectionActions();
    const QStringList names = highlighted(window);
    const QModelIndex current = window->imageView()->currentIndex();
    auto* empty = window->detailsView()->findChild<QLabel*>(u"detailsEmpty"_s);
    if (names.isEmpty()) {
        QVERIFY(!current.isValid());
        QVERIFY(!actions->currentRecord());
        QVERIFY(!window->downloadAction()->isEnabled());
        QVERIFY(!actions->exportAction()->isEnabled());
        QVERIFY(!actions->copyIdAction()->isEnabled());
        QVERIFY(!actions->compareAction()->isEnabled());
        QCOMPARE(window->detailsView()->overviewModel()->rowCount(), 0);
        QVERIFY(empty && !empty->isHidden() && !empty->text().isEmpty());
        return;
    }
    // The current row lies inside the selection, and the details pane and Download follow it.
    QVERIFY(current.isValid());
    QVERIFY(window->imageView()->selectionModel()->isRowSelected(current.row(), current.parent()));
    QStringList ids;
    for (const QModelIndex& index : window->imageView()->selectionModel()->selectedRows())
        ids << index.data(ImageTableModel::IdRole).toString();
    const QString currentId = current.data(ImageTableModel::IdRole).toString();
    QVERIFY(ids.contains(currentId));
    QCOMPARE(detailsField(window, u"id"_s), currentId);
    QVERIFY(empty == nullptr || empty->isHidden());
    const std::optional<ImageRecord> record = actions->currentRecord(); // what Download fetches
    QVERIFY(record);
    QCOMPARE(record->id, currentId);
    QCOMPARE(window->downloadAction()->isEnabled(), record->status == u"active"_s);
    // Copy ID and Export: the highlighted rows, all of them and only them.
    QVERIFY(actions->copyIdAction()->isEnabled());
    actions->copyIdAction()->trigger();
    QStringList copied = QApplication::clipboard()->text().split(u'\n');
    copied.sort();
    ids.sort();
    QCOMPARE(copied, ids);
    const QString path = m_dir->filePath(u"export.json"_s);
    QCOMPARE(actions->exportSelected(path), QString());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QStringList exported;
    for (const QJsonValue& image : QJsonDocument::fromJson(saved.readAll()).array())
        exported << image[u"id"_s].toString();
    exported.sort();
    QCOMPARE(exported, ids);
    QCOMPARE(actions->compareAction()->isEnabled(), names.size() == 2);
}

void TestSelection::keyboardAndMouseKeepTheCurrentRowSelected_data()
{
    // Steps: "click NAME", "ctrl-click NAME", "key SEQUENCE"; then the rows left highlighted
    // ("first", "last": the table's first and last rows by name) and the current one.
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("current");
    QTest::newRow("ctrl+end, ctrl+home")
        << QStringList{u"click alpine-3.20-cloud-r2"_s, u"key Ctrl+End"_s, u"key Ctrl+Home"_s}
        << QStringList{u"first"_s} << u"first"_s;
    QTest::newRow("ctrl+end") << QStringList{u"click alpine-3.20-cloud-r2"_s, u"key Ctrl+End"_s}
                              << QStringList{u"last"_s} << u"last"_s;
    QTest::newRow("ctrl+down") << QStringList{u"click alpine-3.20-cloud"_s, u"key Ctrl+Down"_s}
                               << QStringList{u"alpine-3.20-cloud-r2"_s} << u"alpine-3.20-cloud-r2"_s;
    QTest::newRow("shift+down twice")
        << QStringList{u"click alpine-3.20-cloud"_s, u"key Shift+Down"_s, u"key Shift+Down"_s}
        << QStringList{u"alpine-3.20-cloud"_s, u"alpine-3.20-cloud-r2"_s, u"alpine-3.20-cloud-r3"_s}
        << u"alpine-3.20-cloud-r3"_s;
    QTest::newRow("ctrl+click adds") << QStringList{u"click alpine-3.20-cloud"_s,
                                                    u"ctrl-click alpine-3.20-cloud-r3"_s}
                                     << QStringList{u"alpine-3.20-cloud"_s, u"alpine-3.20-cloud-r3"_s}
                                     << QString();
    QTest::newRow("ctrl+click deselects the current row")
        << QStringList{u"click alpine-3.20-cloud"_s, u"ctrl-click alpine-3.20-cloud-r3"_s,
                       u"ctrl-click alpine-3.20-cloud-r3"_s}
        << QStringList{u"alpine-3.20-cloud"_s} << u"alpine-3.20-cloud"_s;
    QTest::newRow("ctrl+click deselects the only row")
        << QStringList{u"click alpine-3.20-cloud-r2"_s, u"ctrl-click alpine-3.20-cloud-r2"_s} << QStringList{}
        << QString();
}

void TestSelection::keyboardAndMouseKeepTheCurrentRowSelected()
{
    QFETCH(QStringList, steps);
    QFETCH(QStringList, expected);
    QFETCH(QString, current);
    MainWindow* window = makeWindow();
    QVERIFY(window);
    QAbstractItemModelTester tester(window->proxyModel());
    ImageTableView* view = window->imageView();
    view->setFocus();
    const QAbstractItemModel* rows = window->proxyModel();
    const auto resolve = [rows](const QString& name) {
        if (name == u"first")
            return rows->index(0, ImageTableModel::Name).data().toString();
        if (name == u"last")
            return rows->index(rows->rowCount() - 1, ImageTableModel::Name).data().toString();
        return name;
    };
    for (const QString& step : std::as_const(steps)) {
        const QString verb = step.section(u' ', 0, 0);
        const QString what = step.section(u' ', 1);
        if (verb == u"key") {
            const QKeyCombination key = QKeySequence::fromString(what)[0];
            QTest::keyClick(view, key.key(), key.keyboardModifiers());
        } else {
            const QModelIndex index = indexOfName(window, what);
            QVERIFY2(index.isValid(), qPrintable(what));
            view->scrollTo(index);
            QTest::mouseClick(view->viewport(), Qt::LeftButton,
                              verb == u"ctrl-click" ? Qt::ControlModifier : Qt::NoModifier,
                              view->visualRect(index).center());
        }
        verifyTargets(window);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(u"after "_s + step));
    }
    QStringList want;
    for (const QString& name : std::as_const(expected))
        want << resolve(name);
    QCOMPARE(highlighted(window), want);
    if (!current.isEmpty())
        QCOMPARE(view->currentIndex().siblingAtColumn(ImageTableModel::Name).data().toString(),
                 resolve(current));
}

void TestSelection::chipsThenClearingKeepTheChosenImage()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    FilterBar* bar = window->filterBar();
    using Chip = ImageFilterProxyModel::Chip;
    bar->setChipValue(Chip::Status, u"active"_s, true);
    bar->setChipValue(Chip::Status, u"killed"_s, true);
    bar->setChipValue(Chip::Visibility, u"public"_s, true);
    bar->setChipValue(Chip::DiskFormat, u"qcow2"_s, true);
    const QModelIndex cirros = indexOfName(window, u"cirros-0.3.2-x86_64-disk"_s);
    QVERIFY(cirros.isValid());
    window->imageView()->scrollTo(cirros);
    QTest::mouseClick(window->imageView()->viewport(), Qt::LeftButton, Qt::NoModifier,
                      window->imageView()->visualRect(cirros).center());
    QCOMPARE(highlighted(window), QStringList{u"cirros-0.3.2-x86_64-disk"_s});
    verifyTargets(window);

    QSignalSpy finished(window, &MainWindow::listingFinished);
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier); // Clear Filter
    if (window->isLoading())
        QVERIFY(finished.wait(15000));
    QCOMPARE(window->proxyModel()->rowCount(), window->imageModel()->rowCount());
    QCOMPARE(highlighted(window), QStringList{u"cirros-0.3.2-x86_64-disk"_s});
    verifyTargets(window);

    // A relist (Ctrl+R) selects the chosen image again.
    QTest::keyClick(window, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(finished.wait(15000));
    QCOMPARE(highlighted(window), QStringList{u"cirros-0.3.2-x86_64-disk"_s});
    QCOMPARE(window->selectionActions()->currentId(), kCirros);
    verifyTargets(window);
}

void TestSelection::relistWithoutTheSelectedImageSelectsNothing()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    QModelIndex killed;
    for (int row = 0; row < window->proxyModel()->rowCount() && !killed.isValid(); ++row) {
        const QModelIndex index = window->proxyModel()->index(row, ImageTableModel::Status);
        if (index.data(ImageTableModel::SortRole).toString() == u"killed"_s ||
            index.data().toString().contains(u"killed"_s))
            killed = index;
    }
    QVERIFY(killed.isValid());
    window->imageView()->scrollTo(killed);
    QTest::mouseClick(window->imageView()->viewport(), Qt::LeftButton, Qt::NoModifier,
                      window->imageView()->visualRect(killed).center());
    QCOMPARE(highlighted(window).size(), 1);
    verifyTargets(window);

    // Listed again by the server without it: nothing is selected in its place.
    QSignalSpy finished(window, &MainWindow::listingFinished);
    window->filterEdit()->setText(u"status:active"_s);
    QTest::keyClick(window->filterEdit(), Qt::Key_Return);
    QVERIFY(finished.wait(15000));
    QVERIFY(window->proxyModel()->rowCount() > 0);
    QCOMPARE(highlighted(window), QStringList());
    verifyTargets(window);
}

void TestSelection::clearingTheFilterDropsTheServerFilter_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("clear button") << u"button"_s;
    QTest::newRow("escape") << u"escape"_s;
    QTest::newRow("text deleted, enter") << u"enter"_s;
}

void TestSelection::clearingTheFilterDropsTheServerFilter()
{
    QFETCH(QString, how);
    MainWindow* window = makeWindow();
    QVERIFY(window);
    const int all = window->imageModel()->rowCount();
    QLineEdit* edit = window->filterEdit();
    QSignalSpy finished(window, &MainWindow::listingFinished);
    edit->setFocus();
    edit->setText(u"visibility:community"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(finished.wait(15000));
    const int community = window->imageModel()->rowCount();
    QVERIFY(community > 0 && community < all);
    QVERIFY(window->statusLabel()->text().contains(u"visibility:community"_s));

    m_cloud->clearRequests();
    if (how == u"button") {
        auto* clear = edit->findChild<QAction*>(u"_q_qlineeditclearaction"_s);
        QToolButton* button = nullptr;
        for (QToolButton* child : edit->findChildren<QToolButton*>()) {
            if (child->defaultAction() == clear)
                button = child;
        }
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    } else if (how == u"escape") {
        QTest::keyClick(edit, Qt::Key_Escape);
    } else {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    QVERIFY(edit->text().isEmpty());
    QVERIFY(finished.wait(15000));
    QCOMPARE(window->imageModel()->rowCount(), all);
    QCOMPARE(window->proxyModel()->rowCount(), all);
    QStringList listed;
    for (const DemoRequest& request : m_cloud->requests()) {
        if (request.url.path().endsWith(u"/v2/images"_s))
            listed << request.query().queryItemValue(u"visibility"_s);
    }
    QCOMPARE(listed, QStringList{QString()});
    QVERIFY(!window->statusLabel()->text().contains(u"visibility:community"_s));
}

void TestSelection::noMatchingRowEmptiesTheDetails()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    QVERIFY(window->selectImage(kCirros));
    QCOMPARE(detailsField(window, u"id"_s), kCirros);
    window->filterEdit()->setText(u"no-image-is-called-this"_s);
    window->filterBar()->applyNow();
    QCOMPARE(window->proxyModel()->rowCount(), 0);
    verifyTargets(window); // the empty state, every action off
    QVERIFY(!window->selectionActions()->copyCellAction()->isEnabled());
    QVERIFY(window->selectionActions()->exportSelected(m_dir->filePath(u"none.json"_s)).size() > 0);
    QVERIFY(!QFile::exists(m_dir->filePath(u"none.json"_s)));
    QVERIFY(!window->downloadSelected(m_dir->filePath(u"none.img"_s)));
}

QTEST_MAIN(TestSelection)
#include "tst_selection.moc"
