// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "download/filedownloader.h"

#include "download/contentcheck.h"
#include "download/digestcheck.h"
#include "download/filesink.h"
#include "download/partopener.h"
#include "download/partsidecar.h"
#include "download/rangesupport.h"
#include "image/datasize.h"
#include "net/headerparsing.h"
#include "net/httpjob.h"
#include "net/logging.h"
#include "net/terminaltext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
bool retryable(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
    case ApiError::Kind::OverLimit:
        return true;
    default:
        return false;
    }
}
} // namespace

FileDownloader::FileDownloader(QNetworkAccessManager* nam, DownloadRequest request, TransportOptions options,
                               QObject* parent)
    : Job(parent)
    , m_nam(nam)
    , m_request(std::move(request))
    , m_options(std::move(options))
    , m_ownRanges(std::make_unique<RangeSupport>())
    , m_ranges(m_ownRanges.get())
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_backlog > 0) { // let the worker write what arrived before the connection broke
            m_retryTimer.start(20);
            return;
        }
        sendRequest();
    });
}

FileDownloader::~FileDownloader()
{
    if (m_http) {
        m_http->disconnect(this);
        m_http->abort();
    }
    stopSink();
    m_thread.quit();
    m_thread.wait();
    delete m_sink;
    m_file.reset();
}

void FileDownloader::setRangeSupport(RangeSupport* ranges)
{
    m_ranges = ranges ? ranges : m_ownRanges.get();
}

void FileDownloader::removePart(const QString& targetPath)
{
    const QFileInfo target(targetPath);
    auto folder = DownloadFolder::open(target.path());
    if (!folder)
        return;
    const QString part = target.fileName() + u".part"_s;
    folder->remove(part);
    folder->remove(PartSidecar::nameFor(part));
}

void FileDownloader::start()
{
    if (isFinished()) // aborted before it started: no file is touched
        return;
    bool keep = false;
    if (!prepare(keep))
        return;
    qCDebug(lcDownload).noquote() << "download start:" << terminalSafe(m_request.imageId) << "to"
                                  << terminalSafe(m_request.targetPath)
                                  << (keep ? "(resuming the .part)" : "");
    m_sink = new FileSink(m_file.get(), m_algorithm);
    m_sink->setInspection([request = m_request] { return ContentCheck::inspectorFor(request); });
    m_sink->moveToThread(&m_thread);
    connect(m_sink, &FileSink::opened, this, &FileDownloader::onSinkOpened);
    connect(m_sink, &FileSink::written, this, &FileDownloader::onWritten);
    connect(m_sink, &FileSink::failed, this, &FileDownloader::onSinkFailed);
    connect(m_sink, &FileSink::finished, this, &FileDownloader::onSinkFinished);
    m_thread.setObjectName(u"skylight-download"_s);
    m_thread.start();
    QMetaObject::invokeMethod(m_sink, "begin", Qt::QueuedConnection, Q_ARG(bool, keep));
}

// Opens the folder, decides whether the part can be continued, checks the space, writes the
// sidecar and opens the part (PartOpener). False: the job has failed already.
bool FileDownloader::prepare(bool& keep)
{
    PartOpener opener(m_request, *m_ranges);
    Result<PartOpener::Part> part = opener.open();
    for (const QString& said : opener.notes())
        Q_EMIT note(said);
    if (!opener.startOverReason().isEmpty())
        Q_EMIT startingOver(opener.startOverReason());
    if (!part) {
        fail(part.error(), true);
        return false;
    }
    m_folder.emplace(std::move(part->folder));
    m_file = std::move(part->file);
    m_partName = part->partName;
    m_finalName = part->finalName;
    m_algorithm = part->algorithm;
    keep = part->kept;
    return true;
}

void FileDownloader::onSinkOpened(qint64 existing)
{
    if (isFinished())
        return;
    m_written = existing;
    m_resumed = existing > 0;
    if (m_resumed)
        Q_EMIT note(m_request.expectedSize >= 0
                        ? tr("Resuming at %1 of %2.")
                              .arg(dataSizeText(existing), dataSizeText(m_request.expectedSize))
                        : tr("Resuming at %1 of an unknown size.").arg(dataSizeText(existing)));
    if (m_request.expectedSize >= 0 && existing > m_request.expectedSize) {
        restartFromZero(tr("The partial file is larger than the image; starting again."));
        return;
    }
    if (m_request.expectedSize > 0 && existing == m_request.expectedSize) {
        m_httpDone = true; // all bytes are here already: verify them
        maybeComplete();
        return;
    }
    Q_EMIT progress(m_written, m_request.expectedSize);
    sendRequest();
}

void FileDownloader::sendRequest()
{
    if (isFinished() || m_cancelled)
        return;
    if (m_written > 0 && m_ranges->refuses(m_request.url, m_request.store)) {
        // Asking for the rest would be refused: go on from zero, in the same run.
        const QString why = tr("This image store does not serve ranges; downloading from the start.");
        Q_EMIT note(why);
        Q_EMIT startingOver(why);
        m_written = 0;
        m_resumed = false;
        QMetaObject::invokeMethod(m_sink, &FileSink::restart, Qt::QueuedConnection);
    }
    m_offset = m_written;
    m_httpDone = false;
    m_status = 0;
    m_limit = m_request.expectedSize;
    m_restarting = false;
    HttpRequestSpec spec;
    spec.url = m_request.url;
    spec.authToken = m_request.token;
    spec.headers.append(RawHeader{"Accept", "application/octet-stream"});
    if (m_offset > 0)
        spec.headers.append(RawHeader{"Range", "bytes=" + QByteArray::number(m_offset) + '-'});
    qCDebug(lcDownload).noquote() << "download request:" << terminalSafe(m_request.imageId) << "from byte"
                                  << m_offset << logSafeUrl(m_request.url);
    auto* http = new HttpJob(m_nam, std::move(spec), m_options, this);
    http->setStreaming(true);
    m_http = http;
    connect(http, &HttpJob::responseStarted, this, &FileDownloader::onResponseStarted);
    connect(http, &HttpJob::bodyAvailable, this, &FileDownloader::pump);
    connect(http, &ApiJob::finished, this, [this, http] { onHttpFinished(http); });
    http->start();
}

void FileDownloader::onResponseStarted(const HttpResponse& head)
{
    m_status = head.status;
    if (m_offset > 0 && head.status == 200) {
        if (m_probing) {
            startComparePass();
            return;
        }
        rangesRefused(); // the whole image instead of the rest
        return;
    }
    if (head.status == 206) {
        const auto range = HeaderParsing::contentRange(head.header("Content-Range"));
        if (!range || range->unsatisfied() || range->first != m_offset ||
            (range->complete >= 0 && m_request.expectedSize >= 0 &&
             range->complete != m_request.expectedSize)) {
            restartFromZero(
                tr("The server answered the range request with Content-Range \"%1\" (the image may "
                   "have changed); starting again from zero.")
                    .arg(QString::fromLatin1(head.header("Content-Range").left(200))));
            return;
        }
    }
    // An unreadable Content-Length never gets here: HttpJob refuses it with the headers.
    const std::optional<qint64> length = HeaderParsing::contentLength(head.header("Content-Length"));
    m_chunked = !length && head.header("Transfer-Encoding").toLower().contains("chunked");
    m_probeStart = m_written;
    if (length && *length <= std::numeric_limits<qint64>::max() - m_offset) {
        const qint64 announced = m_offset + *length;
        m_limit = m_limit >= 0 ? std::min(m_limit, announced) : announced;
    }
    if (m_offset == 0 && head.status == 200)
        m_contentMd5 = head.header("Content-MD5").trimmed().left(128);
    pump();
}

void FileDownloader::rangesRefused()
{
    m_ranges->markRefused(m_request.url, m_request.store);
    restartFromZero(tr("This image store does not serve ranges; downloading from the start."), false);
}

void FileDownloader::dropRequest()
{
    if (m_http) {
        m_http->disconnect(this);
        m_http->abort();
        m_http->deleteLater();
        m_http = nullptr;
    }
}

void FileDownloader::restartFromZero(const QString& why, bool counts)
{
    if (counts && ++m_freshStarts > 2) {
        fail(ApiError::make(ApiError::Kind::BadPayload,
                            tr("The server keeps answering range requests wrongly; giving up. ") + why),
             false);
        return;
    }
    Q_EMIT note(why);
    if (m_written > 0 || m_backlog > 0)
        Q_EMIT startingOver(why);
    m_restarting = true;
    dropRequest();
    m_resumed = false;
    m_written = 0;
    // Queued after the chunks already on their way: they are written, then the file is emptied;
    // the new request starts once they are all written.
    QMetaObject::invokeMethod(m_sink, &FileSink::restart, Qt::QueuedConnection);
    m_retryTimer.start(0);
}

void FileDownloader::pump()
{
    // While the worker is behind, the network waits (Qt's read buffer is bounded).
    while (m_http && !m_restarting && m_backlog < kMaxBacklogBytes && m_http->bytesAvailable() > 0) {
        const QByteArray chunk = m_http->read(kChunkBytes);
        if (chunk.isEmpty())
            break;
        m_fetched += chunk.size();
        if (m_limit >= 0 && m_written + m_backlog + chunk.size() > m_limit) {
            dropRequest();
            fail(ApiError::make(
                     ApiError::Kind::Verification,
                     tr("The server sent more than the %1 bytes it announced for image %2; the download "
                        "was stopped and nothing was kept.")
                         .arg(m_limit)
                         .arg(m_request.imageId)),
                 false);
            return;
        }
        m_backlog += chunk.size();
        QMetaObject::invokeMethod(m_sink, "write", Qt::QueuedConnection, Q_ARG(QByteArray, chunk));
    }
}

void FileDownloader::onWritten(qint64 bytes)
{
    if (isFinished())
        return;
    m_backlog -= bytes;
    if (!m_restarting)
        m_written += bytes;
    Q_EMIT progress(m_written, m_request.expectedSize);
    pump();
    maybeComplete();
}

void FileDownloader::onHttpFinished(HttpJob* http)
{
    if (http != m_http)
        return;
    http->deleteLater();
    const Result<HttpResponse>& result = http->result();
    m_http = nullptr;
    if (isFinished())
        return;
    if (!result) {
        if (m_cancelled) {
            fail(ApiError::make(ApiError::Kind::Cancelled,
                                tr("Cancelled; the partial file is kept for a resume.")),
                 true);
            return;
        }
        const int status = result.error().httpStatus;
        if (m_probing && status == 416) { // nothing after the bytes we have: the end was real
            m_probing = false;
            m_httpDone = true;
            maybeComplete();
            return;
        }
        if (m_probing && status >= 400 && status < 500) {
            startComparePass();
            return;
        }
        if (m_offset > 0 && status == 416 && m_request.expectedSize < 0) {
            // Nothing after the bytes we have: the part is whole; the checksum will say.
            m_httpDone = true;
            maybeComplete();
            return;
        }
        if (m_offset > 0 && (status == 400 || status == 416)) {
            rangesRefused(); // Glance: StoreRandomGetNotSupported, or an unsatisfiable range
            return;
        }
        retryOrFail(result.error());
        return;
    }
    m_status = result->status;
    if (result->status == 204) {
        fail(ApiError::make(
                 ApiError::Kind::NotFound,
                 tr("The image %1 has no data (HTTP 204): nothing to download.").arg(m_request.imageId)),
             false);
        return;
    }
    if (result->status != 200 && result->status != 206) {
        fail(ApiError::make(ApiError::Kind::BadPayload,
                            tr("The server answered the download with HTTP %1 instead of the image data.")
                                .arg(result->status)),
             false);
        return;
    }
    if (m_probing && m_written + m_backlog == m_probeStart) { // the server has nothing after our bytes
        m_probing = false;
        m_httpDone = true;
        maybeComplete();
        return;
    }
    m_probing = false;
    if (endUnconfirmed()) {
        confirmEnd();
        return;
    }
    m_httpDone = true;
    maybeComplete();
}

bool FileDownloader::endUnconfirmed() const
{
    const bool checksum = m_request.verify && (!m_request.md5.isEmpty() || !m_request.hashValue.isEmpty() ||
                                               !m_contentMd5.isEmpty());
    return m_chunked && !m_comparing && m_request.expectedSize < 0 && !checksum;
}

void FileDownloader::confirmEnd()
{
    if (++m_probes > 8) {
        fail(ApiError::make(ApiError::Kind::Network,
                            tr("The server keeps sending more of image %1 after each end; giving up.")
                                .arg(m_request.imageId)),
             false);
        return;
    }
    if (m_ranges->refuses(m_request.url, m_request.store)) {
        startComparePass();
        return;
    }
    m_probing = true;
    m_retryTimer.start(0); // asks for the bytes after the last one (Range: bytes=N-)
}

void FileDownloader::startComparePass()
{
    m_probing = false;
    m_comparing = true;
    m_firstPassBytes = m_written + m_backlog;
    restartFromZero(
        tr("The server sent no size, no checksum and a chunked answer whose end cannot be confirmed: "
           "downloading once more to compare."),
        false);
}

void FileDownloader::maybeComplete()
{
    if (!m_httpDone || m_backlog > 0 || m_finishing || isFinished())
        return;
    const qint64 expected = m_request.expectedSize;
    if (expected >= 0 && m_written < expected) {
        m_httpDone = false;
        retryOrFail(ApiError::make(
            ApiError::Kind::Network,
            tr("The server ended the transfer early: %1 of %2 bytes.").arg(m_written).arg(expected)));
        return;
    }
    if (m_comparing && m_firstPassBytes >= 0 && m_written != m_firstPassBytes) {
        fail(ApiError::make(
                 ApiError::Kind::Network,
                 tr("Two downloads of image %1 ended at different lengths (%2 and %3 bytes): a connection "
                    "was cut and the server's answer does not say where it ends. Nothing was kept; try "
                    "again.")
                     .arg(m_request.imageId)
                     .arg(m_firstPassBytes)
                     .arg(m_written)),
             false);
        return;
    }
    if (expected >= 0 && m_written > expected) {
        fail(ApiError::make(ApiError::Kind::Verification,
                            tr("The server sent %1 bytes, more than the image's %2; nothing was kept.")
                                .arg(m_written)
                                .arg(expected)),
             false);
        return;
    }
    m_finishing = true;
    QMetaObject::invokeMethod(m_sink, &FileSink::finish, Qt::QueuedConnection);
}

void FileDownloader::onSinkFinished(const QByteArray& digest, qint64 size,
                                    const std::optional<InspectionResult>& inspection)
{
    if (isFinished())
        return;
    DownloadOutcome outcome;
    outcome.bytes = size;
    outcome.bytesFetched = m_fetched;
    outcome.resumed = m_resumed;
    outcome.retries = m_attempts;
    outcome.algorithm = m_algorithm;
    outcome.digest = digest;
    outcome.inspection = m_inspection = inspection;
    if (const Result<void> verified = DigestCheck::verify(m_request, m_contentMd5, m_resumed, outcome);
        !verified) {
        fail(verified.error(), false);
        return;
    }
    if (ContentCheck::refuses(inspection, m_request)) {
        if (m_request.askOnUnsafe) { // the part waits, neither placed nor removed
            m_awaiting = std::move(outcome);
            Q_EMIT contentRejected(*inspection);
            return;
        }
        fail(ContentCheck::refusal(*inspection, m_request.imageId), false);
        return;
    }
    complete(std::move(outcome));
}

void FileDownloader::complete(DownloadOutcome outcome)
{
    const Result<void> placed = m_folder->place(*m_file, m_partName, m_finalName, m_request.overwrite);
    if (!placed) {
        ApiError error = placed.error();
        error.message = tr("Could not put the verified file at %1: %2")
                            .arg(QDir::toNativeSeparators(m_request.targetPath), error.message);
        fail(error, true);
        return;
    }
    m_folder->remove(PartSidecar::nameFor(m_partName));
    outcome.path = m_request.targetPath;
    finishWith(outcome);
}

void FileDownloader::acceptUnsafe()
{
    if (!m_awaiting || isFinished())
        return;
    complete(*std::exchange(m_awaiting, std::nullopt));
}

void FileDownloader::rejectUnsafe()
{
    if (!m_awaiting || isFinished())
        return;
    const DownloadOutcome refused = *std::exchange(m_awaiting, std::nullopt);
    fail(ContentCheck::refusal(*refused.inspection, m_request.imageId), false);
}

void FileDownloader::onSinkFailed(const QString& message)
{
    dropRequest();
    // A part that can never be proven (no checksum) would only fill the disk: it goes.
    const bool keep = PartOpener::provable(m_request) && m_request.verify;
    // One sentence after another as the language writes them (no space between Chinese sentences).
    fail(ApiError::make(
             ApiError::Kind::LocalIo,
             keep ? tr("%1 The partial file is kept: run the download again to resume.").arg(message)
                  : tr("%1 Nothing was kept: without a checksum the download cannot resume.").arg(message)),
         keep);
}

void FileDownloader::retryOrFail(const ApiError& error)
{
    if (!retryable(error) || m_attempts >= m_request.maxRetries) {
        fail(error, true);
        return;
    }
    const qint64 maxWait = m_request.maxRetryAfter.count();
    if (error.retryAfterSeconds > maxWait) {
        ApiError late = error;
        late.kind = ApiError::Kind::Network;
        late.message =
            tr("The server asks to wait %1 s before trying again (Retry-After), longer than Skylight waits "
               "(%2 s); "
               "the partial file is kept. Try again after %3.")
                .arg(error.retryAfterSeconds)
                .arg(maxWait)
                .arg(QDateTime::currentDateTime().addSecs(error.retryAfterSeconds).toString(Qt::ISODate));
        fail(late, true);
        return;
    }
    ++m_attempts;
    const qint64 base = m_request.retryDelay.count();
    int delay = static_cast<int>(std::min<qint64>(base << (m_attempts - 1), 60000));
    if (error.retryAfterSeconds >= 0)
        delay = static_cast<int>(error.retryAfterSeconds) * 1000;
    Q_EMIT retrying(m_attempts, delay, error.message);
    m_retryTimer.start(delay);
}

void FileDownloader::doAbort()
{
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_awaiting) { // refused contents are never kept to resume into
        fail(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled; the refused file was removed.")),
             false);
        return;
    }
    // Ends now, whatever the request's state: a response that has arrived and not been handled
    // yet is dropped with it, and the worker has stopped writing once this returns.
    dropRequest();
    fail(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled; the partial file is kept for a resume.")),
         true);
}

void FileDownloader::stopSink()
{
    if (m_sink && m_thread.isRunning())
        QMetaObject::invokeMethod(m_sink, &FileSink::stop, Qt::BlockingQueuedConnection);
}

void FileDownloader::fail(const ApiError& error, bool keepPart)
{
    if (isFinished())
        return;
    m_retryTimer.stop();
    stopSink();
    if (!keepPart && m_folder && m_file) {
        // Only what this download created or proved is removed, never what a link points to.
        m_folder->remove(m_partName);
        m_folder->remove(PartSidecar::nameFor(m_partName));
    }
    finishWith(std::unexpected(error));
}

void FileDownloader::finishWith(Result<DownloadOutcome> result)
{
    if (isFinished())
        return;
    if (result)
        qCDebug(lcDownload).noquote()
            << "download done:" << terminalSafe(m_request.imageId) << result->bytes << "bytes,"
            << result->bytesFetched << "fetched, verified" << result->verified;
    else
        qCDebug(lcDownload).noquote() << "download ended:" << terminalSafe(m_request.imageId)
                                      << ApiError::kindName(result.error().kind) << result.error().httpStatus;
    Job::finishWith(std::move(result));
}

} // namespace Skylight
