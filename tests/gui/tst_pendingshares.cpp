// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// Issue 18, "Shared with me": the shares offered to the user's project and not answered yet are
// marked in the image table (Visibility "shared, pending", the name in bold, a tooltip naming the
// Sharing tab) whether the scope lists pending shares alone or every member status (then a
// second listing, visibility=shared&member_status=pending, finds which). The user's own shared
// images are never marked; nothing is guessed while the project is unknown. An answer changes
// the row at once, with no new listing; one that fails after another image was selected reaches
// the window's banner.

#include "controllers/browsingcontroller.h"
#include "controllers/cloudbrowser.h"
#include "controllers/imagesharingcontroller.h"
#include "democloud/democatalog.h"
#include "democloud/democloud.h"
#include "models/imagetablemodel.h"
#include "support/demowindow.h"
#include "widgets/errorbanner.h"
#include "widgets/imagedetailsview.h"
#include "widgets/imagesharingtab.h"
#include "widgets/mainwindow.h"

#include <QFont>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestPendingShares : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void pendingSharesAreMarked_data();
    void pendingSharesAreMarked();
    void unknownProjectMarksNothing();
    void hiddenImagesAreAskedAboutToo();
    void answerChangesTheRowAtOnce();
    void failedAnswerAfterMovingOnReachesTheBanner();

private:
    MainWindow* makeWindow(const QString& projectId, const ListScope& scope);
    bool showSharing(MainWindow* window, const QString& id);
    int listings(const QString& memberStatus) const;
    QString visibilityOf(MainWindow* window, const QString& id) const;
    bool isBold(MainWindow* window, const QString& id) const;
    QString offeredImage() const;
    QString ownedSharedImage() const;

    QNetworkAccessManager* m_nam = nullptr;
    DemoCloud* m_cloud = nullptr;
};

void TestPendingShares::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_cloud = new DemoCloud(this);
    QVERIFY(m_cloud->start());
}

void TestPendingShares::cleanup()
{
    delete m_cloud; // and its windows, later
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    delete m_nam;
}

MainWindow* TestPendingShares::makeWindow(const QString& projectId, const ListScope& scope)
{
    MainWindow* window = Test::openDemoWindow(m_cloud, m_nam, Dialect::GlanceV2, projectId);
    if (!window || scope.isDefault())
        return window;
    QSignalSpy finished(window, &MainWindow::listingFinished);
    window->browsing()->setScope(scope, false);
    return finished.wait(15000) ? window : nullptr;
}

bool TestPendingShares::showSharing(MainWindow* window, const QString& id)
{
    return Test::showDetailsTab(window, ImageDetailsView::SharingTab, id,
                                window->findChild<ImageSharingController*>(),
                                &ImageSharingController::membersShown);
}

// Image listings asked for with member_status=`memberStatus` ("" when not sent).
int TestPendingShares::listings(const QString& memberStatus) const
{
    int count = 0;
    for (const DemoRequest& request : m_cloud->requests()) {
        if (request.method == "GET" && request.url.path().endsWith(u"/v2/images"_s) &&
            QUrlQuery(request.url).queryItemValue(u"member_status"_s) == memberStatus)
            ++count;
    }
    return count;
}

QString TestPendingShares::visibilityOf(MainWindow* window, const QString& id) const
{
    ImageTableModel* rows = window->browsing()->rows();
    const int row = rows->rowOf(id);
    return row < 0 ? u"(not listed)"_s : rows->index(row, ImageTableModel::Visibility).data().toString();
}

bool TestPendingShares::isBold(MainWindow* window, const QString& id) const
{
    ImageTableModel* rows = window->browsing()->rows();
    const QVariant font = rows->index(rows->rowOf(id), ImageTableModel::Name).data(Qt::FontRole);
    return font.isValid() && font.value<QFont>().bold();
}

QString TestPendingShares::offeredImage() const
{
    for (const DemoImage& image : m_cloud->catalog().unlisted()) {
        if (image.memberStatus == u"pending"_s)
            return image.id();
    }
    return {};
}

QString TestPendingShares::ownedSharedImage() const
{
    for (const DemoImage& image : m_cloud->catalog().images()) {
        if (image.glance.value(u"owner"_s).toString() == DemoCatalog::projectId() &&
            image.glance.value(u"visibility"_s).toString() == u"shared"_s)
            return image.id();
    }
    return {};
}

void TestPendingShares::pendingSharesAreMarked_data()
{
    using V = ListScope::Visibility;
    using M = ListScope::MemberStatus;
    QTest::addColumn<ListScope>("scope");
    QTest::addColumn<int>("probes"); // listings with member_status=pending beyond the scope's own
    QTest::newRow("default, any member status") << ListScope{V::Default, M::All} << 1;
    QTest::newRow("shared, any member status") << ListScope{V::Shared, M::All} << 1;
    QTest::newRow("all, any member status") << ListScope{V::All, M::All} << 1;
    QTest::newRow("shared, awaiting acceptance") << ListScope{V::Shared, M::Pending} << 0;
}

void TestPendingShares::pendingSharesAreMarked()
{
    QFETCH(ListScope, scope);
    QFETCH(int, probes);
    MainWindow* window = makeWindow(DemoCatalog::projectId(), scope);
    QVERIFY(window);
    const QString offered = offeredImage();
    const QString owned = ownedSharedImage();
    QVERIFY(!offered.isEmpty() && !owned.isEmpty());
    const int scoped = scope.memberStatus == ListScope::MemberStatus::Pending ? 1 : 0;
    QTRY_COMPARE_WITH_TIMEOUT(listings(u"pending"_s), scoped + probes, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(visibilityOf(window, offered), u"shared, pending"_s, 15000);
    QVERIFY(isBold(window, offered));
    ImageTableModel* rows = window->browsing()->rows();
    QVERIFY(rows->index(rows->rowOf(offered), ImageTableModel::Name)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"Sharing tab"_s));
    // The user's own shared image is listed with any member status: never marked.
    QCOMPARE(visibilityOf(window, owned), u"shared"_s);
    QVERIFY(!isBold(window, owned));
    int marked = 0;
    for (int row = 0; row < rows->rowCount(); ++row)
        marked += rows->index(row, ImageTableModel::Visibility).data().toString().contains(u"pending"_s);
    QCOMPARE(marked, 1);
}

void TestPendingShares::unknownProjectMarksNothing()
{
    MainWindow* window =
        makeWindow(QString(), ListScope{ListScope::Visibility::Default, ListScope::MemberStatus::All});
    QVERIFY(window);
    const QString offered = offeredImage();
    QTest::qWait(300);
    QCOMPARE(listings(u"pending"_s), 0); // nothing asked: the owner's images would come too
    QCOMPARE(visibilityOf(window, offered), u"shared"_s);
    QVERIFY(!isBold(window, offered));
}

// Show hidden: the hidden images come in a listing of their own, and so do their pending shares.
void TestPendingShares::hiddenImagesAreAskedAboutToo()
{
    MainWindow* window = makeWindow(DemoCatalog::projectId(),
                                    ListScope{ListScope::Visibility::Shared, ListScope::MemberStatus::All});
    QVERIFY(window);
    QTRY_COMPARE_WITH_TIMEOUT(listings(u"pending"_s), 1, 15000);
    QSignalSpy listed(window, &MainWindow::listingFinished);
    window->browsing()->setShowHidden(true);
    QVERIFY(listed.wait(15000));
    int hiddenProbes = 0;
    QTRY_VERIFY_WITH_TIMEOUT((hiddenProbes =
                                  [this] {
                                      int count = 0;
                                      for (const DemoRequest& request : m_cloud->requests()) {
                                          const QUrlQuery query(request.url);
                                          count += query.queryItemValue(u"member_status"_s) == u"pending"_s &&
                                                   query.queryItemValue(u"os_hidden"_s) == u"true"_s;
                                      }
                                      return count;
                                  }()) == 1,
                             15000);
    QCOMPARE(listings(u"pending"_s), 3); // the probe again, then its hidden pass
    QTRY_COMPARE_WITH_TIMEOUT(visibilityOf(window, offeredImage()), u"shared, pending"_s, 15000);
}

void TestPendingShares::answerChangesTheRowAtOnce()
{
    MainWindow* window = makeWindow(DemoCatalog::projectId(),
                                    ListScope{ListScope::Visibility::Shared, ListScope::MemberStatus::All});
    QVERIFY(window);
    const QString offered = offeredImage();
    QTRY_COMPARE_WITH_TIMEOUT(visibilityOf(window, offered), u"shared, pending"_s, 15000);
    QVERIFY(showSharing(window, offered));
    ImageSharingTab* sharing = window->detailsView()->sharingTab();
    QVERIFY(sharing->acceptButton()->isEnabled());
    const int listedBefore = listings(u"all"_s) + listings(u"pending"_s);
    auto* controller = window->findChild<ImageSharingController*>();
    QSignalSpy changed(controller, &ImageSharingController::membershipChanged);
    QTest::mouseClick(sharing->acceptButton(), Qt::LeftButton);
    QVERIFY(changed.wait(15000));
    QCOMPARE(visibilityOf(window, offered), u"shared"_s);
    QVERIFY(!isBold(window, offered));
    QTest::qWait(200);
    QCOMPARE(listings(u"all"_s) + listings(u"pending"_s), listedBefore); // no listing again
    QCOMPARE(window->browsing()->rows()->rowOf(offered) >= 0, true);     // still selected and shown
}

void TestPendingShares::failedAnswerAfterMovingOnReachesTheBanner()
{
    MainWindow* window = makeWindow(DemoCatalog::projectId(),
                                    ListScope{ListScope::Visibility::Shared, ListScope::MemberStatus::All});
    QVERIFY(window);
    const QString offered = offeredImage();
    QVERIFY(showSharing(window, offered));
    ImageSharingTab* sharing = window->detailsView()->sharingTab();
    QVERIFY(sharing->acceptButton()->isEnabled());
    auto* controller = window->findChild<ImageSharingController*>();
    QSignalSpy message(controller, &ImageSharingController::message);
    QSignalSpy failed(controller, &ImageSharingController::answerFailed);
    m_cloud->setToken("a-token-the-window-does-not-have"); // the answer is refused (401)
    QTest::mouseClick(sharing->acceptButton(), Qt::LeftButton);
    QVERIFY(window->selectImage(ownedSharedImage())); // before the answer is in
    QVERIFY(failed.wait(15000));
    QCOMPARE(message.count(), 1);
    QCOMPARE(message.first().at(0).value<MessageKind>(), MessageKind::Warning);
    const QString said = message.first().at(1).toString();
    QVERIFY2(said.contains(u"partner-hardened-ubuntu-24.04"_s) && said.contains(u"not taken"_s),
             qPrintable(said));
    // The row keeps its mark: nothing changed on the server.
    QCOMPARE(visibilityOf(window, offered), u"shared, pending"_s);
    QCOMPARE(m_cloud->catalog().find(offered)->memberStatus, u"pending"_s);
    // The window's banner carries it (or the later error of the refused details, never nothing).
    auto* banner = window->findChild<ErrorBanner*>();
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
}

QTEST_MAIN(TestPendingShares)
#include "tst_pendingshares.moc"
