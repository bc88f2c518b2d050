// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// Entries of a listing that cannot be read: the window lists the others and says in its banner
// how many it left out, with the reasons page by page under Details.
#include "adapters/glancev2adapter.h"
#include "democloud/democloud.h"
#include "models/imagetablemodel.h"
#include "widgets/errorbanner.h"
#include "widgets/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestSkippedBanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void bannerCountsEveryPage();
    void detailsAreShownAsPlainText();
    void newListingStartsFromNothing();
    void repeatedIdsAreShownOnceAndSaid();

private:
    MainWindow* listWithBadEntries();

    QNetworkAccessManager* m_nam = nullptr;
    DemoCloud* m_cloud = nullptr;
};

void TestSkippedBanner::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_cloud = new DemoCloud(this);
    QVERIFY(m_cloud->start());
}

void TestSkippedBanner::cleanup()
{
    delete m_cloud;
    delete m_nam;
}

// Two pages: the first leaves out one entry, the second two (one of them with markup in its id).
MainWindow* TestSkippedBanner::listWithBadEntries()
{
    // The details of the selected row (these ids are not the demo cloud's): an image, not a 404
    // that would take the banner.
    m_cloud->injectFault({u"/image/v2/images/"_s, -1, DemoResponse::json(R"({"id": "a", "name": "a"})")});
    m_cloud->injectFault(
        {u"/image/v2/images"_s, 1, DemoResponse::json(R"({"images": [{"id": "a"}, {"name": "x"}, {"id": "b"}],
                                                 "next": "/v2/images?marker=b"})")});
    m_cloud->injectFault({u"/image/v2/images"_s, 1,
                          DemoResponse::json(R"({"images": [{"id": "<b>c</b>"}, 5, {"id": "<b>c</b>"}]})")});
    auto* adapter = new GlanceV2Adapter(
        m_nam, {.url = m_cloud->glanceV2Endpoint(), .token = m_cloud->token()}, {}, m_cloud);
    auto* window = new MainWindow(adapter, CloudDescription{u"Demo cloud"_s, true});
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_cloud, &QObject::destroyed, window, &QObject::deleteLater);
    QSignalSpy finished(window, &MainWindow::listingFinished);
    window->show();
    window->refresh();
    if (!finished.wait(15000))
        qWarning("the listing did not finish");
    return window;
}

void TestSkippedBanner::bannerCountsEveryPage()
{
    MainWindow* window = listWithBadEntries();
    QCOMPARE(window->imageModel()->rowCount(), 3);
    QVERIFY(window->errorBanner()->isVisible());
    QCOMPARE(window->errorBanner()->message(), u"3 entries could not be read and are not shown."_s);
    QCOMPARE(window->errorBanner()->details(), u"Page 1: entry 2 has no id\n"
                                               u"Page 2: entry 2 is not an object\n"
                                               u"Page 2: entry 3 repeats the id \"<b>c</b>\" of entry 1"_s);
}

void TestSkippedBanner::detailsAreShownAsPlainText()
{
    MainWindow* window = listWithBadEntries();
    QPushButton* details = nullptr;
    for (QPushButton* button : window->errorBanner()->findChildren<QPushButton*>()) {
        if (button->text().contains(u"Details"_s) || button->text().contains(u"De&tails"_s))
            details = button;
    }
    QVERIFY(details);
    QString shown;
    Qt::TextFormat format = Qt::AutoText;
    auto* poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [&shown, &format, poll] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            shown = box->text();
            format = box->textFormat();
            poll->stop();
            box->accept();
        }
    });
    poll->start(20);
    QTest::mouseClick(details, Qt::LeftButton); // returns once the box is closed
    delete poll;
    QCOMPARE(format, Qt::PlainText);
    QVERIFY2(shown.contains(u"repeats the id \"<b>c</b>\""_s), qPrintable(shown));
}

void TestSkippedBanner::newListingStartsFromNothing()
{
    MainWindow* window = listWithBadEntries();
    QVERIFY(window->errorBanner()->isVisible());
    QSignalSpy finished(window, &MainWindow::listingFinished);
    window->refresh(); // the demo cloud's own pages now: every entry readable
    QVERIFY(finished.wait(15000));
    QVERIFY(window->imageModel()->rowCount() > 3);
    QVERIFY2(!window->errorBanner()->isVisible() ||
                 !window->errorBanner()->message().contains(u"could not be read"_s),
             qPrintable(window->errorBanner()->details()));
    m_cloud->injectFault({u"/image/v2/images"_s, 1, DemoResponse::json(R"({"images": [{"id": "d"}, {}]})")});
    window->refresh();
    QVERIFY(finished.wait(15000));
    QCOMPARE(window->errorBanner()->message(), u"1 entry could not be read and is not shown."_s);
    QCOMPARE(window->errorBanner()->details(), u"Page 1: entry 2 has no id"_s);
}

// Page 2 lists again an image of page 1 (and one unreadable entry): one row per id, and the
// banner says both, with the pages under Details.
void TestSkippedBanner::repeatedIdsAreShownOnceAndSaid()
{
    m_cloud->injectFault({u"/image/v2/images/"_s, -1, DemoResponse::json(R"({"id": "a", "name": "a"})")});
    m_cloud->injectFault(
        {u"/image/v2/images"_s, 1, DemoResponse::json(R"({"images": [{"id": "a"}, {"id": "b"}],
                                                 "next": "/v2/images?marker=b"})")});
    m_cloud->injectFault(
        {u"/image/v2/images"_s, 1, DemoResponse::json(R"({"images": [{"id": "c"}, {"id": "a"}, {}]})")});
    auto* adapter = new GlanceV2Adapter(
        m_nam, {.url = m_cloud->glanceV2Endpoint(), .token = m_cloud->token()}, {}, m_cloud);
    MainWindow window(adapter, CloudDescription{u"Demo cloud"_s, true});
    QAbstractItemModelTester tester(window.imageModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&window, &MainWindow::listingFinished);
    window.show();
    window.refresh();
    QVERIFY(finished.wait(15000));
    QCOMPARE(window.imageModel()->rowCount(), 3);
    QCOMPARE(window.imageModel()->rowOf(u"a"_s), 0);
    QVERIFY(window.errorBanner()->isVisible());
    QCOMPARE(window.errorBanner()->message(),
             u"1 entry could not be read and is not shown. "
             u"The server listed 1 image(s) more than once; each is shown once."_s);
    QCOMPARE(window.errorBanner()->details(), u"Page 2: entry 3 has no id\n"
                                              u"Page 2: the id \"a\" was listed before"_s);
}

QTEST_MAIN(TestSkippedBanner)
#include "tst_skippedbanner.moc"
