// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// One browser per cloud: each lists into its own model (a late page never reaches another
// cloud's), keeps loading while another cloud is shown, and keeps its rows and selection for the
// return; at most a few are kept (the least recently used goes, and lists again when chosen); a
// details answer for a dropped browser is ignored.
#include "adapters/glancev1adapter.h"
#include "adapters/glancev2adapter.h"
#include "adapters/imagelistloader.h"
#include "controllers/cloudbrowser.h"
#include "controllers/cloudbrowsers.h"
#include "controllers/skippedentriesnotice.h"
#include "democloud/democloud.h"
#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"
#include "settings/appsettings.h"
#include "support/tricklingserver.h"
#include "widgets/errorbanner.h"
#include "widgets/imagetableview.h"
#include "widgets/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::TricklingServer;

namespace {
const QString kCirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;
const QString kFake = u"70a599e0-31e7-49b7-b260-868f441e862b"_s;
constexpr auto kTester = QAbstractItemModelTester::FailureReportingMode::QtTest;

QStringList idsOf(const ImageTableModel* model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->row(row).id;
    return ids;
}
} // namespace

class TestCloudBrowsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void leastRecentlyUsedIsDropped();
    void latePageStaysWithItsBrowser();
    void droppedWhileListingAndAskingForDetails();
    void repeatedIdsAreCountedPerListing();
    void windowKeepsEachCloudsRowsAndSelection();
    void windowKeepsLoadingInTheBackground();
    void windowListsADroppedCloudAgain();

private:
    ImageAdapter* demoV2();
    ImageAdapter* demoV1();
    // A Glance v2 cloud whose every answer is `json`, a few bytes at a time (~1 s).
    ImageAdapter* slowCloud(const QByteArray& json);

    QNetworkAccessManager* m_nam = nullptr;
    DemoCloud* m_cloud = nullptr;
    TricklingServer* m_slow = nullptr;
    QTemporaryDir* m_dir = nullptr;
};

void TestCloudBrowsers::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_cloud = new DemoCloud(this);
    QVERIFY(m_cloud->start());
    m_slow = new TricklingServer(this);
    QVERIFY(m_slow->listenLocal());
    m_dir = new QTemporaryDir;
}

void TestCloudBrowsers::cleanup()
{
    delete m_slow;
    delete m_cloud;
    delete m_nam;
    delete m_dir;
}

ImageAdapter* TestCloudBrowsers::demoV2()
{
    return new GlanceV2Adapter(m_nam, {.url = m_cloud->glanceV2Endpoint(), .token = m_cloud->token()}, {},
                               m_cloud);
}

ImageAdapter* TestCloudBrowsers::demoV1()
{
    return new GlanceV1Adapter(
        m_nam, {.url = m_cloud->endpoint(Dialect::GlanceV1), .token = m_cloud->token()}, {}, m_cloud);
}

ImageAdapter* TestCloudBrowsers::slowCloud(const QByteArray& json)
{
    m_slow->setAnswer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(json.size()) + "\r\n\r\n",
                      json);
    m_slow->setTrickle(4, qMax(10, 1000 / int(json.size() / 4 + 1)));
    QUrl url = m_slow->url(u"/"_s);
    return new GlanceV2Adapter(m_nam, {.url = url, .token = "t"}, {}, m_slow);
}

void TestCloudBrowsers::leastRecentlyUsedIsDropped()
{
    CloudBrowsers browsers(2);
    QSignalSpy dropping(&browsers, &CloudBrowsers::dropping);
    CloudBrowser* a = browsers.open(u"a"_s);
    CloudBrowser* b = browsers.open(u"b"_s);
    QCOMPARE(browsers.open(u"a"_s), a); // a is the most recent again
    QCOMPARE(browsers.clouds(), (QStringList{u"a"_s, u"b"_s}));
    QPointer<CloudBrowser> gone = b;
    CloudBrowser* c = browsers.open(u"c"_s);
    QCOMPARE(dropping.count(), 1);
    QVERIFY(!gone);
    QCOMPARE(browsers.clouds(), (QStringList{u"c"_s, u"a"_s}));
    QVERIFY(!browsers.find(u"b"_s));
    // b comes back as a new, empty browser.
    CloudBrowser* again = browsers.open(u"b"_s);
    QCOMPARE(again->model()->rowCount(), 0);
    QCOMPARE(browsers.clouds(), (QStringList{u"b"_s, u"c"_s}));
    browsers.setCapacity(1);
    QCOMPARE(browsers.clouds(), QStringList{u"b"_s});
    browsers.keepOnly({});
    QVERIFY(browsers.browsers().isEmpty());
    Q_UNUSED(c);
}

void TestCloudBrowsers::latePageStaysWithItsBrowser()
{
    CloudBrowsers browsers;
    CloudBrowser* slow = browsers.open(u"slow"_s);
    CloudBrowser* demo = browsers.open(u"demo"_s);
    QAbstractItemModelTester slowTester(slow->model(), kTester);
    QAbstractItemModelTester demoTester(demo->model(), kTester);
    slow->setAdapter(slowCloud(R"({"images": [{"id": "late-1", "name": "late one"}, {"id": "late-2"}]})"));
    demo->setAdapter(demoV2());
    QSignalSpy slowDone(slow, &CloudBrowser::listingFinished);
    QSignalSpy demoDone(demo, &CloudBrowser::listingFinished);
    QVERIFY(slow->startListing(PageRequest{}, ImageListLoader::kDefaultImageCap));
    QVERIFY(demo->startListing(PageRequest{}, ImageListLoader::kDefaultImageCap));
    QVERIFY(demoDone.wait(15000));
    QVERIFY(slow->isLoading()); // its page is still on its way
    const QStringList demoIds = idsOf(demo->model());
    QVERIFY(demoIds.contains(kCirros));
    QVERIFY(slowDone.wait(15000));
    QVERIFY2(!slow->loader()->error(),
             slow->loader()->error() ? qPrintable(slow->loader()->error()->describe()) : "");
    QCOMPARE(idsOf(slow->model()), (QStringList{u"late-1"_s, u"late-2"_s}));
    QCOMPARE(idsOf(demo->model()), demoIds);
}

void TestCloudBrowsers::droppedWhileListingAndAskingForDetails()
{
    CloudBrowsers browsers(1);
    QPointer<CloudBrowser> slow = browsers.open(u"slow"_s);
    slow->setAdapter(slowCloud(R"({"id": "late-1", "name": "late one", "status": "active"})"));
    int answers = 0;
    connect(slow, &CloudBrowser::detailsFinished, this, [&answers] { ++answers; });
    connect(slow, &CloudBrowser::listingFinished, this, [&answers] { ++answers; });
    slow->requestDetails(u"late-1"_s);
    QVERIFY(slow->startListing(PageRequest{}, ImageListLoader::kDefaultImageCap));
    QTRY_COMPARE(m_slow->requests(), 2);

    CloudBrowser* demo = browsers.open(u"demo"_s); // the slow one goes, its requests still open
    QVERIFY(!slow);
    QAbstractItemModelTester tester(demo->model(), kTester);
    demo->setAdapter(demoV2());
    QSignalSpy demoDetails(demo, &CloudBrowser::detailsFinished);
    QSignalSpy demoDone(demo, &CloudBrowser::listingFinished);
    QVERIFY(demo->startListing(PageRequest{}, ImageListLoader::kDefaultImageCap));
    QVERIFY(demoDone.wait(15000));
    const QStringList demoIds = idsOf(demo->model());
    QTest::qWait(1500); // what the slow cloud would have answered by now
    QCOMPARE(answers, 0);
    QCOMPARE(demoDetails.count(), 0);
    QCOMPARE(idsOf(demo->model()), demoIds);
    QVERIFY(!demoIds.contains(u"late-1"_s));
}

void TestCloudBrowsers::repeatedIdsAreCountedPerListing()
{
    // Page 2 repeats an id of page 1: one row, and the browser's notice says so.
    m_cloud->injectFault(
        {u"/image/v2/images"_s, 1, DemoResponse::json(R"({"images": [{"id": "a"}, {"id": "b"}],
                                                 "next": "/v2/images?marker=b"})")});
    m_cloud->injectFault(
        {u"/image/v2/images"_s, 1, DemoResponse::json(R"({"images": [{"id": "c"}, {"id": "a"}]})")});
    CloudBrowser browser(u"demo"_s);
    QAbstractItemModelTester tester(browser.model(), kTester);
    browser.setAdapter(demoV2());
    QSignalSpy done(&browser, &CloudBrowser::listingFinished);
    QSignalSpy noticed(browser.notice(), &SkippedEntriesNotice::changed);
    QVERIFY(browser.startListing(PageRequest{}, ImageListLoader::kDefaultImageCap));
    QVERIFY(done.wait(15000));
    QCOMPARE(idsOf(browser.model()), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(browser.notice()->repeatedCount(), 1);
    QCOMPARE(noticed.count(), 1);
    QCOMPARE(browser.notice()->message(),
             u"The server listed 1 image(s) more than once; each is shown once."_s);
    QCOMPARE(browser.notice()->details(), u"Page 2: the id \"a\" was listed before"_s);
    // A new listing counts from nothing.
    QVERIFY(browser.startListing(PageRequest{}, ImageListLoader::kDefaultImageCap));
    QVERIFY(done.wait(15000));
    QVERIFY(browser.notice()->isEmpty());
    QCOMPARE(browser.model()->repeatedCount(), 0);
}

void TestCloudBrowsers::windowKeepsEachCloudsRowsAndSelection()
{
    MainWindow window(demoV2(), CloudDescription{u"Demo cloud"_s, true});
    window.addCloud(demoV1(), CloudDescription{u"Other cloud"_s, true});
    QAbstractItemModelTester proxyTester(window.proxyModel(), kTester);
    window.resize(900, 300); // a table that scrolls
    window.show();
    QSignalSpy finished(&window, &MainWindow::listingFinished);
    window.refresh();
    QVERIFY(finished.wait(15000));
    ImageTableModel* first = window.imageModel();
    const int firstRows = first->rowCount();
    QVERIFY(window.selectImage(kFake));
    window.imageView()->verticalScrollBar()->setValue(window.imageView()->verticalScrollBar()->maximum());
    const int scroll = window.imageView()->verticalScrollBar()->value();

    window.setCurrentCloud(1);
    QVERIFY(window.imageModel() != first);
    QCOMPARE(window.imageModel()->rowCount(), 0);
    QCOMPARE(first->rowCount(), firstRows); // kept, packed, in its own browser
    window.refresh();
    QVERIFY(finished.wait(15000));
    QVERIFY(window.selectImage(kCirros));
    QCOMPARE(window.browsers()->browsers().size(), 2);

    m_cloud->clearRequests();
    window.setCurrentCloud(0);
    QCOMPARE(window.imageModel(), first);
    QCOMPARE(window.proxyModel()->rowCount(), firstRows);
    QVERIFY(!window.isLoading());
    QCOMPARE(window.imageView()->currentIndex().data(ImageTableModel::IdRole).toString(), kFake);
    QCOMPARE(window.imageView()->verticalScrollBar()->value(), scroll);
    QVERIFY(window.imageView()->isColumnHidden(ImageTableModel::Owner)); // the columns stay as they were
    for (const DemoRequest& request : m_cloud->requests())
        QVERIFY2(!request.url.path().endsWith(u"/v2/images"_s), qPrintable(request.url.toString()));
    window.setCurrentCloud(1);
    QCOMPARE(window.imageView()->currentIndex().data(ImageTableModel::IdRole).toString(), kCirros);
}

void TestCloudBrowsers::windowKeepsLoadingInTheBackground()
{
    MainWindow window(slowCloud(R"({"images": [{"id": "late-1", "name": "late one"}, {"id": "late-2"}]})"),
                      CloudDescription{u"Slow cloud"_s, false});
    window.addCloud(demoV2(), CloudDescription{u"Demo cloud"_s, true});
    window.show();
    QSignalSpy finished(&window, &MainWindow::listingFinished);
    window.refresh();
    QVERIFY(window.isLoading());
    ImageTableModel* slowRows = window.imageModel();
    window.setCurrentCloud(1);
    window.refresh();
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!idsOf(window.imageModel()).contains(u"late-1"_s));
    // The slow cloud lists on, into its own rows; the window says nothing of it.
    QTRY_COMPARE_WITH_TIMEOUT(slowRows->rowCount(), 2, 15000);
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!idsOf(window.imageModel()).contains(u"late-1"_s));
    window.setCurrentCloud(0);
    QCOMPARE(idsOf(window.imageModel()), (QStringList{u"late-1"_s, u"late-2"_s}));
    QVERIFY(!window.isLoading());
}

void TestCloudBrowsers::windowListsADroppedCloudAgain()
{
    QSettings file(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    AppSettings settings(&file);
    MainWindow window(demoV2(), CloudDescription{u"Demo cloud"_s, true});
    window.setSettings(&settings);
    window.addCloud(demoV1(), CloudDescription{u"Other cloud"_s, true});
    window.browsers()->setCapacity(1);
    window.show();
    QSignalSpy finished(&window, &MainWindow::listingFinished);
    window.refresh();
    QVERIFY(finished.wait(15000));
    QVERIFY(window.selectImage(kFake));
    QPointer<ImageTableModel> first = window.imageModel();

    window.setCurrentCloud(1); // the first cloud's browser goes
    QVERIFY(!first);
    QCOMPARE(window.browsers()->clouds(), QStringList{u"Other cloud"_s});
    window.refresh();
    QVERIFY(finished.wait(15000));

    m_cloud->clearRequests();
    window.setCurrentCloud(0);
    QCOMPARE(window.imageModel()->rowCount(), 0);
    window.refresh(); // as choosing it in the sidebar does
    QVERIFY(finished.wait(15000));
    QVERIFY(window.imageModel()->rowCount() > 0);
    bool listed = false;
    for (const DemoRequest& request : m_cloud->requests())
        listed = listed || request.url.path().endsWith(u"/v2/images"_s);
    QVERIFY(listed);
    // The selection comes back from the settings.
    QCOMPARE(window.imageView()->currentIndex().data(ImageTableModel::IdRole).toString(), kFake);
}

QTEST_MAIN(TestCloudBrowsers)
#include "tst_cloudbrowsers.moc"
