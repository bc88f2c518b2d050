// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "download/transferqueue.h"

#include "download/filedownloader.h"
#include "download/partsidecar.h"
#include "download/rangesupport.h"

#include <QFile>
#include <QFileInfo>
#include <QMetaMethod>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

qint64 Transfer::secondsLeft() const
{
    if (state != State::Running || bytesPerSecond <= 0 || total <= 0 || done >= total)
        return -1;
    return static_cast<qint64>(static_cast<double>(total - done) / bytesPerSecond);
}

double Transfer::averageRate() const
{
    return activeMs > 0 ? static_cast<double>(fetched) * 1000.0 / static_cast<double>(activeMs) : 0;
}

TransferQueue::TransferQueue(QNetworkAccessManager* nam, TransportOptions options, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_options(std::move(options))
{}

TransferQueue::~TransferQueue()
{
    for (Running& running : m_running) {
        if (running.downloader)
            running.downloader->disconnect(this);
    }
}

QString TransferQueue::stateName(Transfer::State state)
{
    switch (state) {
    case Transfer::State::Queued:
        return tr("Queued");
    case Transfer::State::Running:
        return tr("Downloading");
    case Transfer::State::Stopping:
        return tr("Stopping");
    case Transfer::State::Paused:
        return tr("Paused");
    case Transfer::State::Done:
        return tr("Done");
    case Transfer::State::Failed:
        return tr("Failed");
    case Transfer::State::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

void TransferQueue::setMaxConcurrent(int count)
{
    m_maxConcurrent = std::max(1, count);
    schedule();
}

int TransferQueue::rowOf(int id) const
{
    for (int row = 0; row < m_transfers.size(); ++row) {
        if (m_transfers.at(row).id == id)
            return row;
    }
    return -1;
}

int TransferQueue::activeCount() const
{
    return static_cast<int>(std::count_if(m_transfers.cbegin(), m_transfers.cend(), [](const Transfer& t) {
        return t.state == Transfer::State::Queued || t.state == Transfer::State::Running ||
               t.state == Transfer::State::Stopping;
    }));
}

int TransferQueue::add(const QString& cloud, const QString& imageName, const DownloadRequest& request)
{
    Transfer transfer;
    transfer.id = m_nextId++;
    transfer.cloud = cloud;
    transfer.imageName = imageName;
    transfer.request = request;
    transfer.total = request.expectedSize;
    Q_EMIT aboutToAdd(static_cast<int>(m_transfers.size()));
    m_transfers.append(transfer);
    Q_EMIT added(static_cast<int>(m_transfers.size()) - 1);
    schedule();
    return transfer.id;
}

void TransferQueue::touch(int id)
{
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT changed(row);
}

void TransferQueue::schedule()
{
    int running = static_cast<int>(m_running.size());
    for (Transfer& transfer : m_transfers) {
        if (running >= m_maxConcurrent)
            break;
        if (transfer.state == Transfer::State::Queued) {
            launch(transfer);
            ++running;
        }
    }
}

void TransferQueue::launch(Transfer& transfer)
{
    Q_ASSERT_X(!m_running.contains(transfer.id), "TransferQueue::launch", "one downloader per transfer");
    transfer.state = Transfer::State::Running;
    transfer.message.clear();
    transfer.startOver.clear();
    transfer.bytesPerSecond = 0;
    transfer.inspection.reset();
    transfer.awaitingDecision = false;
    auto* downloader = new FileDownloader(m_nam, transfer.request, m_options, this);
    downloader->setRangeSupport(m_ranges);
    const int id = transfer.id;
    Running& running = m_running[id];
    running.downloader = downloader;
    running.startedAt = now();
    running.lastDone = -1;
    running.samples.clear();
    connect(downloader, &FileDownloader::progress, this,
            [this, id, downloader](qint64 done, qint64 total) { onProgress(id, downloader, done, total); });
    connect(downloader, &FileDownloader::retrying, this,
            [this, id, downloader](int attempt, int delayMs, const QString& why) {
                const int row = rowOfCurrent(id, downloader);
                if (row < 0 || m_transfers.at(row).state != Transfer::State::Running)
                    return;
                m_transfers[row].message =
                    tr("%1 Retrying in %2 s (attempt %3).")
                        .arg(why, QString::number(delayMs / 1000), QString::number(attempt));
                Q_EMIT changed(row);
            });
    connect(downloader, &FileDownloader::note, this, [this, id, downloader](const QString& note) {
        const int row = rowOfCurrent(id, downloader);
        if (row < 0 || m_transfers.at(row).state != Transfer::State::Running)
            return;
        m_transfers[row].message = note;
        Q_EMIT changed(row);
    });
    connect(downloader, &FileDownloader::startingOver, this, [this, id, downloader](const QString& why) {
        const int row = rowOfCurrent(id, downloader);
        if (row < 0)
            return;
        m_transfers[row].startOver = why; // stays said until the next run, also once done
        Q_EMIT changed(row);
    });
    connect(downloader, &FileDownloader::contentRejected, this,
            [this, id, downloader](const InspectionResult& inspection) {
                const int row = rowOfCurrent(id, downloader);
                if (row < 0)
                    return;
                Transfer& rejected = m_transfers[row];
                rejected.inspection = inspection;
                rejected.awaitingDecision = true;
                rejected.message = tr("The contents were refused; waiting for your decision.");
                Q_EMIT changed(row);
                // Nobody to ask (no controller listens): refused, never left waiting.
                if (!isSignalConnected(QMetaMethod::fromSignal(&TransferQueue::contentRejected))) {
                    downloader->rejectUnsafe();
                    return;
                }
                Q_EMIT contentRejected(id, inspection);
            });
    connect(downloader, &ApiJob::finished, this, [this, id, downloader] { onFinished(id, downloader); });
    touch(id);
    downloader->start();
}

int TransferQueue::rowOfCurrent(int id, const FileDownloader* downloader) const
{
    const auto running = m_running.constFind(id);
    if (running == m_running.cend() || running->downloader != downloader)
        return -1;
    return rowOf(id);
}

void TransferQueue::onProgress(int id, const FileDownloader* downloader, qint64 done, qint64 total)
{
    const int row = rowOfCurrent(id, downloader);
    if (row < 0)
        return;
    Transfer& transfer = m_transfers[row];
    measure(transfer, m_running[id], done);
    transfer.done = done;
    if (total >= 0)
        transfer.total = total;
    Q_EMIT changed(row);
}

// The bytes received and a moving average of the rate over the last kRateWindowMs: smooth, and
// still true a few seconds after the rate changed.
void TransferQueue::measure(Transfer& transfer, Running& running, qint64 done)
{
    const qint64 at = now();
    if (running.lastDone >= 0 && done > running.lastDone)
        transfer.fetched += done - running.lastDone;
    if (running.lastDone >= 0 && done < running.lastDone)
        running.samples.clear(); // started over: the bytes before say nothing of the rate now
    running.lastDone = done;
    const qsizetype count = running.samples.size();
    if (count > 1 && at - running.samples.at(count - 2).at < 200)
        running.samples.last() = Sample{at, done}; // at most about five samples a second
    else
        running.samples.append(Sample{at, done});
    while (running.samples.size() > 2 && at - running.samples.at(1).at >= kRateWindowMs)
        running.samples.removeFirst();
    const Sample& first = running.samples.first();
    const Sample& last = running.samples.last();
    if (transfer.state == Transfer::State::Running && last.at - first.at >= 500)
        transfer.bytesPerSecond =
            static_cast<double>(last.bytes - first.bytes) * 1000.0 / static_cast<double>(last.at - first.at);
}

void TransferQueue::onFinished(int id, FileDownloader* downloader)
{
    downloader->deleteLater();
    const int row = rowOfCurrent(id, downloader);
    if (row < 0)
        return; // not the current downloader of a listed transfer: nothing of it may change
    Transfer& transfer = m_transfers[row];
    transfer.activeMs += std::max<qint64>(0, now() - m_running.value(id).startedAt);
    m_running.remove(id);
    const bool cancelling = transfer.state == Transfer::State::Stopping && transfer.cancelling;
    const Transfer::Pending pending =
        transfer.state == Transfer::State::Stopping ? transfer.pending : Transfer::Pending::None;
    transfer.cancelling = false;
    transfer.pending = Transfer::Pending::None;
    const Result<DownloadOutcome>& outcome = downloader->result();
    transfer.bytesPerSecond = 0;
    transfer.inspection = downloader->inspection();
    transfer.awaitingDecision = false;
    if (outcome) { // it completed before the stop reached it
        transfer.state = Transfer::State::Done;
        transfer.done = outcome->bytes;
        transfer.total = outcome->bytes;
        transfer.verified = outcome->verified;
        transfer.message = outcome->verifyNote;
    } else if (cancelling) {
        transfer.state = Transfer::State::Cancelled;
        transfer.message = tr("Cancelled; the partial file was removed.");
        FileDownloader::removePart(transfer.request.targetPath);
    } else if (outcome.error().kind == ApiError::Kind::Cancelled) {
        transfer.state = Transfer::State::Paused;
        transfer.message = pausedMessage(transfer);
    } else {
        // A part that is kept can be resumed; a wrong one (verification) was removed: retry anew.
        transfer.state = Transfer::State::Failed;
        transfer.message = outcome.error().describe();
        transfer.error = outcome.error().kind;
    }
    Q_EMIT changed(row);
    if (pending == Transfer::Pending::Remove)
        removeRow(row);
    else if (pending == Transfer::Pending::Resume)
        resume(id); // queued again (or its source asked for), then scheduled
    schedule();
}

void TransferQueue::decideContent(int id, bool keep)
{
    const auto running = m_running.constFind(id);
    if (running == m_running.cend() || !running->downloader || !running->downloader->awaitingDecision())
        return;
    if (keep)
        running->downloader->acceptUnsafe();
    else
        running->downloader->rejectUnsafe();
}

void TransferQueue::removeRow(int row)
{
    Q_EMIT aboutToRemove(row);
    m_transfers.removeAt(row);
    Q_EMIT removed(row);
}

void TransferQueue::stop(Transfer& transfer, bool cancelling)
{
    const auto running = m_running.value(transfer.id);
    Q_ASSERT_X(running.downloader, "TransferQueue::stop", "a running transfer has its downloader");
    transfer.state = Transfer::State::Stopping;
    transfer.cancelling = cancelling;
    transfer.pending = Transfer::Pending::None;
    transfer.bytesPerSecond = 0;
    transfer.message = cancelling ? tr("Cancelling…") : tr("Pausing…");
    touch(transfer.id);
    if (running.downloader)
        running.downloader->abort(); // finishes from the event loop: onFinished()
}

void TransferQueue::setRangeSupport(RangeSupport* ranges)
{
    m_ranges = ranges;
}

QString TransferQueue::pausedMessage(const Transfer& transfer) const
{
    const DownloadRequest& request = transfer.request;
    if (m_ranges && request.url.isValid() && m_ranges->refuses(request.url, request.store))
        return tr("Paused. This cloud's image store does not serve ranges: resuming starts over from the "
                  "beginning.");
    if (request.md5.isEmpty() && request.hashValue.isEmpty())
        return tr("Paused. The image has no checksum, so a resume cannot be proven and starts over.");
    return tr("Paused; the partial file is kept for a resume.");
}

void TransferQueue::pause(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Transfer& transfer = m_transfers[row];
    if (transfer.state == Transfer::State::Queued) {
        transfer.state = Transfer::State::Paused;
        transfer.message = pausedMessage(transfer);
        Q_EMIT changed(row);
    } else if (transfer.state == Transfer::State::Running) {
        stop(transfer, false); // finishes as Paused, the part kept
    } else if (transfer.state == Transfer::State::Stopping && transfer.pending == Transfer::Pending::Resume) {
        transfer.pending = Transfer::Pending::None; // stays stopped
        transfer.message = transfer.cancelling ? tr("Cancelling…") : tr("Pausing…");
        Q_EMIT changed(row);
    }
}

void TransferQueue::saveState(AppSettings* settings)
{
    QList<StoredTransfer> stored;
    for (const Transfer& transfer : m_transfers) {
        if (transfer.state == Transfer::State::Done || transfer.state == Transfer::State::Cancelled)
            continue;
        if (transfer.state == Transfer::State::Stopping &&
            (transfer.cancelling || transfer.pending == Transfer::Pending::Remove))
            continue;
        const DownloadRequest& request = transfer.request;
        stored.append(StoredTransfer{.cloud = transfer.cloud,
                                     .imageName = transfer.imageName,
                                     .imageId = request.imageId,
                                     .targetPath = request.targetPath,
                                     .expectedSize = request.expectedSize,
                                     .hashAlgorithm = request.hashAlgorithm,
                                     .hashValue = QString::fromLatin1(request.hashValue),
                                     .md5 = QString::fromLatin1(request.md5),
                                     .store = request.store,
                                     .verify = request.verify,
                                     .diskFormat = request.declaredFormat,
                                     .askOnUnsafe = request.askOnUnsafe});
    }
    settings->saveTransfers(m_stored, stored);
    m_stored = stored;
}

void TransferQueue::restoreState(AppSettings* settings)
{
    QList<Transfer> restored;
    for (const StoredTransfer& stored : settings->transfers()) {
        Transfer transfer;
        transfer.cloud = stored.cloud;
        transfer.imageName = stored.imageName;
        DownloadRequest& request = transfer.request;
        request.imageId = stored.imageId;
        request.targetPath = stored.targetPath;
        request.expectedSize = stored.expectedSize;
        request.hashAlgorithm = stored.hashAlgorithm;
        request.hashValue = stored.hashValue.toLatin1();
        request.md5 = stored.md5.toLatin1();
        request.store = stored.store;
        request.verify = stored.verify;
        request.declaredFormat = stored.diskFormat;
        request.askOnUnsafe = stored.askOnUnsafe;
        if (request.imageId.isEmpty() || request.targetPath.isEmpty())
            continue;
        m_stored.append(stored);
        transfer.total = request.expectedSize;
        transfer.done = QFileInfo(request.targetPath + u".part"_s).size();
        transfer.state = Transfer::State::Paused;
        transfer.needsSource = true;
        transfer.message =
            tr("Stopped when Skylight closed; it resumes when %1 is open.").arg(transfer.cloud);
        restored.append(transfer);
    }
    for (Transfer& transfer : restored) {
        transfer.id = m_nextId++;
        Q_EMIT aboutToAdd(static_cast<int>(m_transfers.size()));
        m_transfers.append(transfer);
        Q_EMIT added(static_cast<int>(m_transfers.size()) - 1);
    }
}

void TransferQueue::provideSource(int id, const QUrl& url, const QByteArray& token)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_transfers[row].request.url = url;
    m_transfers[row].request.token = token;
    m_transfers[row].needsSource = false;
}

void TransferQueue::requireNewToken(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_transfers[row].needsSource = true;
    m_transfers[row].reauthenticated = true;
}

void TransferQueue::resume(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Transfer& transfer = m_transfers[row];
    if (transfer.state == Transfer::State::Stopping) {
        // The user asked for it to be removed: that stands (it says so: "leaves the list once
        // stopped"); a resume would bring back what they took off the list.
        if (transfer.pending == Transfer::Pending::Remove)
            return;
        transfer.pending = Transfer::Pending::Resume;
        transfer.message = tr("Stopping; it starts again once stopped.");
        Q_EMIT changed(row);
        return;
    }
    if (transfer.needsSource) {
        Q_EMIT sourceNeeded(id);
        return;
    }
    if (transfer.state == Transfer::State::Paused || transfer.state == Transfer::State::Failed ||
        transfer.state == Transfer::State::Cancelled) {
        transfer.state = Transfer::State::Queued;
        transfer.message.clear();
        transfer.error.reset();
        Q_EMIT changed(row);
        schedule();
    }
}

void TransferQueue::cancel(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Transfer& transfer = m_transfers[row];
    if (transfer.state == Transfer::State::Done)
        return;
    if (transfer.state == Transfer::State::Running) {
        stop(transfer, true); // the part goes once the downloader has finished
        return;
    }
    if (transfer.state == Transfer::State::Stopping) {
        transfer.cancelling = true;
        if (transfer.pending == Transfer::Pending::Resume)
            transfer.pending = Transfer::Pending::None;
        if (transfer.pending == Transfer::Pending::None)
            transfer.message = tr("Cancelling…");
        Q_EMIT changed(row);
        return;
    }
    transfer.state = Transfer::State::Cancelled;
    transfer.message = tr("Cancelled; the partial file was removed.");
    FileDownloader::removePart(transfer.request.targetPath);
    Q_EMIT changed(row);
}

void TransferQueue::remove(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Transfer& transfer = m_transfers[row];
    if (transfer.state == Transfer::State::Stopping) {
        // Its downloader still writes the part: the row goes once it has finished.
        transfer.pending = Transfer::Pending::Remove;
        transfer.message = tr("Stopping; it leaves the list once stopped.");
        Q_EMIT changed(row);
        return;
    }
    if (transfer.state == Transfer::State::Running || transfer.state == Transfer::State::Queued)
        return;
    removeRow(row);
}

} // namespace Skylight
