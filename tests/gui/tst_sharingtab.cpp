// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// The details pane's Sharing tab (issue 18), in a window browsing the demo cloud over loopback:
// the owner sees the members of its shared image, a consumer its own pending membership and
// answers it (Accept at once, Reject only once confirmed), a non-shared image says why it has no
// members in a neutral note, a dialect without sharing says so, a failure is said in the tab, the
// members are asked for only while the tab is in sight, and an answer for an image no longer
// selected never shows under another one.

#include "adapters/glancev2adapter.h"
#include "controllers/browsingcontroller.h"
#include "controllers/cloudbrowser.h"
#include "controllers/imagesharingcontroller.h"
#include "democloud/democatalog.h"
#include "democloud/democloud.h"
#include "models/imagetablemodel.h"
#include "models/membertablemodel.h"
#include "support/demowindow.h"
#include "widgets/errorbanner.h"
#include "widgets/imagedetailsview.h"
#include "widgets/imagesharingtab.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestSharingTab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void ownerSeesMembers();
    void consumerSeesPendingAndAccepts();
    void rejectAsksFirst_data();
    void rejectAsksFirst();
    void selectionChangedWhileAskedSendsNothing();
    void notSharedIsANeutralNote();
    void dialectWithoutSharingSaysSo_data();
    void dialectWithoutSharingSaysSo();
    void failureIsSaidInTheTab();
    void asksOnlyWhileInSight();
    void staleAnswerIsDropped();

private:
    MainWindow* makeWindow(Dialect dialect = Dialect::GlanceV2);
    // Selects `id` with the Sharing tab in sight and waits until the tab shows what was found.
    bool showSharing(MainWindow* window, const QString& id);
    static ImageSharingController* controller(MainWindow* window);
    static ImageSharingTab* tab(MainWindow* window) { return window->detailsView()->sharingTab(); }
    int requestsTo(const QString& suffix, const QByteArray& method = "GET") const;
    QString ownedSharedImage() const;
    QString offeredImage() const;
    QString publicImage() const;

    QNetworkAccessManager* m_nam = nullptr;
    DemoCloud* m_cloud = nullptr;
};

void TestSharingTab::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_cloud = new DemoCloud(this);
    QVERIFY(m_cloud->start());
}

void TestSharingTab::cleanup()
{
    delete m_cloud; // and its windows, later
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    delete m_nam;
}

MainWindow* TestSharingTab::makeWindow(Dialect dialect)
{
    return Test::openDemoWindow(m_cloud, m_nam, dialect);
}

ImageSharingController* TestSharingTab::controller(MainWindow* window)
{
    return window->findChild<ImageSharingController*>();
}

bool TestSharingTab::showSharing(MainWindow* window, const QString& id)
{
    return Test::showDetailsTab(window, ImageDetailsView::SharingTab, id, controller(window),
                                &ImageSharingController::membersShown);
}

int TestSharingTab::requestsTo(const QString& suffix, const QByteArray& method) const
{
    int count = 0;
    for (const DemoRequest& request : m_cloud->requests()) {
        if (request.method == method && request.url.path().endsWith(suffix))
            ++count;
    }
    return count;
}

QString TestSharingTab::ownedSharedImage() const
{
    for (const DemoImage& image : m_cloud->catalog().images()) {
        if (image.glance.value(u"owner"_s).toString() == DemoCatalog::projectId() &&
            image.glance.value(u"visibility"_s).toString() == u"shared"_s && image.members.size() == 3)
            return image.id();
    }
    return {};
}

QString TestSharingTab::offeredImage() const
{
    for (const DemoImage& image : m_cloud->catalog().unlisted()) {
        if (image.memberStatus == u"pending"_s)
            return image.id();
    }
    return {};
}

QString TestSharingTab::publicImage() const
{
    for (const DemoImage& image : m_cloud->catalog().images()) {
        if (image.glance.value(u"visibility"_s).toString() == u"public"_s)
            return image.id();
    }
    return {};
}

void TestSharingTab::ownerSeesMembers()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    const QString id = ownedSharedImage();
    QVERIFY(!id.isEmpty());
    QVERIFY(showSharing(window, id));
    ImageSharingTab* sharing = tab(window);
    MemberTableModel* model = sharing->model();
    QCOMPARE(model->rowCount(), 3);
    const DemoImage* image = m_cloud->catalog().find(id);
    QVERIFY(image);
    for (int row = 0; row < 3; ++row) {
        const QJsonObject member = image->members.at(row).toObject();
        QCOMPARE(model->index(row, MemberTableModel::Member).data().toString(),
                 member.value(u"member_id"_s).toString());
        QCOMPARE(model->index(row, MemberTableModel::Status).data(Qt::ToolTipRole).toString(),
                 member.value(u"status"_s).toString());
        QCOMPARE(model->index(row, MemberTableModel::Updated).data(Qt::ToolTipRole).toString(),
                 member.value(u"updated_at"_s).toString());
    }
    QVERIFY(sharing->table()->isVisible());
    QVERIFY(sharing->summaryLabel()->text().contains(u"3"_s));
    // Whatever the project: three members are listed to the owner only; no answer to give.
    QVERIFY(!sharing->acceptButton()->isVisible());
    QVERIFY(!sharing->rejectButton()->isVisible());
    QCOMPARE(sharing->messageKind(), ImageSharingTab::Kind::None);
    QCOMPARE(sharing->summaryLabel()->textFormat(), Qt::PlainText);
    QVERIFY(!sharing->table()->accessibleName().isEmpty());
    // Statuses and dates whole; the project ids take the rest.
    QTableView* table = sharing->table();
    const QAbstractItemView* view = table; // sizeHintForColumn() is public there only
    QHeaderView* header = table->horizontalHeader();
    QCOMPARE(header->sectionResizeMode(MemberTableModel::Member), QHeaderView::Stretch);
    for (const int column :
         {MemberTableModel::Status, MemberTableModel::Created, MemberTableModel::Updated}) {
        QCOMPARE(header->sectionResizeMode(column), QHeaderView::ResizeToContents);
        QTRY_VERIFY(table->columnWidth(column) >= view->sizeHintForColumn(column));
    }
}

void TestSharingTab::consumerSeesPendingAndAccepts()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    // The pending share is listed with member_status=all only.
    QSignalSpy listed(window, &MainWindow::listingFinished);
    window->browsing()->setScope(ListScope{ListScope::Visibility::Default, ListScope::MemberStatus::All},
                                 false);
    QVERIFY(listed.wait(15000));
    const QString id = offeredImage();
    QVERIFY(!id.isEmpty());
    QVERIFY(showSharing(window, id));
    ImageSharingTab* sharing = tab(window);
    QCOMPARE(sharing->model()->rowCount(), 1);
    QCOMPARE(sharing->model()->index(0, MemberTableModel::Member).data().toString(),
             DemoCatalog::projectId());
    QCOMPARE(sharing->model()->index(0, MemberTableModel::Status).data().toString(), u"Pending"_s);
    QVERIFY(sharing->summaryLabel()->text().contains(u"Pending"_s));
    QVERIFY(sharing->acceptButton()->isVisible());
    QVERIFY(sharing->acceptButton()->isEnabled());
    QVERIFY(sharing->rejectButton()->isEnabled());
    QVERIFY(!sharing->acceptButton()->accessibleName().isEmpty());

    // Accept asks nothing: the answer is sent, and the members read again.
    QSignalSpy changed(controller(window), &ImageSharingController::membershipChanged);
    QSignalSpy shown(controller(window), &ImageSharingController::membersShown);
    QTest::mouseClick(sharing->acceptButton(), Qt::LeftButton);
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    QVERIFY(changed.wait(15000));
    QCOMPARE(changed.first().at(0).toString(), id);
    QCOMPARE(changed.first().at(1).value<ImageMember::Status>(), ImageMember::Status::Accepted);
    QVERIFY(shown.wait(15000));
    QCOMPARE(requestsTo(u"/members/"_s + DemoCatalog::projectId(), "PUT"), 1);
    QCOMPARE(sharing->model()->index(0, MemberTableModel::Status).data().toString(), u"Accepted"_s);
    QVERIFY(sharing->summaryLabel()->text().contains(u"Accepted"_s));
    QVERIFY(!sharing->acceptButton()->isEnabled()); // accepted already
    QVERIFY(sharing->rejectButton()->isEnabled());
    QCOMPARE(m_cloud->catalog().find(id)->memberStatus, u"accepted"_s);
}

namespace {
// Answers the next message box with Yes or No once it is up; notes its text.
void answerNextBox(QMessageBox::StandardButton answer, QString* text)
{
    auto* timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        *text = box->text();
        box->button(answer)->click();
    });
    timer->start(20);
}
} // namespace

void TestSharingTab::rejectAsksFirst_data()
{
    QTest::addColumn<bool>("yes");
    QTest::newRow("no: nothing sent") << false;
    QTest::newRow("yes: rejected") << true;
}

void TestSharingTab::rejectAsksFirst()
{
    QFETCH(bool, yes);
    MainWindow* window = makeWindow();
    QVERIFY(window);
    QSignalSpy listed(window, &MainWindow::listingFinished);
    window->browsing()->setScope(ListScope{ListScope::Visibility::Default, ListScope::MemberStatus::All},
                                 false);
    QVERIFY(listed.wait(15000));
    const QString id = offeredImage();
    QVERIFY(showSharing(window, id));
    ImageSharingTab* sharing = tab(window);
    QVERIFY(sharing->rejectButton()->isVisible());
    QSignalSpy changed(controller(window), &ImageSharingController::membershipChanged);
    QString asked;
    answerNextBox(yes ? QMessageBox::Yes : QMessageBox::No, &asked);
    QTest::mouseClick(sharing->rejectButton(), Qt::LeftButton); // returns once the box is answered
    QVERIFY2(!asked.isEmpty(), "no question was asked");
    if (!yes) {
        QTest::qWait(200);
        QCOMPARE(requestsTo(u"/members/"_s + DemoCatalog::projectId(), "PUT"), 0);
        QVERIFY(changed.isEmpty());
        QCOMPARE(m_cloud->catalog().find(id)->memberStatus, u"pending"_s);
        QCOMPARE(sharing->model()->index(0, MemberTableModel::Status).data().toString(), u"Pending"_s);
        return;
    }
    QVERIFY(changed.wait(15000));
    QCOMPARE(changed.first().at(1).value<ImageMember::Status>(), ImageMember::Status::Rejected);
    QCOMPARE(requestsTo(u"/members/"_s + DemoCatalog::projectId(), "PUT"), 1);
    QCOMPARE(m_cloud->catalog().find(id)->memberStatus, u"rejected"_s);
    QTRY_COMPARE_WITH_TIMEOUT(sharing->model()->index(0, MemberTableModel::Status).data().toString(),
                              u"Rejected"_s, 15000);
    QVERIFY(!sharing->rejectButton()->isEnabled());
}

// The question waits in an event loop of its own: another image selected meanwhile (a page
// arriving, a click) must not be the one rejected.
void TestSharingTab::selectionChangedWhileAskedSendsNothing()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    QSignalSpy listed(window, &MainWindow::listingFinished);
    window->browsing()->setScope(ListScope{ListScope::Visibility::Default, ListScope::MemberStatus::All},
                                 false);
    QVERIFY(listed.wait(15000));
    const QString id = offeredImage();
    QVERIFY(showSharing(window, id));
    ImageSharingTab* sharing = tab(window);
    const QString other = ownedSharedImage();
    QVERIFY(!other.isEmpty());
    auto* timer = new QTimer;
    bool moved = false;
    connect(timer, &QTimer::timeout, timer, [timer, window, other, &moved] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        moved = window->selectImage(other); // while the question is up
        box->button(QMessageBox::Yes)->click();
    });
    timer->start(20);
    QTest::mouseClick(sharing->rejectButton(), Qt::LeftButton); // returns once the box is answered
    QVERIFY(moved);
    const QString said = sharing->messageLabel()->text();
    QVERIFY2(said.contains(u"nothing was sent"_s), qPrintable(said));
    QTest::qWait(300);
    QCOMPARE(requestsTo(QString(), "PUT"), 0); // neither image
    QCOMPARE(m_cloud->catalog().find(id)->memberStatus, u"pending"_s);
}

void TestSharingTab::notSharedIsANeutralNote()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    const QString id = publicImage();
    QVERIFY(showSharing(window, id));
    ImageSharingTab* sharing = tab(window);
    QCOMPARE(sharing->messageKind(), ImageSharingTab::Kind::Note);
    const QString text = sharing->messageLabel()->text();
    QVERIFY2(text.contains(u"Only shared images have members."_s), qPrintable(text));
    QCOMPARE(sharing->messageLabel()->textFormat(), Qt::PlainText);
    // In the pane's own colours, not an error's; and not in the window's error banner.
    QCOMPARE(sharing->messageLabel()->palette().color(QPalette::WindowText),
             sharing->palette().color(QPalette::WindowText));
    QVERIFY(!window->errorBanner()->isVisible());
    QCOMPARE(sharing->model()->rowCount(), 0);
    QVERIFY(!sharing->table()->isVisible());
    QVERIFY(!sharing->acceptButton()->isVisible());
}

void TestSharingTab::dialectWithoutSharingSaysSo_data()
{
    QTest::addColumn<int>("dialectValue");
    QTest::newRow("glance-v1") << int(Dialect::GlanceV1);
    QTest::newRow("compute") << int(Dialect::Compute);
}

void TestSharingTab::dialectWithoutSharingSaysSo()
{
    QFETCH(int, dialectValue);
    const auto dialect = Dialect(dialectValue);
    MainWindow* window = makeWindow(dialect);
    QVERIFY(window);
    QVERIFY(window->imageModel()->rowCount() > 0);
    const QString id = window->imageModel()->index(0, 0).data(ImageTableModel::IdRole).toString();
    QVERIFY(!id.isEmpty());
    m_cloud->clearRequests();
    QVERIFY(showSharing(window, id));
    ImageSharingTab* sharing = tab(window);
    QCOMPARE(sharing->messageKind(), ImageSharingTab::Kind::Note);
    const QString text = sharing->messageLabel()->text();
    QVERIFY2(text.contains(u"no image sharing"_s), qPrintable(text));
    QVERIFY2(text.contains(dialectName(dialect)), qPrintable(text));
    QCOMPARE(requestsTo(u"/members"_s), 0);
}

void TestSharingTab::failureIsSaidInTheTab()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    const QString id = ownedSharedImage();
    m_cloud->injectFault(
        {u"/image/v2/images/%1/members"_s.arg(id), 1,
         DemoResponse::htmlError(503, u"503 Service Unavailable"_s, u"The members are away."_s)});
    QVERIFY(showSharing(window, id));
    ImageSharingTab* sharing = tab(window);
    QCOMPARE(sharing->messageKind(), ImageSharingTab::Kind::Failure);
    const QString text = sharing->messageLabel()->text();
    QVERIFY2(text.contains(u"503"_s), qPrintable(text));
    QCOMPARE(sharing->messageLabel()->textFormat(), Qt::PlainText);
    QCOMPARE(sharing->model()->rowCount(), 0);
    QVERIFY(sharing->messageLabel()->palette().color(QPalette::WindowText) !=
            sharing->palette().color(QPalette::WindowText));
}

void TestSharingTab::asksOnlyWhileInSight()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    window->detailsView()->setCurrentIndex(ImageDetailsView::OverviewTab);
    m_cloud->clearRequests();
    QVERIFY(window->selectImage(publicImage()));
    QVERIFY(window->selectImage(ownedSharedImage()));
    QTest::qWait(300);
    QCOMPARE(requestsTo(u"/members"_s), 0);
    QCOMPARE(requestsTo(u"/tasks"_s), 0);
    // In sight: asked once, for the image selected.
    QSignalSpy shown(controller(window), &ImageSharingController::membersShown);
    window->detailsView()->setCurrentIndex(ImageDetailsView::SharingTab);
    QVERIFY(shown.wait(15000));
    QCOMPARE(shown.first().at(0).toString(), ownedSharedImage());
    QCOMPARE(requestsTo(u"/members"_s), 1);
    QCOMPARE(tab(window)->model()->rowCount(), 3);
    // Away and back: what was found stays, nothing asked again.
    window->detailsView()->setCurrentIndex(ImageDetailsView::OverviewTab);
    window->detailsView()->setCurrentIndex(ImageDetailsView::SharingTab);
    QTest::qWait(200);
    QCOMPARE(requestsTo(u"/members"_s), 1);
}

void TestSharingTab::staleAnswerIsDropped()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    const QString shared = ownedSharedImage();
    const QString other = publicImage();
    QVERIFY(showSharing(window, other));
    QSignalSpy shown(controller(window), &ImageSharingController::membersShown);
    // The shared image is asked for, and another one selected before its answer arrives.
    QVERIFY(window->selectImage(shared));
    QVERIFY(controller(window)->isLoading());
    QVERIFY(window->selectImage(other));
    QVERIFY(shown.wait(15000));
    QTest::qWait(300); // the first answer, had it not been dropped, would be in by now
    for (const QList<QVariant>& arguments : std::as_const(shown))
        QCOMPARE(arguments.at(0).toString(), other);
    QCOMPARE(controller(window)->targetId(), other);
    ImageSharingTab* sharing = tab(window);
    QCOMPARE(sharing->model()->rowCount(), 0);
    QVERIFY(sharing->messageLabel()->text().contains(u"Only shared images have members."_s));
}

QTEST_MAIN(TestSharingTab)
#include "tst_sharingtab.moc"
