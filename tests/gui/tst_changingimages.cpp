// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// Images still changing on the server (saving, queued...) refresh by themselves while shown: the
// demo cloud's snapshot being saved becomes active by its injected clock, and the window follows,
// in place, with a bounded number of requests, and stops when it settles, when the image is gone,
// and when the cloud is signed out.
#include "adapters/glancev2adapter.h"
#include "controllers/changingimages.h"
#include "controllers/cloudcontroller.h"
#include "controllers/endpointcloud.h"
#include "controllers/selectionactions.h"
#include "democloud/democatalog.h"
#include "democloud/democloud.h"
#include "identity/cloudsession.h"
#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"
#include "widgets/errorbanner.h"
#include "widgets/imagetableview.h"
#include "widgets/mainwindow.h"

#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestChangingImages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aSavingImageBecomesActiveInPlace();
    void requestsAreBounded();
    void aGoneImageIsMarkedNotBannered();
    void noRefreshAfterSigningOut();
    void onlyChangingStatusesAreRefreshed();

private:
    std::unique_ptr<MainWindow> openWindow();
    static ChangingImages::Intervals quick() { return {.fastMs = 40, .slowMs = 120, .fastTicks = 5}; }
    int showRequestsFor(const QString& id) const;
    QString statusOf(MainWindow* window, const QString& id) const;

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<DemoCloud> m_cloud;
    QDateTime m_now;
};

void TestChangingImages::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_cloud = std::make_unique<DemoCloud>();
    QVERIFY(m_cloud->start());
    m_now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
    m_cloud->setClock([this] { return m_now; });
}

void TestChangingImages::cleanup()
{
    m_cloud.reset();
    m_nam.reset();
}

std::unique_ptr<MainWindow> TestChangingImages::openWindow()
{
    auto* adapter = new GlanceV2Adapter(
        m_nam.get(), {.url = m_cloud->glanceV2Endpoint(), .token = m_cloud->token()}, {}, m_cloud.get());
    auto window = std::make_unique<MainWindow>(adapter, CloudDescription{u"Demo cloud"_s, true});
    window->changingImages()->setIntervals(quick());
    window->show();
    QSignalSpy finished(window.get(), &MainWindow::listingFinished);
    window->refresh();
    if (!finished.wait(15000))
        return nullptr;
    return window;
}

int TestChangingImages::showRequestsFor(const QString& id) const
{
    const QString path = u"/image/v2/images/"_s + id;
    return int(std::count_if(m_cloud->requests().cbegin(), m_cloud->requests().cend(),
                             [&](const DemoRequest& request) { return request.url.path() == path; }));
}

QString TestChangingImages::statusOf(MainWindow* window, const QString& id) const
{
    const int row = window->imageModel()->rowOf(id);
    return row < 0 ? QString() : window->imageModel()->row(row).status;
}

void TestChangingImages::aSavingImageBecomesActiveInPlace()
{
    const std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    const QString id = DemoCatalog::savingImageId();
    QCOMPARE(statusOf(window.get(), id), u"saving"_s);
    QVERIFY(window->selectImage(id));
    ChangingImages* changing = window->changingImages();
    QTRY_VERIFY(changing->isActive());
    // Refreshed again and again while it is saving.
    const int before = showRequestsFor(id);
    QTRY_VERIFY_WITH_TIMEOUT(showRequestsFor(id) >= before + 3, 15000);
    QCOMPARE(statusOf(window.get(), id), u"saving"_s);
    QVERIFY(!window->downloadAction()->isEnabled());

    // Saved: active, in place, still selected, shown in the details.
    m_now = m_now.addMSecs(DemoCatalog::kSavingImageSettlesAfterMs + 1000);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(window.get(), id), u"active"_s, 15000);
    QCOMPARE(window->selectionActions()->currentId(), id);
    QCOMPARE(window->selectionActions()->currentRecord()->status, std::optional<QString>(u"active"_s));
    QVERIFY(window->selectionActions()->currentRecord()->size.has_value());
    QVERIFY(!window->errorBanner()->isVisible());

    // Settled: the timer stops, no more requests for it.
    QTRY_VERIFY_WITH_TIMEOUT(!changing->isActive() || !changing->shownChanging().contains(id), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(changing->inFlight() == 0, 15000);
    const int settled = showRequestsFor(id);
    QTest::qWait(10 * quick().fastMs);
    QCOMPARE(showRequestsFor(id), settled);
}

void TestChangingImages::requestsAreBounded()
{
    const std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    window->resize(1280, 2000); // many changing rows in sight at once
    ChangingImages* changing = window->changingImages();
    QTRY_VERIFY(changing->shownChanging().size() > ChangingImages::kMaxInFlight);
    int most = 0;
    QSet<QString> refreshed;
    connect(m_cloud.get(), &DemoCloud::requestServed, changing, [&](const DemoRequest& request) {
        if (!request.url.path().startsWith(u"/image/v2/images/"_s))
            return;
        refreshed.insert(request.url.path());
        most = std::max(most, changing->inFlight());
    });
    QTRY_VERIFY(changing->isActive());
    // Every changing row in sight has its turn, never more than kMaxInFlight under way.
    const qsizetype shown = changing->shownChanging().size();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= shown, 20000);
    QVERIFY2(most <= ChangingImages::kMaxInFlight, qPrintable(QString::number(most)));
    QVERIFY(most > 0);
    // After the fast ticks, the slow interval.
    QTRY_COMPARE_WITH_TIMEOUT(changing->interval(), quick().slowMs, 20000);
}

void TestChangingImages::aGoneImageIsMarkedNotBannered()
{
    const std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    const QString id = DemoCatalog::savingImageId();
    QSignalSpy details(window.get(), &MainWindow::detailsFinished);
    QVERIFY(window->selectImage(id));
    QVERIFY(details.wait(15000));
    // Deleted on the server meanwhile.
    m_cloud->injectFault({u"/image/v2/images/"_s + id, -1,
                          DemoResponse::htmlError(404, u"404 Not Found"_s, u"No image found"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(window.get(), id), u"deleted"_s, 15000);
    QVERIFY(!window->errorBanner()->isVisible());
    QVERIFY2(window->statusBar()->currentMessage().contains(u"centos-stream-9-nightly-snapshot"_s),
             qPrintable(window->statusBar()->currentMessage()));
    QCOMPARE(window->selectionActions()->currentId(), id);
    // Asked once: a deleted image has settled.
    QTRY_VERIFY(window->changingImages()->inFlight() == 0);
    const int asked = showRequestsFor(id);
    QTest::qWait(10 * quick().fastMs);
    QCOMPARE(showRequestsFor(id), asked);
}

void TestChangingImages::noRefreshAfterSigningOut()
{
    CloudController clouds(m_nam.get(), nullptr, nullptr, TransportOptions());
    MainWindow window(&clouds);
    window.changingImages()->setIntervals(quick());
    QVERIFY(
        openEndpointCloud(&window, m_cloud->glanceV2Endpoint(), Dialect::GlanceV2, m_cloud->token(), nullptr)
            .isEmpty());
    window.show();
    QSignalSpy finished(&window, &MainWindow::listingFinished);
    window.refresh();
    QVERIFY(finished.wait(15000));
    const QString id = DemoCatalog::savingImageId();
    QVERIFY(window.selectImage(id));
    const int before = showRequestsFor(id);
    QTRY_VERIFY_WITH_TIMEOUT(showRequestsFor(id) >= before + 2, 15000);

    clouds.forget(0);
    QTRY_VERIFY(!window.changingImages()->isActive());
    QCOMPARE(window.changingImages()->inFlight(), 0);
    // Requests sent just before may still reach the server; none is sent afterwards.
    QTest::qWait(10 * quick().fastMs);
    const int signedOut = int(m_cloud->requests().size());
    QTest::qWait(10 * quick().fastMs);
    QCOMPARE(int(m_cloud->requests().size()), signedOut);
}

void TestChangingImages::onlyChangingStatusesAreRefreshed()
{
    const std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window);
    window->filterEdit()->setText(u"status:active"_s);
    QTRY_VERIFY(window->proxyModel()->rowCount() > 0);
    QTRY_VERIFY(window->changingImages()->shownChanging().isEmpty());
    QTRY_VERIFY(!window->changingImages()->isActive());
}

QTEST_MAIN(TestChangingImages)
#include "tst_changingimages.moc"
