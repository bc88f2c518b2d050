// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/adapterfactory.h"
#include "democloud/democloud.h"
#include "download/filedownloader.h"
#include "download/partsidecar.h"
#include "download/rangesupport.h"
#include "download/transferqueue.h"
#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"
#include "models/transferlistmodel.h"
#include "settings/appsettings.h"
#include "support/faultyfileserver.h"
#include "widgets/errorbanner.h"
#include "widgets/imagetableview.h"
#include "widgets/mainwindow.h"
#include "widgets/transferspanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::FaultyFileServer;

namespace {
const QString kCirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;
const QString kQueued = u"7e61b0f7-06ac-5155-83f0-01498a987780"_s;

Transfer::State stateOf(const TransferQueue& queue, int id)
{
    const int row = queue.rowOf(id);
    return row < 0 ? Transfer::State::Cancelled : queue.transfers().at(row).state;
}
} // namespace

// Downloads from the window (Download action, transfers panel) and the queue behind it: the
// concurrency limit, pause and resume, cancel, retry after a failure.
class TestDownloads : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void downloadActionFetchesTheSelectedImage_data();
    void downloadActionFetchesTheSelectedImage();
    void inactiveImagesCannotBeDownloaded();
    void queueRunsAtMostTheLimit();
    void pauseResumeCancelAndRetry();
    void panelCancelThenResumeAtOnce();
    void restoredTransfersResumeWhenTheirCloudIsOpen();
    void queueKeepsTheDownloadRules();

private:
    MainWindow* window(Dialect dialect);
    void select(MainWindow* window, const QString& id);
    DownloadRequest request(const QUrl& url, const QString& name) const;

    QTemporaryDir m_config; // the settings of this test run (QSettings::setPath)
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<DemoCloud> m_cloud;
    std::unique_ptr<TransferQueue> m_queue;
    std::unique_ptr<MainWindow> m_window;
};

void TestDownloads::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
    QCoreApplication::setOrganizationName(u"SkylightTest"_s);
}

void TestDownloads::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_cloud = std::make_unique<DemoCloud>();
    QVERIFY(m_cloud->start());
    m_queue = std::make_unique<TransferQueue>(m_nam.get(), TransportOptions());
}

void TestDownloads::cleanup()
{
    m_window.reset();
    m_queue.reset();
    m_cloud.reset();
}

MainWindow* TestDownloads::window(Dialect dialect)
{
    const ServiceEndpoint endpoint{
        .url = m_cloud->endpoint(dialect), .token = m_cloud->token(), .projectId = DemoCloud::projectId()};
    auto adapter = createImageAdapter(dialect, m_nam.get(), endpoint, {}, m_cloud.get());
    m_window = std::make_unique<MainWindow>(*adapter, CloudDescription{u"Demo cloud"_s, true});
    m_window->setTransferQueue(m_queue.get());
    new QAbstractItemModelTester(m_window->transfersPanel()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, m_window.get());
    m_window->show();
    QSignalSpy listed(m_window.get(), &MainWindow::listingFinished);
    m_window->refresh();
    if (!listed.wait(15000))
        qWarning("no listing");
    return m_window.get();
}

void TestDownloads::select(MainWindow* window, const QString& id)
{
    for (int row = 0; row < window->proxyModel()->rowCount(); ++row) {
        const QModelIndex index = window->proxyModel()->index(row, 0);
        if (index.data(ImageTableModel::IdRole).toString() == id) {
            window->imageView()->setCurrentIndex(index);
            return;
        }
    }
    QFAIL("image not listed");
}

void TestDownloads::downloadActionFetchesTheSelectedImage_data()
{
    QTest::addColumn<int>("dialect");
    QTest::newRow("glance-v2") << int(Dialect::GlanceV2);
    QTest::newRow("compute (alternate link)") << int(Dialect::Compute);
}

void TestDownloads::downloadActionFetchesTheSelectedImage()
{
    QFETCH(int, dialect);
    MainWindow* w = window(static_cast<Dialect>(dialect));
    select(w, kCirros);
    QVERIFY(w->downloadAction()->isEnabled());
    QCOMPARE(w->downloadAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
    const QString target = m_dir->filePath(u"cirros.qcow2"_s);
    QVERIFY(w->downloadSelected(target));
    QTRY_VERIFY(w->transfersDock()->isVisible());
    TransferListModel* model = w->transfersPanel()->model();
    QCOMPARE(model->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, 0).data(TransferListModel::StateRole).toInt(),
                              int(Transfer::State::Done), 30000);
    QCOMPARE(model->index(0, TransferListModel::Progress).data().toString(), u"100%"_s);
    QVERIFY(model->index(0, TransferListModel::State).data().toString().contains(u"verified"_s) ||
            static_cast<Dialect>(dialect) != Dialect::GlanceV2);
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.size(), m_queue->transfers().first().total);
}

void TestDownloads::inactiveImagesCannotBeDownloaded()
{
    MainWindow* w = window(Dialect::GlanceV2);
    select(w, kQueued);
    QVERIFY(!w->downloadAction()->isEnabled());
    QVERIFY(!w->downloadSelected(m_dir->filePath(u"x.img"_s)));
    QVERIFY(w->errorBanner()->message().contains(u"active"_s));
    // Asking again cannot give a queued image data: no Retry.
    for (QPushButton* button : w->errorBanner()->findChildren<QPushButton*>())
        QVERIFY2(button->text() != ErrorBanner::tr("&Retry") || !button->isVisibleTo(w->errorBanner()),
                 "Retry offered");
    QCOMPARE(m_queue->transfers().size(), 0);
}

DownloadRequest TestDownloads::request(const QUrl& url, const QString& name) const
{
    DownloadRequest request;
    request.imageId = name;
    request.url = url;
    request.targetPath = m_dir->filePath(name);
    request.retryDelay = std::chrono::milliseconds(10);
    return request;
}

void TestDownloads::queueRunsAtMostTheLimit()
{
    FaultyFileServer server(QByteArray(4 * 1024 * 1024, 'x'));
    QVERIFY(server.listenLocal());
    m_queue->setMaxConcurrent(2);
    TransferListModel model(m_queue.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int maxRunning = 0;
    connect(m_queue.get(), &TransferQueue::changed, this, [&] {
        int running = 0;
        for (const Transfer& transfer : m_queue->transfers())
            running += transfer.state == Transfer::State::Running;
        maxRunning = std::max(maxRunning, running);
    });
    QList<int> ids;
    for (int i = 0; i < 5; ++i)
        ids << m_queue->add(u"test"_s, u"image %1"_s.arg(i), request(server.url(), u"image-%1.raw"_s.arg(i)));
    QCOMPARE(model.rowCount(), 5);
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->activeCount(), 0, 30000);
    QCOMPARE(maxRunning, 2);
    for (int id : ids)
        QCOMPARE(stateOf(*m_queue, id), Transfer::State::Done);
    m_queue->remove(ids.first());
    QCOMPARE(model.rowCount(), 4);
}

void TestDownloads::pauseResumeCancelAndRetry()
{
    const QByteArray data(4 * 1024 * 1024, 'y');
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    // Paused while waiting to retry after a cut: the part is kept; resumed: it completes.
    server.cutAfter(data.size() / 2);
    DownloadRequest slow = request(server.url(), u"paused.raw"_s);
    slow.retryDelay = std::chrono::milliseconds(60000);
    const int paused = m_queue->add(u"test"_s, u"paused"_s, slow);
    QTRY_VERIFY(m_queue->transfers().first().message.contains(u"Retrying"_s));
    m_queue->pause(paused);
    QTRY_COMPARE(stateOf(*m_queue, paused), Transfer::State::Paused);
    QVERIFY(QFile::exists(slow.targetPath + u".part"_s));
    m_queue->transfers(); // the request is reused as it is, with a fast retry this time
    m_queue->resume(paused);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_queue, paused), Transfer::State::Done, 30000);

    // Failed (no retries left), then retried: it resumes and completes.
    server.cutAfter(data.size() / 2);
    DownloadRequest failing = request(server.url(), u"failing.raw"_s);
    failing.maxRetries = 0;
    const int failed = m_queue->add(u"test"_s, u"failing"_s, failing);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_queue, failed), Transfer::State::Failed, 30000);
    QVERIFY(!m_queue->transfers().at(m_queue->rowOf(failed)).message.isEmpty());
    m_queue->resume(failed);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_queue, failed), Transfer::State::Done, 30000);

    // Cancelled: the part file goes too.
    server.cutAfter(data.size() / 2);
    DownloadRequest cancelled = request(server.url(), u"cancelled.raw"_s);
    cancelled.retryDelay = std::chrono::milliseconds(60000);
    const int id = m_queue->add(u"test"_s, u"cancelled"_s, cancelled);
    QTRY_VERIFY(m_queue->transfers().at(m_queue->rowOf(id)).message.contains(u"Retrying"_s));
    m_queue->cancel(id);
    QTRY_COMPARE(stateOf(*m_queue, id), Transfer::State::Cancelled);
    QTRY_VERIFY(!QFile::exists(cancelled.targetPath + u".part"_s));
    QVERIFY(!QFile::exists(cancelled.targetPath));
}

// Cancel, then Resume at once from the panel: the cancelled downloader has not finished yet, so
// the resume waits for it and then starts one fresh download (never two for one transfer).
void TestDownloads::panelCancelThenResumeAtOnce()
{
    const QByteArray data(2 * 1024 * 1024, 'z');
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    server.cutAfter(data.size() / 2);
    TransfersPanel panel(m_queue.get());
    new QAbstractItemModelTester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 &panel);
    panel.show();
    const auto button = [&panel](const QString& name) {
        for (QPushButton* candidate : panel.findChildren<QPushButton*>()) {
            if (candidate->accessibleName() == name)
                return candidate;
        }
        return static_cast<QPushButton*>(nullptr);
    };
    QPushButton* cancel = button(u"Cancel the download and remove its partial file"_s);
    QPushButton* resume = button(u"Resume or retry the download"_s);
    QPushButton* remove = button(u"Remove the download from the list"_s);
    QVERIFY(cancel && resume && remove);
    DownloadRequest slow = request(server.url(), u"cancelled-resumed.raw"_s);
    slow.retryDelay = std::chrono::milliseconds(60000); // waits to retry after the cut
    const int id = m_queue->add(u"test"_s, u"cancelled, resumed"_s, slow);
    QTRY_VERIFY(m_queue->transfers().first().message.contains(u"Retrying"_s));
    QCOMPARE(panel.view()->currentIndex().row(), 0);
    QVERIFY(cancel->isEnabled());

    // A part is on disk: the panel asks first; deleting it is confirmed.
    QTimer::singleShot(0, this, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        for (QAbstractButton* choice : box->buttons()) {
            if (choice->text().contains(u"Delete"_s))
                choice->click();
        }
    });
    cancel->click();
    // Stopping: Resume and Remove are taken (and done once it stopped), Cancel still can be.
    QCOMPARE(stateOf(*m_queue, id), Transfer::State::Stopping);
    QCOMPARE(panel.model()->index(0, TransferListModel::State).data().toString(), u"Stopping"_s);
    QVERIFY(resume->isEnabled());
    QVERIFY(remove->isEnabled());
    QVERIFY(cancel->isEnabled());
    resume->click();
    QVERIFY2(m_queue->findChildren<FileDownloader*>().size() <= 1, "two downloaders for one transfer");
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_queue, id), Transfer::State::Done, 30000);
    QFile file(slow.targetPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), data);
    QTRY_VERIFY(m_queue->findChildren<FileDownloader*>().isEmpty());
}

void TestDownloads::restoredTransfersResumeWhenTheirCloudIsOpen()
{
    // The whole image once, for its bytes and the request the window makes.
    MainWindow* first = window(Dialect::GlanceV2);
    select(first, kCirros);
    const QString full = m_dir->filePath(u"full.qcow2"_s);
    QVERIFY(first->downloadSelected(full));
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->transfers().first().state, Transfer::State::Done, 30000);
    QFile fullFile(full);
    QVERIFY(fullFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = fullFile.readAll();
    DownloadRequest request = m_queue->transfers().first().request;

    // An earlier run stopped 40% into another copy: its part and sidecar are there, and the
    // settings list it (as saveState() writes them: no URL, no token).
    request.targetPath = m_dir->filePath(u"resumed.qcow2"_s);
    QFile part(request.targetPath + u".part"_s);
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write(bytes.left(bytes.size() * 4 / 10));
    part.close();
    QFile sidecar(PartSidecar::nameFor(part.fileName()));
    QVERIFY(sidecar.open(QIODevice::WriteOnly));
    QVERIFY(sidecar.write(PartSidecar::from(request).toJson()) > 0);
    sidecar.close();
    QSettings settings(m_config.filePath(u"state.ini"_s), QSettings::IniFormat);
    AppSettings appSettings(&settings);
    {
        TransferQueue earlier(m_nam.get(), TransportOptions());
        earlier.restoreState(&appSettings); // nothing yet
        QCOMPARE(earlier.transfers().size(), 0);
    }
    settings.beginWriteArray(u"transfers"_s);
    settings.setArrayIndex(0);
    settings.setValue(u"cloud"_s, u"Demo cloud"_s);
    settings.setValue(u"image_name"_s, u"cirros"_s);
    settings.setValue(u"image_id"_s, request.imageId);
    settings.setValue(u"target"_s, request.targetPath);
    settings.setValue(u"size"_s, request.expectedSize);
    settings.setValue(u"hash_algo"_s, request.hashAlgorithm);
    settings.setValue(u"hash_value"_s, QString::fromLatin1(request.hashValue));
    settings.setValue(u"checksum"_s, QString::fromLatin1(request.md5));
    settings.endArray();

    // The next start: listed as paused, then resumed once "Demo cloud" is open.
    m_window.reset();
    m_queue = std::make_unique<TransferQueue>(m_nam.get(), TransportOptions());
    MainWindow* next = window(Dialect::GlanceV2);
    next->restoreDownloads(&appSettings);
    QCOMPARE(m_queue->transfers().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->transfers().first().state, Transfer::State::Done, 30000);
    QVERIFY(m_queue->transfers().first().verified);
    QFile resumed(request.targetPath);
    QVERIFY(resumed.open(QIODevice::ReadOnly));
    QCOMPARE(resumed.readAll(), bytes);
    bool ranged = false;
    for (const DemoRequest& seen : m_cloud->requests())
        ranged = ranged || seen.header("Range").startsWith(
                               QByteArray("bytes=" + QByteArray::number(bytes.size() * 4 / 10)));
    QVERIFY(ranged); // continued, not started again

    // What is left unfinished is written back for the run after.
    m_queue->saveState(&appSettings);
    TransferQueue after(m_nam.get(), TransportOptions());
    after.restoreState(&appSettings);
    QCOMPARE(after.transfers().size(), 0); // done: nothing to resume
}

// The window's queue follows the download rules, one case per kind of fault: a link planted at
// the part is refused, a refused range starts over (and Pause then says so), too many bytes keep
// nothing.
void TestDownloads::queueKeepsTheDownloadRules()
{
    const QByteArray data(4 * 1024 * 1024, 'z');
    const QByteArray md5 = QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    RangeSupport ranges;
    m_queue->setRangeSupport(&ranges);

    QFile victim(m_dir->filePath(u"victim.txt"_s));
    QVERIFY(victim.open(QIODevice::WriteOnly));
    victim.write("mine");
    victim.close();
    DownloadRequest linked = request(server.url(), u"linked.raw"_s);
    linked.md5 = md5;
    QVERIFY(QFile::link(victim.fileName(), linked.targetPath + u".part"_s));
    const int refused = m_queue->add(u"test"_s, u"linked"_s, linked);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_queue, refused), Transfer::State::Failed, 30000);
    QVERIFY(m_queue->transfers().at(m_queue->rowOf(refused)).message.contains(u"symbolic link"_s));
    QVERIFY(victim.open(QIODevice::ReadOnly));
    QCOMPARE(victim.readAll(), QByteArray("mine"));
    victim.close();

    server.cutAfter(data.size() / 2);
    server.refuseRange(400);
    DownloadRequest swift = request(server.url(), u"swift.raw"_s);
    swift.md5 = md5;
    const int startedOver = m_queue->add(u"test"_s, u"swift"_s, swift);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_queue, startedOver), Transfer::State::Done, 30000);
    QVERIFY(ranges.refuses(swift.url, swift.store));
    // Pausing another download from that store says that resuming will start over.
    server.cutAfter(data.size() / 2);
    DownloadRequest next = request(server.url(), u"next.raw"_s);
    next.md5 = md5;
    next.retryDelay = std::chrono::milliseconds(60000);
    const int paused = m_queue->add(u"test"_s, u"next"_s, next);
    QTRY_VERIFY_WITH_TIMEOUT(m_queue->transfers().at(m_queue->rowOf(paused)).message.contains(u"Retrying"_s),
                             30000);
    m_queue->pause(paused);
    QTRY_COMPARE(stateOf(*m_queue, paused), Transfer::State::Paused);
    QVERIFY2(m_queue->transfers().at(m_queue->rowOf(paused)).message.contains(u"starts over"_s),
             qPrintable(m_queue->transfers().at(m_queue->rowOf(paused)).message));

    server.sendExtra(8 * 1024 * 1024, true);
    DownloadRequest flood = request(server.url(), u"flood.raw"_s);
    flood.md5 = md5;
    flood.expectedSize = data.size();
    const int flooded = m_queue->add(u"test"_s, u"flood"_s, flood);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_queue, flooded), Transfer::State::Failed, 30000);
    QCOMPARE(m_queue->transfers().at(m_queue->rowOf(flooded)).error, ApiError::Kind::Verification);
    QVERIFY(!QFile::exists(flood.targetPath));
    QVERIFY(!QFile::exists(flood.targetPath + u".part"_s));
}

QTEST_MAIN(TestDownloads)
#include "tst_downloads.moc"
