// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// The details pane's Tasks tab (issue 18), in a window browsing the demo cloud over loopback: an
// image's import and copy tasks with their progress, the stores its record says it is being
// imported to or failed for, a neutral note for dialects without tasks, a failure said in the tab,
// nothing asked while the tab is out of sight, and no answer shown under another image; on its
// own, the controller never takes a new adapter for the destroyed one whose address it has.

#include "controllers/imagetaskscontroller.h"
#include "democloud/democloud.h"
#include "democloud/glancev2infoservice.h"
#include "models/imagetablemodel.h"
#include "models/tasktablemodel.h"
#include "support/demowindow.h"
#include "support/stubadapter.h"
#include "widgets/imagedetailsview.h"
#include "widgets/imagetaskstab.h"
#include "widgets/mainwindow.h"

#include <QHeaderView>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <cstddef>
#include <new>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
// The Compute API v2 example: no tasks, and a copy to "cold" that failed.
const QString kFailedCopyImage = u"70a599e0-31e7-49b7-b260-868f441e862b"_s;

class ManualTasksJob : public Job<ImageTaskList>
{
public:
    using Job::Job;
    void answer(const ImageTaskList& tasks) { finishWith(tasks); }

protected:
    void doAbort() override {}
};

// An Image API whose task listings the test answers.
class FakeTasksAdapter : public Test::StubAdapter
{
public:
    ImageTasksJob* tasks(const QString& imageId) override
    {
        auto* job = new ManualTasksJob(this);
        jobs.append(job);
        asked.append(imageId);
        return job;
    }
    QList<QPointer<ManualTasksJob>> jobs;
    QStringList asked;
};
} // namespace

class TestTasksTab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsTasksAndStores();
    void showsFailedStores();
    void dialectWithoutTasksIsANote();
    void failureIsSaidInTheTab();
    void asksOnlyWhileInSight();
    void staleAnswerIsDropped();
    void adapterInPlaceOfADestroyedOneIsAskedAgain();

private:
    MainWindow* makeWindow(Dialect dialect = Dialect::GlanceV2);
    bool showTasks(MainWindow* window, const QString& id);
    static ImageTasksController* controller(MainWindow* window)
    {
        return window->findChild<ImageTasksController*>();
    }
    static ImageTasksTab* tab(MainWindow* window) { return window->detailsView()->tasksTab(); }
    int requestsTo(const QString& suffix) const;

    QNetworkAccessManager* m_nam = nullptr;
    DemoCloud* m_cloud = nullptr;
};

void TestTasksTab::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_cloud = new DemoCloud(this);
    QVERIFY(m_cloud->start());
}

void TestTasksTab::cleanup()
{
    delete m_cloud;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    delete m_nam;
}

MainWindow* TestTasksTab::makeWindow(Dialect dialect)
{
    return Test::openDemoWindow(m_cloud, m_nam, dialect);
}

bool TestTasksTab::showTasks(MainWindow* window, const QString& id)
{
    return Test::showDetailsTab(window, ImageDetailsView::TasksTab, id, controller(window),
                                &ImageTasksController::tasksShown);
}

int TestTasksTab::requestsTo(const QString& suffix) const
{
    int count = 0;
    for (const DemoRequest& request : m_cloud->requests()) {
        if (request.url.path().endsWith(suffix))
            ++count;
    }
    return count;
}

void TestTasksTab::showsTasksAndStores()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    const QString id = GlanceV2InfoService::taskImageId();
    QVERIFY(showTasks(window, id));
    ImageTasksTab* tasks = tab(window);
    TaskTableModel* model = tasks->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, TaskTableModel::Status).data().toString(), u"processing"_s);
    QCOMPARE(model->index(0, TaskTableModel::Message).data().toString(), u"Copied 15 MiB"_s);
    QCOMPARE(model->index(0, TaskTableModel::Stores).data().toString(), u"cold"_s);
    QCOMPARE(model->index(0, TaskTableModel::Method).data().toString(), u"copy-image"_s);
    QCOMPARE(model->index(1, TaskTableModel::Status).data().toString(), u"failure"_s);
    QCOMPARE(model->index(2, TaskTableModel::Method).data().toString(), u"web-download"_s);
    QCOMPARE(model->index(2, TaskTableModel::Stores).data().toString(), u"fast"_s);
    QVERIFY(tasks->table()->isVisible());
    // The times whole: a task's progress is read from them.
    QTableView* table = tasks->table();
    const QAbstractItemView* view = table; // sizeHintForColumn() is public there only
    for (const int column : {TaskTableModel::Created, TaskTableModel::Updated, TaskTableModel::Expires}) {
        QCOMPARE(table->horizontalHeader()->sectionResizeMode(column), QHeaderView::ResizeToContents);
        QTRY_VERIFY(table->columnWidth(column) >= view->sizeHintForColumn(column));
    }
    // Above the table, from the record: os_glance_importing_to_stores (os_glance_failed_import is empty).
    QVERIFY(tasks->importingLabel()->isVisible());
    QCOMPARE(tasks->importingLabel()->text(), u"Importing to stores: cold"_s);
    QCOMPARE(tasks->importingLabel()->textFormat(), Qt::PlainText);
    QVERIFY(!tasks->failedLabel()->isVisible());
    QCOMPARE(tasks->messageKind(), ImageTasksTab::Kind::None);
    QVERIFY(!tasks->table()->accessibleName().isEmpty());
}

void TestTasksTab::showsFailedStores()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    QVERIFY(showTasks(window, kFailedCopyImage));
    ImageTasksTab* tasks = tab(window);
    QVERIFY(tasks->failedLabel()->isVisible());
    QCOMPARE(tasks->failedLabel()->text(), u"Failed to import to: cold"_s);
    QVERIFY(!tasks->importingLabel()->isVisible());
    QCOMPARE(tasks->model()->rowCount(), 0);
    QCOMPARE(tasks->messageKind(), ImageTasksTab::Kind::Note);
    QVERIFY(tasks->messageLabel()->text().contains(u"no import or copy tasks"_s));
}

void TestTasksTab::dialectWithoutTasksIsANote()
{
    MainWindow* window = makeWindow(Dialect::GlanceV1);
    QVERIFY(window);
    QVERIFY(window->imageModel()->rowCount() > 0);
    const QString id = window->imageModel()->index(0, 0).data(ImageTableModel::IdRole).toString();
    m_cloud->clearRequests();
    QVERIFY(showTasks(window, id));
    ImageTasksTab* tasks = tab(window);
    QCOMPARE(tasks->messageKind(), ImageTasksTab::Kind::Note);
    const QString text = tasks->messageLabel()->text();
    QVERIFY2(text.contains(u"glance-v1"_s) && text.contains(u"image tasks"_s), qPrintable(text));
    QCOMPARE(tasks->messageLabel()->palette().color(QPalette::WindowText),
             tasks->palette().color(QPalette::WindowText));
    QCOMPARE(requestsTo(u"/tasks"_s), 0);
}

void TestTasksTab::failureIsSaidInTheTab()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    const QString id = GlanceV2InfoService::taskImageId();
    m_cloud->injectFault(
        {u"/image/v2/images/%1/tasks"_s.arg(id), 1,
         DemoResponse::htmlError(500, u"500 Internal Server Error"_s, u"Tasks went wrong."_s)});
    QVERIFY(showTasks(window, id));
    ImageTasksTab* tasks = tab(window);
    QCOMPARE(tasks->messageKind(), ImageTasksTab::Kind::Failure);
    const QString text = tasks->messageLabel()->text();
    QVERIFY2(text.contains(u"500"_s), qPrintable(text));
    QCOMPARE(tasks->model()->rowCount(), 0);
    // The stores come from the record: still said.
    QCOMPARE(tasks->importingLabel()->text(), u"Importing to stores: cold"_s);
}

void TestTasksTab::asksOnlyWhileInSight()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    window->detailsView()->setCurrentIndex(ImageDetailsView::OverviewTab);
    m_cloud->clearRequests();
    QVERIFY(window->selectImage(kFailedCopyImage));
    QVERIFY(window->selectImage(GlanceV2InfoService::taskImageId()));
    QTest::qWait(300);
    QCOMPARE(requestsTo(u"/tasks"_s), 0);
    QSignalSpy shown(controller(window), &ImageTasksController::tasksShown);
    window->detailsView()->setCurrentIndex(ImageDetailsView::TasksTab);
    QVERIFY(shown.wait(15000));
    QCOMPARE(shown.first().at(0).toString(), GlanceV2InfoService::taskImageId());
    QCOMPARE(requestsTo(u"/tasks"_s), 1);
    QCOMPARE(requestsTo(u"/members"_s), 0); // the Sharing tab is not in sight
}

void TestTasksTab::staleAnswerIsDropped()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    QVERIFY(showTasks(window, kFailedCopyImage));
    QSignalSpy shown(controller(window), &ImageTasksController::tasksShown);
    QVERIFY(window->selectImage(GlanceV2InfoService::taskImageId()));
    QVERIFY(controller(window)->isLoading());
    QVERIFY(window->selectImage(kFailedCopyImage));
    QVERIFY(shown.wait(15000));
    QTest::qWait(300);
    for (const QList<QVariant>& arguments : std::as_const(shown))
        QCOMPARE(arguments.at(0).toString(), kFailedCopyImage);
    ImageTasksTab* tasks = tab(window);
    QCOMPARE(tasks->model()->rowCount(), 0);
    QCOMPARE(tasks->failedLabel()->text(), u"Failed to import to: cold"_s);
    QVERIFY(!tasks->importingLabel()->isVisible());
}

// Signed out and in again (or another cloud with the same image id): the new adapter may be
// created where the old one was. What the old one found must not stand for it.
void TestTasksTab::adapterInPlaceOfADestroyedOneIsAskedAgain()
{
    ImageTasksTab tab;
    tab.setTable(new QTableView(&tab));
    tab.table()->setModel(tab.model());
    tab.show();
    ImageTasksController controller;
    controller.setTab(&tab);
    QSignalSpy shown(&controller, &ImageTasksController::tasksShown);
    ImageRecord record;
    record.id = u"img"_s;
    alignas(FakeTasksAdapter) std::byte storage[sizeof(FakeTasksAdapter)]; // both adapters live here
    auto* first = new (storage) FakeTasksAdapter;
    controller.setTarget(first, record);
    QCOMPARE(first->asked, QStringList{u"img"_s});
    ImageTaskList listed;
    ImageTask task;
    task.id = u"t1"_s;
    task.status = u"success"_s;
    listed.tasks = {task};
    first->jobs.first()->answer(listed);
    QVERIFY(shown.wait(5000));
    QCOMPARE(tab.model()->rowCount(), 1);
    first->~FakeTasksAdapter();
    auto* second = new (storage) FakeTasksAdapter;
    QCOMPARE(static_cast<void*>(second), static_cast<void*>(storage));
    controller.setTarget(second, record);
    QCOMPARE(second->asked, QStringList{u"img"_s});
    QCOMPARE(tab.model()->rowCount(), 0);
    second->~FakeTasksAdapter();
}

QTEST_MAIN(TestTasksTab)
#include "tst_taskstab.moc"
