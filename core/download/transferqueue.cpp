#include "download/transferqueue.h"

#include "download/filedownloader.h"
#include "download/partsidecar.h"
#include "download/rangesupport.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

qint64 Transfer::secondsLeft() const
{
    if (state != State::Running || bytesPerSecond <= 0 || total <= 0 || done >= total)
        return -1;
    return static_cast<qint64>(static_cast<double>(total - done) / bytesPerSecond);
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
        return t.state == Transfer::State::Queued || t.state == Transfer::State::Running;
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
    transfer.state = Transfer::State::Running;
    transfer.message.clear();
    transfer.bytesPerSecond = 0;
    auto* downloader = new FileDownloader(m_nam, transfer.request, m_options, this);
    downloader->setRangeSupport(m_ranges);
    const int id = transfer.id;
    Running& running = m_running[id];
    running.downloader = downloader;
    running.clock.start();
    running.sampledAt = 0;
    running.sampledBytes = -1;
    connect(downloader, &FileDownloader::progress, this,
            [this, id](qint64 done, qint64 total) { onProgress(id, done, total); });
    connect(downloader, &FileDownloader::retrying, this,
            [this, id](int attempt, int delayMs, const QString& why) {
                const int row = rowOf(id);
                if (row < 0)
                    return;
                m_transfers[row].message =
                    tr("%1 Retrying in %2 s (attempt %3).").arg(why).arg(delayMs / 1000).arg(attempt);
                Q_EMIT changed(row);
            });
    connect(downloader, &FileDownloader::note, this, [this, id](const QString& note) {
        const int row = rowOf(id);
        if (row < 0)
            return;
        m_transfers[row].message = note;
        Q_EMIT changed(row);
    });
    connect(downloader, &ApiJob::finished, this, [this, id] { onFinished(id); });
    touch(id);
    downloader->start();
}

void TransferQueue::onProgress(int id, qint64 done, qint64 total)
{
    const int row = rowOf(id);
    auto running = m_running.find(id);
    if (row < 0 || running == m_running.end())
        return;
    Transfer& transfer = m_transfers[row];
    transfer.done = done;
    if (total >= 0)
        transfer.total = total;
    const qint64 now = running->clock.elapsed();
    if (running->sampledBytes < 0) {
        running->sampledBytes = done;
        running->sampledAt = now;
    } else if (now - running->sampledAt >= 500) {
        const double rate = static_cast<double>(done - running->sampledBytes) * 1000.0 /
                            static_cast<double>(now - running->sampledAt);
        transfer.bytesPerSecond =
            transfer.bytesPerSecond > 0 ? 0.7 * transfer.bytesPerSecond + 0.3 * rate : rate;
        running->sampledBytes = done;
        running->sampledAt = now;
    }
    Q_EMIT changed(row);
}

void TransferQueue::onFinished(int id)
{
    const auto running = m_running.take(id);
    FileDownloader* downloader = running.downloader;
    const int row = rowOf(id);
    if (!downloader || row < 0)
        return;
    downloader->deleteLater();
    Transfer& transfer = m_transfers[row];
    const Result<DownloadOutcome>& outcome = downloader->result();
    transfer.bytesPerSecond = 0;
    if (outcome) {
        transfer.state = Transfer::State::Done;
        transfer.done = outcome->bytes;
        transfer.total = outcome->bytes;
        transfer.verified = outcome->verified;
        transfer.message = outcome->verifyNote;
    } else if (outcome.error().kind == ApiError::Kind::Cancelled) {
        if (transfer.state != Transfer::State::Cancelled) {
            transfer.state = Transfer::State::Paused;
            transfer.message = pausedMessage(transfer);
        }
    } else {
        // A part that is kept can be resumed; a wrong one (verification) was removed: retry anew.
        transfer.state = Transfer::State::Failed;
        transfer.message = outcome.error().describe();
        transfer.error = outcome.error().kind;
    }
    if (transfer.state == Transfer::State::Cancelled) {
        FileDownloader::removePart(transfer.request.targetPath);
    }
    Q_EMIT changed(row);
    schedule();
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
        if (const auto running = m_running.value(id); running.downloader)
            running.downloader->abort(); // finishes as Paused, the part kept
    }
}

void TransferQueue::saveState(AppSettings* settings) const
{
    QList<StoredTransfer> stored;
    for (const Transfer& transfer : m_transfers) {
        if (transfer.state == Transfer::State::Done || transfer.state == Transfer::State::Cancelled)
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
                                     .verify = request.verify});
    }
    settings->setTransfers(stored);
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
        if (request.imageId.isEmpty() || request.targetPath.isEmpty())
            continue;
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
    const bool wasRunning = transfer.state == Transfer::State::Running;
    transfer.state = Transfer::State::Cancelled;
    transfer.message = tr("Cancelled; the partial file was removed.");
    if (wasRunning) {
        if (const auto running = m_running.value(id); running.downloader)
            running.downloader->abort();
    } else {
        FileDownloader::removePart(transfer.request.targetPath);
    }
    Q_EMIT changed(row);
}

void TransferQueue::remove(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const Transfer::State state = m_transfers.at(row).state;
    if (state == Transfer::State::Running || state == Transfer::State::Queued)
        return;
    Q_EMIT aboutToRemove(row);
    m_transfers.removeAt(row);
    Q_EMIT removed(row);
}

} // namespace Skylight
