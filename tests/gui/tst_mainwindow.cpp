// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/adapterfactory.h"
#include "adapters/glancev2adapter.h"
#include "controllers/inspectcontroller.h"
#include "controllers/remoteinspectionstarter.h"
#include "controllers/selectionactions.h"
#include "democloud/democatalog.h"
#include "democloud/democloud.h"
#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"
#include "models/keyvaluetablemodel.h"
#include "models/linktablemodel.h"
#include "models/overviewmodel.h"
#include "settings/appsettings.h"
#include "widgets/cloudsidebar.h"
#include "widgets/errorbanner.h"
#include "widgets/imagedetailsview.h"
#include "widgets/imagetableview.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
const QString kCirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;

class FakeInspection : public Job<InspectionResult>
{
public:
    using Job::Job;
    void succeed(const InspectionResult& result) { finishWith(result); }

protected:
    void doAbort() override {}
};
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void loadsTheDemoCloudAndSelects();
    void selectingShowsEveryTab();
    void filterBoxFilters();
    void serverErrorShowsBannerAndRetryRecovers();
    void unauthorizedShowsBanner();
    void echoedTokenIsNotShown();
    void withoutCloudExplains();
    void refreshShortcut();
    void switchesBetweenDialectClouds();
    void layoutPersistsAcrossARestart();
    void aNewerSettingsFileIsSaidToBeReadOnly();
    void eachWindowWritesOnlyTheLayoutItChanged_data();
    void eachWindowWritesOnlyTheLayoutItChanged();
    void listingStopsAtTheCapWithABanner();
    void inspectActsOnTheImageSelectedWhenTriggered();
    void inspectReadsTheImageWhereItLies();

private:
    MainWindow* makeWindow(const QByteArray& token);
    int rowOf(MainWindow* window, const QString& id);

    QNetworkAccessManager* m_nam = nullptr;
    DemoCloud* m_cloud = nullptr;
};

void TestMainWindow::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_cloud = new DemoCloud(this);
    QVERIFY(m_cloud->start());
}

void TestMainWindow::cleanup()
{
    delete m_cloud;
    delete m_nam;
}

MainWindow* TestMainWindow::makeWindow(const QByteArray& token)
{
    auto* adapter =
        new GlanceV2Adapter(m_nam, {.url = m_cloud->glanceV2Endpoint(), .token = token}, {}, m_cloud);
    auto* window = new MainWindow(adapter, CloudDescription{u"Demo cloud"_s, true});
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_cloud, &QObject::destroyed, window, &QObject::deleteLater);
    window->show();
    window->refresh();
    return window;
}

int TestMainWindow::rowOf(MainWindow* window, const QString& id)
{
    const int sourceRow = window->imageModel()->rowOf(id);
    return window->proxyModel()->mapFromSource(window->imageModel()->index(sourceRow, 0)).row();
}

void TestMainWindow::loadsTheDemoCloudAndSelects()
{
    MainWindow* window = makeWindow(m_cloud->token());
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QSignalSpy finished(window, &MainWindow::listingFinished);
    QVERIFY(finished.wait(15000));
    QVERIFY(window->imageModel()->rowCount() >= 40);
    QVERIFY(!window->errorBanner()->isVisible());
    QVERIFY(window->findChild<QLabel*>(u"demoBadge"_s));
    QVERIFY(window->findChild<QLabel*>(u"demoBadge"_s)->isVisible());
    // the first row is selected, and its details are showing
    QVERIFY(window->imageView()->currentIndex().isValid());
    QTRY_VERIFY(window->detailsView()->overviewModel()->rowCount() > 0);
}

void TestMainWindow::selectingShowsEveryTab()
{
    MainWindow* window = makeWindow(m_cloud->token());
    QSignalSpy finished(window, &MainWindow::listingFinished);
    QVERIFY(finished.wait(15000));
    const int row = rowOf(window, u"70a599e0-31e7-49b7-b260-868f441e862b"_s); // fakeimage7
    QVERIFY(row >= 0);
    QSignalSpy details(window, &MainWindow::detailsFinished);
    window->imageView()->selectRow(row);
    QVERIFY(details.wait(15000));

    ImageDetailsView* view = window->detailsView();
    OverviewModel* overview = view->overviewModel();
    QCOMPARE(overview->index(0, 0).data(OverviewModel::KeyRole).toString(), u"id"_s);
    QCOMPARE(overview->index(0, 1).data().toString(), u"70a599e0-31e7-49b7-b260-868f441e862b"_s);
    QCOMPARE(overview->index(1, 1).data().toString(), u"fakeimage7"_s);

    view->setCurrentIndex(ImageDetailsView::PropertiesTab);
    QStringList keys;
    for (int r = 0; r < view->propertiesModel()->rowCount(); ++r)
        keys << view->propertiesModel()->index(r, 0).data().toString();
    QVERIFY2(keys.contains(u"kernel_id"_s) && keys.contains(u"architecture"_s), qPrintable(keys.join(u',')));

    view->setCurrentIndex(ImageDetailsView::LinksTab);
    QCOMPARE(view->linksModel()->rowCount(), 3);

    view->setCurrentIndex(ImageDetailsView::RawTab);
    QVERIFY2(view->rawText().contains(u"\"kernel_id\": \"nokernel\""_s),
             qPrintable(view->rawText().left(300)));
    QVERIFY(!view->rawText().contains(QString::fromLatin1(m_cloud->token())));
}

void TestMainWindow::filterBoxFilters()
{
    MainWindow* window = makeWindow(m_cloud->token());
    QSignalSpy finished(window, &MainWindow::listingFinished);
    QVERIFY(finished.wait(15000));
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window->filterEdit()->hasFocus());
    QTest::keyClicks(window->filterEdit(), u"cirros-0.3"_s);
    QTRY_COMPARE(window->proxyModel()->rowCount(), 1);
    QCOMPARE(window->proxyModel()->index(0, 0).data(ImageTableModel::IdRole).toString(), kCirros);
    window->filterEdit()->clear();
    QTRY_COMPARE(window->proxyModel()->rowCount(), window->imageModel()->rowCount());
}

void TestMainWindow::serverErrorShowsBannerAndRetryRecovers()
{
    m_cloud->injectFault(
        {u"/image/v2/images"_s, 1,
         DemoResponse{500, {{"x-openstack-request-id", "req-broken-1"}}, "database unavailable"}});
    MainWindow* window = makeWindow(m_cloud->token());
    QSignalSpy finished(window, &MainWindow::listingFinished);
    QVERIFY(finished.wait(15000));
    QVERIFY(window->errorBanner()->isVisible());
    QVERIFY2(window->errorBanner()->message().contains(u"database unavailable"_s),
             qPrintable(window->errorBanner()->message()));
    QCOMPARE(window->imageModel()->rowCount(), 0);

    auto* retry = window->errorBanner()->findChild<QPushButton*>();
    QVERIFY(retry);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QVERIFY(!window->errorBanner()->isVisible());
    QVERIFY(window->imageModel()->rowCount() >= 40);
}

void TestMainWindow::unauthorizedShowsBanner()
{
    MainWindow* window = makeWindow("stale-token");
    QSignalSpy finished(window, &MainWindow::listingFinished);
    QVERIFY(finished.wait(15000));
    QVERIFY(window->errorBanner()->isVisible());
    QVERIFY(window->errorBanner()->message().contains(u"credentials"_s));
}

// A server that echoes the token in its error: the banner and its Details show "***" instead.
void TestMainWindow::echoedTokenIsNotShown()
{
    const QByteArray token = "echoed-token-4f1d9c";
    m_cloud->injectFault(
        {u"/image/v2/images"_s, 1,
         DemoResponse{500,
                      {{"x-openstack-request-id", "req-" + token}},
                      QByteArray("token ") + token + " (" + token + ") made the database unavailable"}});
    MainWindow* window = makeWindow(token);
    QSignalSpy finished(window, &MainWindow::listingFinished);
    QVERIFY(finished.wait(15000));
    QVERIFY(window->errorBanner()->isVisible());
    const QString shown = window->errorBanner()->message();
    QVERIFY2(shown.contains(u"token *** ("_s) && !shown.contains(QString::fromLatin1(token)),
             qPrintable(shown));
    QVERIFY2(shown.contains(u"database unavailable"_s), qPrintable(shown));
    QVERIFY2(!window->errorBanner()->details().contains(QString::fromLatin1(token)),
             qPrintable(window->errorBanner()->details()));
    QVERIFY2(window->errorBanner()->details().contains(u"req-***"_s),
             qPrintable(window->errorBanner()->details()));
}

void TestMainWindow::withoutCloudExplains()
{
    MainWindow window(nullptr, CloudDescription{});
    window.show();
    window.refresh();
    QVERIFY(window.errorBanner()->isVisible());
    QVERIFY(window.errorBanner()->message().contains(u"--demo"_s));
}

void TestMainWindow::refreshShortcut()
{
    MainWindow* window = makeWindow(m_cloud->token());
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QSignalSpy finished(window, &MainWindow::listingFinished);
    QVERIFY(finished.wait(15000));
    const qsizetype before = m_cloud->requests().size();
    window->activateWindow();
    QTest::keyClick(window, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(finished.wait(15000));
    QVERIFY(m_cloud->requests().size() > before);
}

void TestMainWindow::switchesBetweenDialectClouds()
{
    MainWindow* window = makeWindow(m_cloud->token());
    QSignalSpy finished(window, &MainWindow::listingFinished);
    QVERIFY(finished.wait(15000));
    QVERIFY(!window->cloudDock()->isVisible()); // one cloud: no sidebar
    for (Dialect dialect : {Dialect::GlanceV1, Dialect::Compute, Dialect::Rackspace, Dialect::HuaweiEcs}) {
        const ServiceEndpoint endpoint{.url = m_cloud->endpoint(dialect),
                                       .token = m_cloud->token(),
                                       .projectId = DemoCloud::projectId()};
        window->addCloud(*createImageAdapter(dialect, m_nam, endpoint, {}, m_cloud),
                         CloudDescription{u"Demo "_s + dialectName(dialect), true});
    }
    QCOMPARE(window->cloudCount(), 5);
    QTRY_VERIFY(window->cloudDock()->isVisible());
    QCOMPARE(window->cloudSidebar()->listView()->model()->rowCount(), 5);

    for (int index : {2, 1, 4}) {
        window->setCurrentCloud(index);
        window->refresh();
        QVERIFY(finished.wait(15000));
        QVERIFY(!window->errorBanner()->isVisible());
        QCOMPARE(window->imageModel()->rowCount(), int(DemoCatalog::standard().images().size()));
        QSignalSpy details(window, &MainWindow::detailsFinished);
        window->imageView()->selectRow(1);
        QVERIFY(details.wait(15000));
        OverviewModel* overview = window->detailsView()->overviewModel();
        const int dialectRow = overview->rowOf(u"dialect"_s);
        QVERIFY(dialectRow >= 0);
        QCOMPARE(
            overview->index(dialectRow, 1).data().toString(),
            window->cloudSidebar()->listView()->currentIndex().data().toString().mid(5)); // "Demo " + dialect
        QVERIFY(!window->detailsView()->rawText().isEmpty());
    }
}

void TestMainWindow::layoutPersistsAcrossARestart()
{
    QTemporaryDir dir;
    QSettings file(dir.filePath(u"Skylight.conf"_s), QSettings::IniFormat);
    AppSettings settings(&file);
    QHeaderView* header = nullptr;
    {
        MainWindow* window = makeWindow(m_cloud->token());
        QSignalSpy finished(window, &MainWindow::listingFinished);
        QVERIFY(finished.wait(15000));
        header = window->imageView()->horizontalHeader();
        header->resizeSection(ImageTableModel::Name, 333);
        header->moveSection(header->visualIndex(ImageTableModel::Status), 0);
        header->setSectionHidden(ImageTableModel::Status + 1, true);
        window->imageView()->sortByColumn(ImageTableModel::Status, Qt::DescendingOrder);
        window->resize(1111, 666);
        window->saveLayout(&settings);
        delete window;
    }
    MainWindow* again = makeWindow(m_cloud->token());
    again->restoreLayout(&settings);
    header = again->imageView()->horizontalHeader();
    QCOMPARE(header->sectionSize(ImageTableModel::Name), 333);
    QCOMPARE(header->visualIndex(ImageTableModel::Status), 0);
    QVERIFY(header->isSectionHidden(ImageTableModel::Status + 1));
    QCOMPARE(header->sortIndicatorSection(), int(ImageTableModel::Status));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(again->size(), QSize(1111, 666));
}

// Two windows (two runs of skylight) share one settings file: each writes only the layout it
// changed, so the one that quits last does not put back the columns the other changed (issue 16,
// defect 14). Each has its own QSettings on the file, as two processes would.
void TestMainWindow::eachWindowWritesOnlyTheLayoutItChanged_data()
{
    QTest::addColumn<bool>("changerClosesFirst");
    QTest::newRow("the changed window quits first") << true;
    QTest::newRow("the changed window quits last") << false;
}

void TestMainWindow::eachWindowWritesOnlyTheLayoutItChanged()
{
    QFETCH(bool, changerClosesFirst);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"Skylight.conf"_s);
    {
        QSettings file(path, QSettings::IniFormat);
        AppSettings settings(&file);
        MainWindow* window = makeWindow(m_cloud->token());
        window->imageView()->horizontalHeader()->resizeSection(ImageTableModel::Name, 222);
        window->saveLayout(&settings);
        delete window;
    }
    QSettings changerFile(path, QSettings::IniFormat);
    AppSettings changerSettings(&changerFile);
    QSettings otherFile(path, QSettings::IniFormat);
    AppSettings otherSettings(&otherFile);
    MainWindow* changer = makeWindow(m_cloud->token());
    changer->restoreLayout(&changerSettings);
    MainWindow* other = makeWindow(m_cloud->token());
    other->restoreLayout(&otherSettings);
    QSignalSpy finished(other, &MainWindow::listingFinished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(other->imageView()->horizontalHeader()->sectionSize(ImageTableModel::Name), 222);

    QHeaderView* header = changer->imageView()->horizontalHeader();
    header->resizeSection(ImageTableModel::Name, 333);
    header->setSectionHidden(ImageTableModel::Status + 1, true);
    if (changerClosesFirst) {
        changer->saveLayout(&changerSettings);
        other->saveLayout(&otherSettings);
    } else {
        other->saveLayout(&otherSettings);
        changer->saveLayout(&changerSettings);
    }
    delete changer;
    delete other;

    QSettings file(path, QSettings::IniFormat);
    AppSettings settings(&file);
    MainWindow* again = makeWindow(m_cloud->token());
    again->restoreLayout(&settings);
    header = again->imageView()->horizontalHeader();
    QCOMPARE(header->sectionSize(ImageTableModel::Name), 333);
    QVERIFY(header->isSectionHidden(ImageTableModel::Status + 1));
    delete again;
}

// A settings file of a newer Skylight is read, never written: the window says so, and keeps it in
// sight in the status bar (the layout, folders and downloads of this run are not kept).
void TestMainWindow::aNewerSettingsFileIsSaidToBeReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"Skylight.conf"_s);
    {
        QFile text(path);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("[schema]\nversion=99\n");
    }
    QSettings file(path, QSettings::IniFormat);
    AppSettings settings(&file);
    MainWindow* window = makeWindow(m_cloud->token());
    auto* notice = window->findChild<QLabel*>(u"noticeLabel"_s);
    QVERIFY(notice);
    QVERIFY(!notice->isVisible());
    window->setSettings(&settings);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->toolTip().contains(u"newer version"_s), qPrintable(notice->toolTip()));
    QVERIFY2(window->errorBanner()->message().contains(u"nothing is saved"_s),
             qPrintable(window->errorBanner()->message()));
    delete window;
}

// A server that keeps sending pages: the window stops at its cap (settings: listing/maxImages,
// 1,000,000 unless set) and says so.
void TestMainWindow::listingStopsAtTheCapWithABanner()
{
    QTemporaryDir dir;
    QSettings file(dir.filePath(u"Skylight.conf"_s), QSettings::IniFormat);
    AppSettings settings(&file);
    settings.setImageCap(7);
    auto* adapter = new GlanceV2Adapter(
        m_nam, {.url = m_cloud->glanceV2Endpoint(), .token = m_cloud->token()}, {}, m_cloud);
    auto* window = new MainWindow(adapter, CloudDescription{u"Demo cloud"_s, true});
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_cloud, &QObject::destroyed, window, &QObject::deleteLater);
    window->setSettings(&settings);
    window->show();
    QSignalSpy finished(window, &MainWindow::listingFinished);
    window->refresh();
    QVERIFY(finished.wait(15000));
    QCOMPARE(window->imageModel()->rowCount(), 7);
    QVERIFY(window->errorBanner()->isVisible());
    QVERIFY2(window->errorBanner()->message().contains(u"first 7 images"_s),
             qPrintable(window->errorBanner()->message()));
    QVERIFY(window->errorBanner()->message().contains(u"listing/maxImages"_s));

    // Without the setting, the demo cloud's few images are all listed, and nothing is said.
    file.remove(u"listing/maxImages"_s);
    window->refresh();
    QVERIFY(finished.wait(15000));
    QVERIFY(window->imageModel()->rowCount() >= 40);
    QVERIFY(!window->errorBanner()->isVisible());
    window->setSettings(nullptr);
}

// Issue 17: Inspect reads the image selected when it is chosen; the verdict lands on that image
// (table badge, details) even when the user selected another one meanwhile.
void TestMainWindow::inspectActsOnTheImageSelectedWhenTriggered()
{
    MainWindow* window = makeWindow(m_cloud->token());
    QSignalSpy finished(window, &MainWindow::listingFinished);
    QVERIFY(finished.wait(15000));
    QAction* inspect = window->findChild<QAction*>(u"inspectAction"_s);
    QVERIFY(inspect);
    QVERIFY(!inspect->isEnabled()); // not wired: off, saying so
    QVERIFY(inspect->toolTip().contains(u"not available"_s));
    QMenu* imageMenu = nullptr;
    for (QAction* menu : window->menuBar()->actions()) {
        if (menu->text() == u"&Image"_s)
            imageMenu = menu->menu();
    }
    QVERIFY(imageMenu && imageMenu->actions().contains(inspect));

    QList<QPointer<FakeInspection>> jobs;
    QStringList asked;
    window->inspectController()->setStarter(
        [&jobs, &asked, window](ImageAdapter*, const ImageRecord& record) {
            asked << record.id;
            auto* job = new FakeInspection(window);
            jobs << job;
            return job;
        });
    const QString seven = u"70a599e0-31e7-49b7-b260-868f441e862b"_s; // fakeimage7
    QSignalSpy details(window, &MainWindow::detailsFinished);
    QVERIFY(window->selectImage(seven));
    QVERIFY(details.wait(15000));
    QTRY_VERIFY(inspect->isEnabled());
    inspect->trigger();
    QCOMPARE(asked, QStringList{seven});

    // Another image selected while fakeimage7 is read.
    QVERIFY(window->selectImage(kCirros));
    QTRY_COMPARE(window->selectionActions()->currentId(), kCirros);
    InspectionResult verdict;
    verdict.format = u"qcow2"_s;
    verdict.problems = {{InspectionProblem::Kind::BackingFile, u"The image names a backing file."_s}};
    jobs.first()->succeed(verdict);
    const int contents = ImageTableModel::Contents;
    ImageTableModel* rows = window->imageModel();
    QTRY_COMPARE(rows->index(rows->rowOf(seven), contents).data().toString(), u"unsafe"_s);
    QVERIFY(!rows->index(rows->rowOf(kCirros), contents).data().isValid());
    OverviewModel* overview = window->detailsView()->overviewModel();
    QCOMPARE(window->detailsView()->shownId(), kCirros);
    QVERIFY(overview->rowOf(u"inspection"_s) >= 0); // cirros: not inspected
    QCOMPARE(overview->rowOf(u"inspection.problem"_s), -1);

    // Back to fakeimage7: its verdict, without a request.
    QVERIFY(window->selectImage(seven));
    QTRY_COMPARE(window->detailsView()->shownId(), seven);
    QTRY_VERIFY(overview->rowOf(u"inspection.problem"_s) >= 0);
    QCOMPARE(asked.size(), 1);
}

// Issue 17 through the window with the real starter (RemoteInspection): the demo's image naming
// /etc/passwd as its backing file is read where it lies, with a range, and shown unsafe.
void TestMainWindow::inspectReadsTheImageWhereItLies()
{
    MainWindow* window = makeWindow(m_cloud->token());
    QSignalSpy finished(window, &MainWindow::listingFinished);
    QVERIFY(finished.wait(15000));
    window->inspectController()->setStarter(remoteInspectionStarter(m_nam, TransportOptions(), nullptr));
    ImageTableModel* rows = window->imageModel();
    QString unsafe;
    for (int row = 0; row < rows->rowCount() && unsafe.isEmpty(); ++row) {
        const std::optional<ImageRecord> record = rows->record(row);
        if (record && record->name == u"alpine-3.20-cloud-r2"_s)
            unsafe = record->id;
    }
    QVERIFY2(!unsafe.isEmpty(), "the demo's unsafe image is not listed");
    QSignalSpy details(window, &MainWindow::detailsFinished);
    QVERIFY(window->selectImage(unsafe));
    QVERIFY(details.wait(15000));
    QAction* inspect = window->findChild<QAction*>(u"inspectAction"_s);
    QVERIFY(inspect);
    QTRY_VERIFY(inspect->isEnabled());
    inspect->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(rows->index(rows->rowOf(unsafe), ImageTableModel::Contents).data().toString(),
                              u"unsafe"_s, 15000);
    OverviewModel* overview = window->detailsView()->overviewModel();
    QTRY_VERIFY(overview->rowOf(u"inspection.problem"_s) >= 0);
    const int format = overview->rowOf(u"inspection.format"_s);
    QVERIFY(format >= 0);
    QVERIFY2(overview->index(format, 1).data().toString().startsWith(u"qcow2"_s),
             qPrintable(overview->index(format, 1).data().toString()));
    bool namesTheHostFile = false;
    for (int row = 0; row < overview->rowCount(); ++row)
        namesTheHostFile = namesTheHostFile || overview->index(row, 1).data().toString() == u"/etc/passwd"_s;
    QVERIFY(namesTheHostFile);
    const int read = overview->rowOf(u"inspection.bytes_read"_s);
    QVERIFY(read >= 0);
    QVERIFY2(overview->index(read, 1).data().toString().contains(u"KiB"_s),
             qPrintable(overview->index(read, 1).data().toString())); // a range, not the whole image
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
