// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "download/filedownloader.h"
#include "download/partsidecar.h"
#include "download/transferqueue.h"
#include "settings/appsettings.h"
#include "support/faultyfileserver.h"
#include "support/silentserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::FaultyFileServer;
using Skylight::Test::SilentServer;

// The download queue on its own, against loopback servers: adding, the concurrency limit, pause,
// resume, cancel and remove (also while a downloader is still stopping), what is saved for the
// next run and restored, and how each way a download ends is shown.
class TestTransferQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addRunsAndCompletes();
    void concurrencyLimit_data();
    void concurrencyLimit();
    void raisingTheLimitStartsWaitingTransfers();
    void pauseQueuedAndRunning();
    void cancelRemovesThePart();
    void actionWhileStopping_data();
    void actionWhileStopping();
    void savedWhileStopping();
    void removeForgetsOnlyInactiveTransfers();
    void failuresAreShownAndRetried_data();
    void failuresAreShownAndRetried();
    void refusedTokenNeedsANewSource();
    void saveAndRestoreState();
    void stateNamesAndTimeLeft();

private:
    DownloadRequest request(const QUrl& url, const QString& name, const QByteArray& data = {}) const;
    Transfer::State stateOf(int id) const;
    const Transfer& transfer(int id) const;
    int downloaders() const { return static_cast<int>(m_queue->findChildren<FileDownloader*>().size()); }
    int count(Transfer::State state) const;
    static QByteArray fileBytes(const QString& path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<TransferQueue> m_queue;
};

void TestTransferQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_queue = std::make_unique<TransferQueue>(m_nam.get(), TransportOptions());
}

void TestTransferQueue::cleanup()
{
    m_queue.reset();
    m_nam.reset();
    m_dir.reset();
}

DownloadRequest TestTransferQueue::request(const QUrl& url, const QString& name, const QByteArray& data) const
{
    DownloadRequest request;
    request.imageId = name;
    request.url = url;
    request.targetPath = m_dir->filePath(name);
    request.retryDelay = std::chrono::milliseconds(10);
    if (!data.isEmpty()) {
        request.expectedSize = data.size();
        request.md5 = QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
    }
    return request;
}

const Transfer& TestTransferQueue::transfer(int id) const
{
    const int row = m_queue->rowOf(id);
    Q_ASSERT(row >= 0);
    return m_queue->transfers().at(row);
}

Transfer::State TestTransferQueue::stateOf(int id) const
{
    return transfer(id).state;
}

int TestTransferQueue::count(Transfer::State state) const
{
    return static_cast<int>(std::count_if(m_queue->transfers().cbegin(), m_queue->transfers().cend(),
                                          [state](const Transfer& t) { return t.state == state; }));
}

QByteArray TestTransferQueue::fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestTransferQueue::addRunsAndCompletes()
{
    const QByteArray data(512 * 1024, 'a');
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    QSignalSpy aboutToAdd(m_queue.get(), &TransferQueue::aboutToAdd);
    QSignalSpy added(m_queue.get(), &TransferQueue::added);
    const DownloadRequest req = request(server.url(), u"a.raw"_s, data);
    const int first = m_queue->add(u"cloud"_s, u"image a"_s, req);
    const int second = m_queue->add(u"cloud"_s, u"image b"_s, request(server.url(), u"b.raw"_s, data));
    QVERIFY(second > first);
    QCOMPARE(aboutToAdd.count(), 2);
    QCOMPARE(added.count(), 2);
    QCOMPARE(added.at(0).at(0).toInt(), 0);
    QCOMPARE(added.at(1).at(0).toInt(), 1);
    QCOMPARE(m_queue->rowOf(first), 0);
    QCOMPARE(m_queue->rowOf(second), 1);
    QCOMPARE(m_queue->rowOf(12345), -1);
    QCOMPARE(transfer(first).cloud, u"cloud"_s);
    QCOMPARE(transfer(first).imageName, u"image a"_s);
    QCOMPARE(stateOf(first), Transfer::State::Running); // the default limit is 2
    QCOMPARE(m_queue->activeCount(), 2);

    QTRY_COMPARE_WITH_TIMEOUT(m_queue->activeCount(), 0, 30000);
    for (const int id : {first, second}) {
        QCOMPARE(stateOf(id), Transfer::State::Done);
        QVERIFY(transfer(id).verified);
        QCOMPARE(transfer(id).done, data.size());
        QCOMPARE(transfer(id).total, data.size());
        QCOMPARE(transfer(id).secondsLeft(), -1);
    }
    QCOMPARE(fileBytes(req.targetPath), data);
    QTRY_COMPARE(downloaders(), 0); // each downloader is deleted once it finished
}

void TestTransferQueue::concurrencyLimit_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("expected");
    QTest::newRow("1") << 1 << 1;
    QTest::newRow("2") << 2 << 2;
    QTest::newRow("3") << 3 << 3;
    QTest::newRow("0 counts as 1") << 0 << 1;
}

void TestTransferQueue::concurrencyLimit()
{
    QFETCH(int, limit);
    QFETCH(int, expected);
    const QByteArray data(1024 * 1024, 'c');
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    m_queue->setMaxConcurrent(limit);
    QCOMPARE(m_queue->maxConcurrent(), expected);
    int maxRunning = 0;
    connect(m_queue.get(), &TransferQueue::changed, this,
            [&] { maxRunning = std::max(maxRunning, count(Transfer::State::Running)); });
    QList<int> ids;
    for (int i = 0; i < 5; ++i)
        ids << m_queue->add(u"c"_s, u"image %1"_s.arg(i), request(server.url(), u"c%1.raw"_s.arg(i), data));
    QCOMPARE(count(Transfer::State::Running), expected);
    QCOMPARE(count(Transfer::State::Queued), 5 - expected);
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->activeCount(), 0, 30000);
    QCOMPARE(maxRunning, expected);
    for (const int id : ids)
        QCOMPARE(stateOf(id), Transfer::State::Done);
}

void TestTransferQueue::raisingTheLimitStartsWaitingTransfers()
{
    SilentServer server; // never answers: the transfers stay running
    QVERIFY(server.listenLocal());
    m_queue->setMaxConcurrent(1);
    for (int i = 0; i < 3; ++i)
        m_queue->add(u"c"_s, u"image %1"_s.arg(i), request(server.url(u"/file"_s), u"s%1.raw"_s.arg(i)));
    QCOMPARE(count(Transfer::State::Running), 1);
    QCOMPARE(downloaders(), 1);
    m_queue->setMaxConcurrent(3);
    QCOMPARE(count(Transfer::State::Running), 3);
    QCOMPARE(downloaders(), 3);
    for (const Transfer& t : m_queue->transfers())
        m_queue->cancel(t.id);
    QTRY_COMPARE(downloaders(), 0);
    QCOMPARE(count(Transfer::State::Cancelled), 3);
}

void TestTransferQueue::pauseQueuedAndRunning()
{
    const QByteArray data(2 * 1024 * 1024, 'p');
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    server.cutAfter(data.size() / 2);
    m_queue->setMaxConcurrent(1);
    DownloadRequest running = request(server.url(), u"running.raw"_s, data);
    running.retryDelay = std::chrono::milliseconds(60000); // waits to retry after the cut
    const int first = m_queue->add(u"c"_s, u"first"_s, running);
    const int second = m_queue->add(u"c"_s, u"second"_s, request(server.url(), u"second.raw"_s, data));
    QTRY_VERIFY(transfer(first).message.contains(u"Retrying"_s));
    QCOMPARE(stateOf(second), Transfer::State::Queued);

    // A queued transfer pauses at once; the running one stops, keeping its part for a resume.
    m_queue->pause(second);
    QCOMPARE(stateOf(second), Transfer::State::Paused);
    QVERIFY(!transfer(second).message.isEmpty());
    m_queue->pause(first);
    QCOMPARE(stateOf(first), Transfer::State::Stopping); // until its downloader has finished
    QCOMPARE(m_queue->activeCount(), 1);
    QTRY_COMPARE(stateOf(first), Transfer::State::Paused);
    QCOMPARE(transfer(first).message, u"Paused; the partial file is kept for a resume."_s);
    QVERIFY(QFile::exists(running.targetPath + u".part"_s));
    QTRY_COMPARE(downloaders(), 0);
    QCOMPARE(m_queue->activeCount(), 0);

    // Resumed: from the part (a Range request), to the end.
    m_queue->resume(first);
    m_queue->resume(second);
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->activeCount(), 0, 30000);
    QCOMPARE(stateOf(first), Transfer::State::Done);
    QCOMPARE(stateOf(second), Transfer::State::Done);
    QCOMPARE(fileBytes(running.targetPath), data);
    QVERIFY(server.requests().at(1).headers.value("range").startsWith("bytes="));
}

void TestTransferQueue::cancelRemovesThePart()
{
    const QByteArray data(2 * 1024 * 1024, 'x');
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    server.cutAfter(data.size() / 2);
    DownloadRequest req = request(server.url(), u"cancelled.raw"_s, data);
    req.retryDelay = std::chrono::milliseconds(60000);
    const int id = m_queue->add(u"c"_s, u"cancelled"_s, req);
    QTRY_VERIFY(transfer(id).message.contains(u"Retrying"_s));
    QVERIFY(QFile::exists(req.targetPath + u".part"_s));
    m_queue->cancel(id);
    QCOMPARE(stateOf(id), Transfer::State::Stopping); // the downloader still has the part open
    QVERIFY(QFile::exists(req.targetPath + u".part"_s));
    QTRY_COMPARE(stateOf(id), Transfer::State::Cancelled);
    QTRY_COMPARE(downloaders(), 0);
    QVERIFY(!QFile::exists(req.targetPath + u".part"_s));
    QVERIFY(!QFile::exists(PartSidecar::nameFor(req.targetPath + u".part"_s)));
    QVERIFY(!QFile::exists(req.targetPath));
    QCOMPARE(transfer(id).message, u"Cancelled; the partial file was removed."_s);

    // Cancelling a paused transfer removes its part at once; a finished one cannot be cancelled.
    const int paused = m_queue->add(u"c"_s, u"paused"_s, req);
    m_queue->pause(paused);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(paused), Transfer::State::Paused, 10000);
    QFile part(req.targetPath + u".part"_s);
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write("partial");
    part.close();
    m_queue->cancel(paused);
    QCOMPARE(stateOf(paused), Transfer::State::Cancelled);
    QVERIFY(!QFile::exists(req.targetPath + u".part"_s));

    const int done = m_queue->add(u"c"_s, u"done"_s, request(server.url(), u"done.raw"_s, data));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(done), Transfer::State::Done, 30000);
    m_queue->cancel(done);
    QCOMPARE(stateOf(done), Transfer::State::Done);
    QVERIFY(QFile::exists(m_dir->filePath(u"done.raw"_s)));
}

void TestTransferQueue::actionWhileStopping_data()
{
    QTest::addColumn<QStringList>("actions"); // the first stops the running transfer
    QTest::addColumn<QString>("outcome");     // done, removed, cancelled or paused
    QTest::addColumn<bool>("partKept");
    QTest::newRow("cancel, resume") << QStringList{u"cancel"_s, u"resume"_s} << u"done"_s << false;
    QTest::newRow("pause, resume") << QStringList{u"pause"_s, u"resume"_s} << u"done"_s << false;
    QTest::newRow("cancel, remove") << QStringList{u"cancel"_s, u"remove"_s} << u"removed"_s << false;
    QTest::newRow("pause, remove") << QStringList{u"pause"_s, u"remove"_s} << u"removed"_s << true;
    QTest::newRow("pause, cancel") << QStringList{u"pause"_s, u"cancel"_s} << u"cancelled"_s << false;
    QTest::newRow("cancel, resume, cancel")
        << QStringList{u"cancel"_s, u"resume"_s, u"cancel"_s} << u"cancelled"_s << false;
    QTest::newRow("pause, resume, pause")
        << QStringList{u"pause"_s, u"resume"_s, u"pause"_s} << u"paused"_s << true;
    // The user took it off the list: a resume afterwards does not bring it back.
    QTest::newRow("cancel, remove, resume: the remove stands")
        << QStringList{u"cancel"_s, u"remove"_s, u"resume"_s} << u"removed"_s << false;
    QTest::newRow("pause, remove, resume: the remove stands")
        << QStringList{u"pause"_s, u"remove"_s, u"resume"_s} << u"removed"_s << true;
    QTest::newRow("pause, remove, resume, cancel")
        << QStringList{u"pause"_s, u"remove"_s, u"resume"_s, u"cancel"_s} << u"removed"_s << false;
}

// A stopped downloader finishes from the event loop: until then the transfer is Stopping, and a
// resume or remove asked meanwhile happens once it stopped: never a second downloader for one
// transfer, never a downloader or a cancelled part left behind.
void TestTransferQueue::actionWhileStopping()
{
    QFETCH(QStringList, actions);
    QFETCH(QString, outcome);
    QFETCH(bool, partKept);
    const QByteArray data(2 * 1024 * 1024, 'r');
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    server.cutAfter(data.size() / 2);
    DownloadRequest req = request(server.url(), u"stopping.raw"_s, data);
    req.retryDelay = std::chrono::milliseconds(60000); // waits to retry after the cut
    const int id = m_queue->add(u"c"_s, u"stopping"_s, req);
    QTRY_VERIFY(transfer(id).message.contains(u"Retrying"_s));
    QCOMPARE(downloaders(), 1);
    const QString part = req.targetPath + u".part"_s;
    QVERIFY(QFile::exists(part));

    for (const QString& action : actions) {
        if (action == u"cancel"_s)
            m_queue->cancel(id);
        else if (action == u"pause"_s)
            m_queue->pause(id);
        else if (action == u"remove"_s)
            m_queue->remove(id);
        else
            m_queue->resume(id);
        QVERIFY2(downloaders() <= 1, "a second downloader runs for the same transfer");
        // Nothing happens before the downloader has finished: still listed, still stopping.
        QCOMPARE(stateOf(id), Transfer::State::Stopping);
        QCOMPARE(m_queue->activeCount(), 1);
        QVERIFY(!transfer(id).message.isEmpty());
    }
    QCOMPARE(transfer(id).cancelling, actions.contains(u"cancel"_s));

    if (outcome == u"removed"_s) {
        QCOMPARE(transfer(id).pending, Transfer::Pending::Remove);
        QVERIFY2(transfer(id).message.contains(u"leaves the list"_s), qPrintable(transfer(id).message));
        QTRY_COMPARE(m_queue->rowOf(id), -1);
    } else {
        const auto expected = outcome == u"done"_s        ? Transfer::State::Done
                              : outcome == u"cancelled"_s ? Transfer::State::Cancelled
                                                          : Transfer::State::Paused;
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), expected, 30000);
        QCOMPARE(transfer(id).pending, Transfer::Pending::None);
    }
    QTRY_COMPARE(downloaders(), 0);
    QCOMPARE(m_queue->activeCount(), 0);
    if (outcome == u"done"_s) {
        QCOMPARE(fileBytes(req.targetPath), data);
        QVERIFY(transfer(id).verified);
        // Resumed after a pause: from the part; after a cancel: from zero.
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(1).headers.contains("range"), !actions.contains(u"cancel"_s));
        return;
    }
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(QFile::exists(part), partKept);
    QCOMPARE(QFile::exists(PartSidecar::nameFor(part)), partKept);
    QVERIFY(!QFile::exists(req.targetPath));
}

void TestTransferQueue::savedWhileStopping()
{
    SilentServer server;
    QVERIFY(server.listenLocal());
    const int paused = m_queue->add(u"c"_s, u"paused"_s, request(server.url(u"/a"_s), u"a.raw"_s));
    const int cancelled = m_queue->add(u"c"_s, u"cancelled"_s, request(server.url(u"/b"_s), u"b.raw"_s));
    m_queue->pause(paused);
    m_queue->cancel(cancelled);
    QCOMPARE(stateOf(paused), Transfer::State::Stopping);
    QCOMPARE(stateOf(cancelled), Transfer::State::Stopping);
    // Closing now: the paused one resumes on the next start, the cancelled one is gone.
    QSettings file(m_dir->filePath(u"state.ini"_s), QSettings::IniFormat);
    AppSettings settings(&file);
    m_queue->saveState(&settings);
    TransferQueue next(m_nam.get(), TransportOptions());
    next.restoreState(&settings);
    QCOMPARE(next.transfers().size(), 1);
    QCOMPARE(next.transfers().first().imageName, u"paused"_s);
    QTRY_COMPARE(downloaders(), 0);
}

void TestTransferQueue::removeForgetsOnlyInactiveTransfers()
{
    SilentServer silent;
    QVERIFY(silent.listenLocal());
    m_queue->setMaxConcurrent(1);
    const int running = m_queue->add(u"c"_s, u"running"_s, request(silent.url(u"/a"_s), u"a.raw"_s));
    const int queued = m_queue->add(u"c"_s, u"queued"_s, request(silent.url(u"/b"_s), u"b.raw"_s));
    QSignalSpy removed(m_queue.get(), &TransferQueue::removed);
    m_queue->remove(running);
    m_queue->remove(queued);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_queue->transfers().size(), 2);

    m_queue->pause(queued);
    QSignalSpy aboutToRemove(m_queue.get(), &TransferQueue::aboutToRemove);
    m_queue->remove(queued);
    QCOMPARE(aboutToRemove.count(), 1);
    QCOMPARE(aboutToRemove.at(0).at(0).toInt(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_queue->rowOf(queued), -1);
    QCOMPARE(m_queue->rowOf(running), 0);
    m_queue->remove(queued); // gone already: nothing happens
    QCOMPARE(removed.count(), 1);
    m_queue->cancel(running);
    QTRY_COMPARE(stateOf(running), Transfer::State::Cancelled);
    QTRY_COMPARE(downloaders(), 0);
    m_queue->remove(running);
    QVERIFY(m_queue->transfers().isEmpty());
}

void TestTransferQueue::failuresAreShownAndRetried_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<int>("kind");
    QTest::newRow("404") << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                         << int(ApiError::Kind::NotFound);
    QTest::newRow("403") << QByteArray("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
                         << int(ApiError::Kind::Forbidden);
    QTest::newRow("500, no retries left")
        << QByteArray("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n")
        << int(ApiError::Kind::Server);
}

void TestTransferQueue::failuresAreShownAndRetried()
{
    QFETCH(QByteArray, reply);
    QFETCH(int, kind);
    SilentServer server;
    server.setCannedReply(reply);
    QVERIFY(server.listenLocal());
    DownloadRequest req = request(server.url(u"/file"_s), u"failing.raw"_s);
    req.maxRetries = 0;
    const int id = m_queue->add(u"c"_s, u"failing"_s, req);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), Transfer::State::Failed, 15000);
    QCOMPARE(transfer(id).error, std::optional(static_cast<ApiError::Kind>(kind)));
    QVERIFY(!transfer(id).message.isEmpty());
    QCOMPARE(m_queue->activeCount(), 0);
    QTRY_COMPARE(downloaders(), 0);

    // Retried: it runs again, its error cleared, and fails the same way.
    QSignalSpy changed(m_queue.get(), &TransferQueue::changed);
    m_queue->resume(id);
    QVERIFY(stateOf(id) == Transfer::State::Queued || stateOf(id) == Transfer::State::Running);
    QVERIFY(!transfer(id).error);
    QVERIFY(changed.count() >= 1);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), Transfer::State::Failed, 15000);
}

void TestTransferQueue::refusedTokenNeedsANewSource()
{
    SilentServer server;
    server.setCannedReply("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n");
    QVERIFY(server.listenLocal());
    DownloadRequest req = request(server.url(u"/file"_s), u"refused.raw"_s);
    req.token = "old-token";
    const int id = m_queue->add(u"c"_s, u"refused"_s, req);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), Transfer::State::Failed, 15000);
    QCOMPARE(transfer(id).error, std::optional(ApiError::Kind::Unauthorized));

    m_queue->requireNewToken(id);
    QVERIFY(transfer(id).needsSource);
    QVERIFY(transfer(id).reauthenticated);
    QSignalSpy sourceNeeded(m_queue.get(), &TransferQueue::sourceNeeded);
    m_queue->resume(id);
    QCOMPARE(sourceNeeded.count(), 1);
    QCOMPARE(sourceNeeded.at(0).at(0).toInt(), id);
    QCOMPARE(stateOf(id), Transfer::State::Failed); // waits for its source

    const QByteArray data(64 * 1024, 't');
    FaultyFileServer files(data);
    QVERIFY(files.listenLocal());
    m_queue->provideSource(id, files.url(), "new-token");
    QVERIFY(!transfer(id).needsSource);
    QCOMPARE(transfer(id).request.token, QByteArray("new-token"));
    m_queue->resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), Transfer::State::Done, 15000);
    QCOMPARE(files.requests().first().headers.value("x-auth-token"), QByteArray("new-token"));
}

void TestTransferQueue::saveAndRestoreState()
{
    const QByteArray data(2 * 1024 * 1024, 's');
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    const int done = m_queue->add(u"c1"_s, u"done"_s, request(server.url(), u"done.raw"_s, data));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(done), Transfer::State::Done, 30000);
    m_queue->setMaxConcurrent(1);
    server.cutAfter(data.size() / 2);
    DownloadRequest pausedRequest = request(server.url(), u"paused.raw"_s, data);
    pausedRequest.token = "secret-token";
    pausedRequest.retryDelay = std::chrono::milliseconds(60000);
    pausedRequest.store = u"rbd"_s;
    pausedRequest.hashAlgorithm = u"sha512"_s;
    pausedRequest.hashValue = QCryptographicHash::hash(data, QCryptographicHash::Sha512).toHex();
    const int paused = m_queue->add(u"c2"_s, u"paused"_s, pausedRequest);
    QTRY_VERIFY(transfer(paused).message.contains(u"Retrying"_s));
    m_queue->pause(paused);
    QTRY_COMPARE(stateOf(paused), Transfer::State::Paused);
    const int cancelled = m_queue->add(u"c3"_s, u"cancelled"_s, request(server.url(), u"cancelled.raw"_s));
    m_queue->cancel(cancelled);
    const int queued = m_queue->add(u"c4"_s, u"queued"_s, request(server.url(), u"queued.raw"_s, data));
    m_queue->pause(queued); // never started
    QCOMPARE(stateOf(queued), Transfer::State::Paused);

    QSettings file(m_dir->filePath(u"state.ini"_s), QSettings::IniFormat);
    AppSettings settings(&file);
    m_queue->saveState(&settings);
    QCOMPARE(settings.transfers().size(), 2); // neither the done nor the cancelled one
    file.sync();
    QFile ini(file.fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray written = ini.readAll();
    QVERIFY(!written.contains("secret-token"));
    QVERIFY(!written.contains(server.url().toEncoded()));

    // The next run: both are listed as paused, waiting for their source.
    TransferQueue next(m_nam.get(), TransportOptions());
    QSignalSpy added(&next, &TransferQueue::added);
    next.restoreState(&settings);
    QCOMPARE(added.count(), 2);
    QCOMPARE(next.transfers().size(), 2);
    const Transfer& restored = next.transfers().at(0);
    QCOMPARE(restored.cloud, u"c2"_s);
    QCOMPARE(restored.imageName, u"paused"_s);
    QCOMPARE(restored.state, Transfer::State::Paused);
    QVERIFY(restored.needsSource);
    QVERIFY(restored.message.contains(u"c2"_s));
    QCOMPARE(restored.request.targetPath, pausedRequest.targetPath);
    QCOMPARE(restored.request.expectedSize, data.size());
    QCOMPARE(restored.request.md5, pausedRequest.md5);
    QCOMPARE(restored.request.hashAlgorithm, u"sha512"_s);
    QCOMPARE(restored.request.hashValue, pausedRequest.hashValue);
    QCOMPARE(restored.request.store, u"rbd"_s);
    QVERIFY(restored.request.token.isEmpty());
    QVERIFY(!restored.request.url.isValid());
    QCOMPARE(restored.done, QFileInfo(pausedRequest.targetPath + u".part"_s).size());
    QVERIFY(restored.done > 0);
    QCOMPARE(next.transfers().at(1).cloud, u"c4"_s);
    QCOMPARE(next.transfers().at(1).done, 0);
    QVERIFY(next.transfers().at(0).id != next.transfers().at(1).id);

    // Resumed: first its source is asked for; once given, it continues from its part.
    const int id = restored.id;
    QSignalSpy sourceNeeded(&next, &TransferQueue::sourceNeeded);
    next.resume(id);
    QCOMPARE(sourceNeeded.count(), 1);
    next.provideSource(id, server.url(), "fresh-token");
    next.resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(next.transfers().at(next.rowOf(id)).state, Transfer::State::Done, 30000);
    QCOMPARE(fileBytes(pausedRequest.targetPath), data);
    QVERIFY(server.requests().last().headers.value("range").startsWith("bytes="));

    // An empty or broken list restores nothing.
    QSettings empty(m_dir->filePath(u"empty.ini"_s), QSettings::IniFormat);
    empty.beginWriteArray(u"transfers"_s);
    empty.setArrayIndex(0);
    empty.setValue(u"cloud"_s, u"no target"_s);
    empty.endArray();
    TransferQueue none(m_nam.get(), TransportOptions());
    AppSettings emptySettings(&empty);
    none.restoreState(&emptySettings);
    QVERIFY(none.transfers().isEmpty());
}

void TestTransferQueue::stateNamesAndTimeLeft()
{
    QSet<QString> names;
    for (const auto state : {Transfer::State::Queued, Transfer::State::Running, Transfer::State::Stopping,
                             Transfer::State::Paused, Transfer::State::Done, Transfer::State::Failed,
                             Transfer::State::Cancelled})
        names.insert(TransferQueue::stateName(state));
    QCOMPARE(names.size(), 7);
    QVERIFY(!names.contains(QString()));

    Transfer t;
    t.state = Transfer::State::Running;
    t.total = 1000;
    t.done = 400;
    QCOMPARE(t.secondsLeft(), -1); // no rate yet
    t.bytesPerSecond = 100;
    QCOMPARE(t.secondsLeft(), 6);
    t.total = -1;
    QCOMPARE(t.secondsLeft(), -1); // size unknown
    t.total = 1000;
    t.state = Transfer::State::Paused;
    QCOMPARE(t.secondsLeft(), -1);
}

QTEST_GUILESS_MAIN(TestTransferQueue)
#include "tst_transferqueue.moc"
