// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "download/partsidecar.h"
#include "download/transferqueue.h"
#include "models/transferlistmodel.h"
#include "support/faultyfileserver.h"
#include "widgets/transferspanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::FaultyFileServer;

namespace {
Transfer::State stateOf(const TransferQueue& queue, int id)
{
    const int row = queue.rowOf(id);
    return row < 0 ? Transfer::State::Cancelled : queue.transfers().at(row).state;
}

const Transfer& transferOf(const TransferQueue& queue, int id)
{
    return queue.transfers().at(queue.rowOf(id));
}

// What a question box showed, and the button it was answered with.
struct Answered
{
    bool asked = false;
    QString text;
    QString informative;
    QString defaultButton;
};

// Answers the next cancel confirmation with the button whose text contains `choice`; records it.
// The poll stops once it has answered (or when the caller deletes it).
QTimer* answerNextQuestion(Answered* answered, const QString& choice)
{
    auto* poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answered, choice] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll->stop();
        poll->deleteLater();
        answered->asked = box->objectName() == u"cancelConfirmation"_s;
        answered->text = box->text();
        answered->informative = box->informativeText();
        answered->defaultButton = box->defaultButton() ? box->defaultButton()->text() : QString();
        for (QAbstractButton* button : box->buttons()) {
            if (button->text().contains(choice)) {
                button->click();
                return;
            }
        }
        box->reject();
    });
    poll->start();
    return poll;
}
} // namespace

// The downloads panel: where each file goes and opening it, a cancel that asks before it deletes
// a partial file, why a resume started over, the rate and time once done.
class TestTransfersPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsWhereEachFileGoes();
    void openAndShowInFolderUseTheOpener();
    void cancelAsksOnlyWhenAPartWouldBeLost();
    void resumeSaysWhyItStartsOver();
    void aPartOfAnotherImageSaysWhyItStartsOver();
    void rateAndTimeStayOnceDone();

private:
    DownloadRequest request(const QUrl& url, const QString& name, const QByteArray& data = {}) const;
    TransfersPanel* makePanel();
    QPushButton* button(const QString& accessibleName) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<TransferQueue> m_queue;
    std::unique_ptr<TransfersPanel> m_panel;
    QList<QUrl> m_opened;
};

void TestTransfersPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_queue = std::make_unique<TransferQueue>(m_nam.get(), TransportOptions());
    m_opened.clear();
}

void TestTransfersPanel::cleanup()
{
    m_panel.reset();
    m_queue.reset();
}

DownloadRequest TestTransfersPanel::request(const QUrl& url, const QString& name,
                                            const QByteArray& data) const
{
    DownloadRequest request;
    request.imageId = name;
    request.url = url;
    request.targetPath = m_dir->filePath(name);
    request.retryDelay = std::chrono::milliseconds(10);
    if (!data.isEmpty()) // a checksum: a part can be proven, so it is resumed
        request.md5 = QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
    return request;
}

TransfersPanel* TestTransfersPanel::makePanel()
{
    m_panel = std::make_unique<TransfersPanel>(m_queue.get());
    new QAbstractItemModelTester(m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_panel.get());
    m_panel->setUrlOpener([this](const QUrl& url) {
        m_opened.append(url);
        return true;
    });
    m_panel->show();
    return m_panel.get();
}

QPushButton* TestTransfersPanel::button(const QString& accessibleName) const
{
    for (QPushButton* candidate : m_panel->findChildren<QPushButton*>()) {
        if (candidate->accessibleName() == accessibleName)
            return candidate;
    }
    return nullptr;
}

void TestTransfersPanel::showsWhereEachFileGoes()
{
    const QByteArray data(64 * 1024, 'p');
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    TransfersPanel* panel = makePanel();
    const DownloadRequest shown = request(server.url(), u"a-rather-long-image-name-of-a-cloud.qcow2"_s);
    m_queue->add(u"test"_s, u"shown"_s, shown);
    const QModelIndex target = panel->model()->index(0, TransferListModel::Target);
    QCOMPARE(target.data().toString(), QDir::toNativeSeparators(shown.targetPath));
    QCOMPARE(target.data(Qt::ToolTipRole).toString(), QDir::toNativeSeparators(shown.targetPath));
    QCOMPARE(panel->model()->headerData(TransferListModel::Target, Qt::Horizontal).toString(), u"Saved to"_s);
    // Drawn by its own delegate (elided in the middle: the folder's start and the file name stay).
    QVERIFY(panel->view()->itemDelegateForColumn(TransferListModel::Target));
}

void TestTransfersPanel::openAndShowInFolderUseTheOpener()
{
    const QByteArray data(256 * 1024, 'o');
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    makePanel();
    QPushButton* open = button(u"Open the downloaded file"_s);
    QPushButton* folder = button(u"Open the folder of the download"_s);
    QVERIFY(open && folder);
    server.cutAfter(data.size() / 2);
    DownloadRequest waiting = request(server.url(), u"opened.raw"_s, data);
    waiting.retryDelay = std::chrono::milliseconds(60000);
    const int id = m_queue->add(u"test"_s, u"opened"_s, waiting);
    QTRY_VERIFY(transferOf(*m_queue, id).message.contains(u"Retrying"_s));
    QVERIFY(!open->isEnabled()); // not finished: nothing to open
    QVERIFY(folder->isEnabled());
    folder->click();
    QCOMPARE(m_opened, QList<QUrl>{QUrl::fromLocalFile(m_dir->path())});

    m_queue->pause(id);
    QTRY_COMPARE(stateOf(*m_queue, id), Transfer::State::Paused);
    m_queue->resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_queue, id), Transfer::State::Done, 30000);
    QTRY_VERIFY(open->isEnabled());
    open->click();
    QCOMPARE(m_opened.size(), 2);
    QCOMPARE(m_opened.last(), QUrl::fromLocalFile(QFileInfo(waiting.targetPath).absoluteFilePath()));
}

void TestTransfersPanel::cancelAsksOnlyWhenAPartWouldBeLost()
{
    const QByteArray data(1024 * 1024, 'c');
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    m_queue->setMaxConcurrent(1);
    TransfersPanel* panel = makePanel();
    QPushButton* cancel = button(u"Cancel the download and remove its partial file"_s);
    QVERIFY(cancel);
    server.cutAfter(data.size() / 2);
    DownloadRequest partial = request(server.url(), u"partial.raw"_s, data);
    partial.retryDelay = std::chrono::milliseconds(60000);
    const int running = m_queue->add(u"test"_s, u"partial"_s, partial);
    QTRY_VERIFY(transferOf(*m_queue, running).message.contains(u"Retrying"_s));
    m_queue->pause(running);
    QTRY_COMPARE(stateOf(*m_queue, running), Transfer::State::Paused);
    const QString part = partial.targetPath + u".part"_s;
    QCOMPARE(QFileInfo(part).size(), data.size() / 2);

    // A part on disk: asked first; the default keeps it.
    panel->view()->selectRow(m_queue->rowOf(running));
    Answered kept;
    answerNextQuestion(&kept, u"Keep"_s);
    cancel->click();
    QVERIFY(kept.asked);
    QVERIFY2(kept.defaultButton.contains(u"Keep"_s), qPrintable(kept.defaultButton));
    QVERIFY2(kept.informative.contains(TransferListModel::humanSize(data.size() / 2)),
             qPrintable(kept.informative));
    QCOMPARE(stateOf(*m_queue, running), Transfer::State::Paused);
    QVERIFY(QFile::exists(part));

    Answered deleted;
    answerNextQuestion(&deleted, u"Delete"_s);
    cancel->click();
    QVERIFY(deleted.asked);
    QCOMPARE(stateOf(*m_queue, running), Transfer::State::Cancelled);
    QVERIFY(!QFile::exists(part));

    // Nothing on disk yet (queued behind a running one): cancelled without a question.
    server.cutAfter(data.size() / 2);
    const int first = m_queue->add(u"test"_s, u"first"_s, partial);
    QTRY_VERIFY(transferOf(*m_queue, first).message.contains(u"Retrying"_s));
    const int queued = m_queue->add(u"test"_s, u"queued"_s, request(server.url(), u"queued.raw"_s, data));
    QCOMPARE(stateOf(*m_queue, queued), Transfer::State::Queued);
    panel->view()->selectRow(m_queue->rowOf(queued));
    Answered none;
    std::unique_ptr<QTimer> poll(answerNextQuestion(&none, u"Keep"_s));
    cancel->click(); // returns at once: no question was open
    QCOMPARE(stateOf(*m_queue, queued), Transfer::State::Cancelled);
    QVERIFY(!none.asked);
}

void TestTransfersPanel::resumeSaysWhyItStartsOver()
{
    const QByteArray data(2 * 1024 * 1024, 'r');
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    TransfersPanel* panel = makePanel();
    server.cutAfter(data.size() / 2);
    DownloadRequest slow = request(server.url(), u"refused.raw"_s, data);
    slow.retryDelay = std::chrono::milliseconds(60000);
    const int id = m_queue->add(u"test"_s, u"refused"_s, slow);
    QTRY_VERIFY(transferOf(*m_queue, id).message.contains(u"Retrying"_s));
    m_queue->pause(id);
    QTRY_COMPARE(stateOf(*m_queue, id), Transfer::State::Paused);

    // The store answers the range with 400 (Glance over Ceph: StoreRandomGetNotSupported).
    server.refuseRange(400);
    m_queue->resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_queue, id), Transfer::State::Done, 30000);
    panel->view()->selectRow(m_queue->rowOf(id));
    const QString status = panel->statusLabel()->text();
    QVERIFY2(status.contains(u"Started over from the beginning"_s), qPrintable(status));
    QVERIFY2(status.contains(u"does not serve ranges"_s), qPrintable(status));
    QVERIFY(panel->statusLabel()->isVisible());
}

void TestTransfersPanel::aPartOfAnotherImageSaysWhyItStartsOver()
{
    const QByteArray data(512 * 1024, 's');
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    TransfersPanel* panel = makePanel();
    const DownloadRequest wanted = request(server.url(), u"another.raw"_s, data);
    // A part (and its sidecar) left by another image under the same name.
    DownloadRequest other = wanted;
    other.imageId = u"another-image"_s;
    QFile part(wanted.targetPath + u".part"_s);
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write(QByteArray(1000, 'x'));
    part.close();
    QFile sidecar(PartSidecar::nameFor(part.fileName()));
    QVERIFY(sidecar.open(QIODevice::WriteOnly));
    sidecar.write(PartSidecar::from(other).toJson());
    sidecar.close();

    const int id = m_queue->add(u"test"_s, u"another"_s, wanted);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_queue, id), Transfer::State::Done, 30000);
    QVERIFY2(transferOf(*m_queue, id).startOver.contains(u"not written for this image"_s),
             qPrintable(transferOf(*m_queue, id).startOver));
    panel->view()->selectRow(0);
    QVERIFY(panel->statusLabel()->text().contains(u"not written for this image"_s));
}

void TestTransfersPanel::rateAndTimeStayOnceDone()
{
    const QByteArray data(4 * 1024 * 1024, 'd');
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    // Started at T; every later reading is T + 2 s: 4 MiB in 2 s, whatever the machine's speed.
    const QDateTime start = QDateTime::currentDateTimeUtc();
    auto readings = std::make_shared<int>(0);
    m_queue->setClock([start, readings] { return (*readings)++ == 0 ? start : start.addMSecs(2000); });
    TransfersPanel* panel = makePanel();
    const int id = m_queue->add(u"test"_s, u"timed"_s, request(server.url(), u"timed.raw"_s, data));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_queue, id), Transfer::State::Done, 30000);
    QAbstractItemModel* model = panel->model();
    const QString rate = TransferListModel::humanSize(2 * 1024 * 1024);
    QCOMPARE(model->index(0, TransferListModel::Rate).data().toString(), rate + u"/s"_s);
    QCOMPARE(model->index(0, TransferListModel::TimeLeft).data().toString(), u"took 2 s"_s);
    const QString done = u"Done — %1 in 2 s, %2/s"_s.arg(TransferListModel::humanSize(data.size()), rate);
    const QString details = model->index(0, TransferListModel::Message).data().toString();
    QVERIFY2(details.startsWith(done), qPrintable(details));
    panel->view()->selectRow(0);
    QVERIFY2(panel->statusLabel()->text().startsWith(done), qPrintable(panel->statusLabel()->text()));
}

QTEST_MAIN(TestTransfersPanel)
#include "tst_transferspanel.moc"
