#include "filedownloader.h"

#include "filesink.h"
#include "image/datasize.h"
#include "net/httpjob.h"
#include "partsidecar.h"
#include "streamhasher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStorageInfo>
#include <cerrno>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

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
    : ApiJob(parent)
    , m_nam(nam)
    , m_request(std::move(request))
    , m_options(std::move(options))
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
    if (m_sink)
        QMetaObject::invokeMethod(m_sink, &FileSink::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_sink;
}

void FileDownloader::start()
{
    const QString target = m_request.targetPath;
    const QFileInfo targetInfo(target);
    if (target.isEmpty() || !targetInfo.dir().exists()) {
        fail(ApiError::make(
                 ApiError::Kind::LocalIo,
                 QCoreApplication::translate("Skylight::FileDownloader", "The folder %1 does not exist.")
                     .arg(QDir::toNativeSeparators(targetInfo.path()))),
             true);
        return;
    }
    if (targetInfo.exists() && !m_request.overwrite) {
        fail(
            ApiError::make(ApiError::Kind::LocalIo,
                           QCoreApplication::translate(
                               "Skylight::FileDownloader",
                               "%1 already exists; nothing was downloaded. Choose another name or remove it.")
                               .arg(QDir::toNativeSeparators(target))),
            true);
        return;
    }
    // What to check the bytes against: os_hash_algo when OpenSSL knows it, else MD5 (the checksum,
    // or the Content-MD5 header).
    if (m_request.verify) {
        m_algorithm = u"md5"_s;
        if (!m_request.hashAlgorithm.isEmpty() && !m_request.hashValue.isEmpty() &&
            StreamHasher::create(m_request.hashAlgorithm))
            m_algorithm = m_request.hashAlgorithm.toLower();
    }

    const QString part = partPath();
    const QString sidecarPath = PartSidecar::pathFor(part);
    const auto sidecar = PartSidecar::read(sidecarPath);
    const bool keep = m_request.resume && QFileInfo::exists(part) && sidecar && sidecar->matches(m_request);
    if (!keep) {
        QFile::remove(part);
        QFile::remove(sidecarPath);
    }
    const qint64 have = keep ? QFileInfo(part).size() : 0;
    const QStorageInfo storage(targetInfo.absolutePath());
    if (m_request.expectedSize > 0 && storage.isValid() && storage.bytesAvailable() >= 0 &&
        m_request.expectedSize - have > storage.bytesAvailable()) {
        fail(ApiError::make(ApiError::Kind::LocalIo,
                            QCoreApplication::translate(
                                "Skylight::FileDownloader",
                                "Not enough free space in %1: the image needs %2 more, %3 are free.")
                                .arg(QDir::toNativeSeparators(targetInfo.absolutePath()),
                                     dataSizeText(m_request.expectedSize - have),
                                     dataSizeText(storage.bytesAvailable()))),
             true);
        return;
    }
    if (!PartSidecar::from(m_request).write(sidecarPath)) {
        fail(ApiError::make(
                 ApiError::Kind::LocalIo,
                 QCoreApplication::translate("Skylight::FileDownloader", "Could not write %1 in %2.")
                     .arg(QFileInfo(sidecarPath).fileName(),
                          QDir::toNativeSeparators(targetInfo.absolutePath()))),
             true);
        return;
    }

    m_sink = new FileSink(m_algorithm);
    m_sink->moveToThread(&m_thread);
    connect(m_sink, &FileSink::opened, this, &FileDownloader::onSinkOpened);
    connect(m_sink, &FileSink::written, this, &FileDownloader::onWritten);
    connect(m_sink, &FileSink::failed, this, &FileDownloader::onSinkFailed);
    connect(m_sink, &FileSink::finished, this, &FileDownloader::onSinkFinished);
    m_thread.setObjectName(u"skylight-download"_s);
    m_thread.start();
    QMetaObject::invokeMethod(m_sink, "open", Qt::QueuedConnection, Q_ARG(QString, part), Q_ARG(bool, keep));
}

void FileDownloader::onSinkOpened(qint64 existing)
{
    if (isFinished())
        return;
    m_written = existing;
    m_resumed = existing > 0;
    if (m_resumed)
        Q_EMIT note(QCoreApplication::translate("Skylight::FileDownloader", "Resuming at %1 of %2.")
                        .arg(dataSizeText(existing), dataSizeText(m_request.expectedSize)));
    if (m_request.expectedSize >= 0 && existing > m_request.expectedSize) {
        restartFromZero(QCoreApplication::translate(
            "Skylight::FileDownloader", "The partial file is larger than the image; starting again."));
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
    m_offset = m_written;
    m_httpDone = false;
    m_status = 0;
    m_restarting = false;
    HttpRequestSpec spec;
    spec.url = m_request.url;
    spec.authToken = m_request.token;
    spec.headers.append(RawHeader{"Accept", "application/octet-stream"});
    if (m_offset > 0)
        spec.headers.append(RawHeader{"Range", "bytes=" + QByteArray::number(m_offset) + '-'});
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
        restartFromZero(QCoreApplication::translate(
            "Skylight::FileDownloader",
            "The server ignored the range request and sent the whole image; starting again from zero."));
        return;
    }
    if (head.status == 206) {
        static const QRegularExpression range(u"^bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)$"_s);
        const auto match = range.match(QString::fromLatin1(head.header("Content-Range").trimmed()));
        const bool total = match.hasMatch() && match.captured(3) != u"*"_s;
        if (!match.hasMatch() || match.captured(1).toLongLong() != m_offset ||
            (total && m_request.expectedSize >= 0 &&
             match.captured(3).toLongLong() != m_request.expectedSize)) {
            restartFromZero(
                QCoreApplication::translate(
                    "Skylight::FileDownloader",
                    "The server answered the range request with Content-Range \"%1\" (the image may have "
                    "changed); starting again from zero.")
                    .arg(QString::fromLatin1(head.header("Content-Range"))));
            return;
        }
    }
    if (m_offset == 0 && head.status == 200)
        m_contentMd5 = head.header("Content-MD5").trimmed();
    pump();
}

void FileDownloader::restartFromZero(const QString& why)
{
    if (++m_freshStarts > 2) {
        fail(ApiError::make(ApiError::Kind::BadPayload,
                            QCoreApplication::translate(
                                "Skylight::FileDownloader",
                                "The server keeps answering range requests wrongly; giving up. ") +
                                why),
             false);
        return;
    }
    Q_EMIT note(why);
    m_restarting = true;
    if (m_http) {
        m_http->disconnect(this);
        m_http->abort();
        m_http->deleteLater();
    }
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
        m_backlog += chunk.size();
        m_fetched += chunk.size();
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
    if (!result) {
        if (m_cancelled) {
            fail(ApiError::make(
                     ApiError::Kind::Cancelled,
                     QCoreApplication::translate("Skylight::FileDownloader",
                                                 "Cancelled; the partial file is kept for a resume.")),
                 true);
            return;
        }
        retryOrFail(result.error());
        return;
    }
    m_status = result->status;
    if (result->status == 204) {
        fail(ApiError::make(
                 ApiError::Kind::NotFound,
                 QCoreApplication::translate("Skylight::FileDownloader",
                                             "The image %1 has no data (HTTP 204): nothing to download.")
                     .arg(m_request.imageId)),
             false);
        return;
    }
    if (result->status != 200 && result->status != 206) {
        fail(ApiError::make(ApiError::Kind::BadPayload,
                            QCoreApplication::translate(
                                "Skylight::FileDownloader",
                                "The server answered the download with HTTP %1 instead of the image data.")
                                .arg(result->status)),
             false);
        return;
    }
    m_httpDone = true;
    maybeComplete();
}

void FileDownloader::maybeComplete()
{
    if (!m_httpDone || m_backlog > 0 || m_finishing || isFinished())
        return;
    const qint64 expected = m_request.expectedSize;
    if (expected >= 0 && m_written < expected) {
        m_httpDone = false;
        retryOrFail(
            ApiError::make(ApiError::Kind::Network,
                           QCoreApplication::translate("Skylight::FileDownloader",
                                                       "The server ended the transfer early: %1 of %2 bytes.")
                               .arg(m_written)
                               .arg(expected)));
        return;
    }
    if (expected >= 0 && m_written > expected) {
        fail(ApiError::make(ApiError::Kind::Verification,
                            QCoreApplication::translate(
                                "Skylight::FileDownloader",
                                "The server sent %1 bytes, more than the image's %2; nothing was kept.")
                                .arg(m_written)
                                .arg(expected)),
             false);
        return;
    }
    m_finishing = true;
    QMetaObject::invokeMethod(m_sink, &FileSink::finish, Qt::QueuedConnection);
}

void FileDownloader::onSinkFinished(const QByteArray& digest, qint64 size)
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
    QByteArray expected;
    QString against;
    if (!m_request.verify) {
        outcome.verifyNote =
            QCoreApplication::translate("Skylight::FileDownloader", "not verified (verification turned off)");
    } else if (m_algorithm == m_request.hashAlgorithm.toLower() && !m_request.hashValue.isEmpty()) {
        expected = m_request.hashValue.trimmed().toLower();
        against = QCoreApplication::translate("Skylight::FileDownloader", "the image's os_hash_value");
    } else if (!m_request.md5.isEmpty()) {
        expected = m_request.md5.trimmed().toLower();
        against = QCoreApplication::translate("Skylight::FileDownloader", "the image's checksum");
    } else if (!m_contentMd5.isEmpty() && !m_resumed) {
        // RFC 1864 says base64; Glance sends the hex checksum. Both are understood.
        static const QRegularExpression hex(u"^[0-9a-fA-F]{32}$"_s);
        expected = hex.match(QString::fromLatin1(m_contentMd5)).hasMatch()
                       ? m_contentMd5.toLower()
                       : QByteArray::fromBase64(m_contentMd5).toHex();
        against = QCoreApplication::translate("Skylight::FileDownloader", "the Content-MD5 header");
    } else {
        outcome.verifyNote = QCoreApplication::translate(
            "Skylight::FileDownloader",
            "nothing to verify against: the image has no checksum and the server sent no Content-MD5");
    }
    if (!expected.isEmpty()) {
        if (digest != expected) {
            fail(ApiError::make(
                     ApiError::Kind::Verification,
                     QCoreApplication::translate(
                         "Skylight::FileDownloader",
                         "The downloaded bytes do not match %1: expected %2 %3, got %4. Nothing was kept.")
                         .arg(against, m_algorithm, QString::fromLatin1(expected),
                              QString::fromLatin1(digest))),
                 false);
            return;
        }
        outcome.verified = true;
        outcome.verifyNote = QCoreApplication::translate("Skylight::FileDownloader", "%1 matches %2")
                                 .arg(m_algorithm, against);
    }
    const Result<QString> placed = moveIntoPlace();
    if (!placed) {
        fail(placed.error(), true);
        return;
    }
    QFile::remove(PartSidecar::pathFor(partPath()));
    outcome.path = *placed;
    finishWith(outcome);
}

Result<QString> FileDownloader::moveIntoPlace()
{
    const QString part = partPath();
    const QString target = m_request.targetPath;
    const auto failure = [&target](const QString& why) {
        return std::unexpected(ApiError::make(
            ApiError::Kind::LocalIo,
            QCoreApplication::translate("Skylight::FileDownloader",
                                        "Could not put the verified file at %1: %2. It is kept as %1.part.")
                .arg(QDir::toNativeSeparators(target), why)));
    };
#ifdef Q_OS_UNIX
    const QByteArray from = QFile::encodeName(part);
    const QByteArray to = QFile::encodeName(target);
    if (m_request.overwrite) {
        if (::rename(from.constData(), to.constData()) != 0) // atomic replace
            return failure(QString::fromLocal8Bit(strerror(errno)));
        return target;
    }
    // link() never replaces: an existing file stays as it is.
    if (::link(from.constData(), to.constData()) == 0) {
        ::unlink(from.constData());
        return target;
    }
    if (errno == EEXIST)
        return failure(QCoreApplication::translate("Skylight::FileDownloader",
                                                   "a file of that name appeared meanwhile"));
        // File systems without hard links: check, then rename.
#endif
    if (QFileInfo::exists(target)) {
        if (!m_request.overwrite)
            return failure(
                QCoreApplication::translate("Skylight::FileDownloader", "a file of that name exists"));
        QFile::remove(target);
    }
    QFile file(part);
    if (!file.rename(target))
        return failure(file.errorString());
    return target;
}

void FileDownloader::onSinkFailed(const QString& message)
{
    if (m_http) {
        m_http->disconnect(this);
        m_http->abort();
        m_http->deleteLater();
    }
    fail(ApiError::make(ApiError::Kind::LocalIo,
                        message + QCoreApplication::translate(
                                      "Skylight::FileDownloader",
                                      " The partial file is kept: run the download again to resume.")),
         true);
}

void FileDownloader::retryOrFail(const ApiError& error)
{
    if (!retryable(error) || m_attempts >= m_request.maxRetries) {
        fail(error, true);
        return;
    }
    ++m_attempts;
    const qint64 base = m_request.retryDelay.count();
    int delay = static_cast<int>(std::min<qint64>(base << (m_attempts - 1), 60000));
    if (error.retryAfterSeconds >= 0)
        delay = std::min(error.retryAfterSeconds, 300) * 1000;
    Q_EMIT retrying(m_attempts, delay, error.message);
    m_retryTimer.start(delay);
}

void FileDownloader::doAbort()
{
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_http)
        m_http->abort(); // finishes through onHttpFinished
    else
        fail(ApiError::make(ApiError::Kind::Cancelled,
                            QCoreApplication::translate("Skylight::FileDownloader",
                                                        "Cancelled; the partial file is kept for a resume.")),
             true);
}

void FileDownloader::fail(const ApiError& error, bool keepPart)
{
    if (isFinished())
        return;
    m_retryTimer.stop();
    if (m_sink)
        QMetaObject::invokeMethod(m_sink, &FileSink::close, Qt::BlockingQueuedConnection);
    const QString part = partPath();
    if (!keepPart) {
        QFile::remove(part);
        QFile::remove(PartSidecar::pathFor(part));
    } else if (QFileInfo::exists(part)) {
        PartSidecar sidecar = PartSidecar::from(m_request);
        sidecar.bytesDone = QFileInfo(part).size();
        sidecar.write(PartSidecar::pathFor(part));
    }
    finishWith(std::unexpected(error));
}

void FileDownloader::finishWith(Result<DownloadOutcome> result)
{
    if (isFinished())
        return;
    m_result = std::move(result);
    markFinished();
}

} // namespace Skylight
