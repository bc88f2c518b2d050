#pragma once

#include "downloadrequest.h"
#include "net/apijob.h"
#include "net/httpresponse.h"
#include "net/result.h"
#include "net/transportoptions.h"

#include <QPointer>
#include <QThread>
#include <QTimer>
#include <optional>

class QNetworkAccessManager;

namespace Skylight {

class FileSink;
class HttpJob;

// Fetches an image binary into a file: streamed with bounded memory (reads only as fast as the
// worker thread writes and hashes), resumable (NAME.part + sidecar, Range: bytes=N-, with 206 and
// Content-Range checked and a restart from zero when the server ignores the range or the image
// changed), retried with back-off on connection loss, 5xx, 429/413 (Retry-After wins), verified
// (os_hash_value, else the MD5 checksum, else Content-MD5) before the part is renamed, atomically
// and never over an existing file unless asked. Errors are values: Verification, LocalIo, or the
// network's. The part file is kept for a resume unless its bytes were wrong.
class FileDownloader : public ApiJob
{
    Q_OBJECT
public:
    static constexpr qint64 kChunkBytes = 1024 * 1024;
    static constexpr qint64 kMaxBacklogBytes = 8 * 1024 * 1024; // read from the network, not yet written

    FileDownloader(QNetworkAccessManager* nam, DownloadRequest request, TransportOptions options,
                   QObject* parent = nullptr);
    ~FileDownloader() override;

    void start();
    const Result<DownloadOutcome>& result() const { return *m_result; }
    const DownloadRequest& request() const { return m_request; }
    QString partPath() const { return m_request.targetPath + QStringLiteral(".part"); }
    qint64 bytesDone() const { return m_written; }
    qint64 totalBytes() const { return m_request.expectedSize; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void retrying(int attempt, int delayMs, const QString& reason);
    // Said once: what is going on that the user may want to know (a restart from zero...).
    void note(const QString& message);

protected:
    void doAbort() override;

private:
    void onSinkOpened(qint64 existing);
    void sendRequest();
    void onResponseStarted(const HttpResponse& head);
    void pump();
    void onWritten(qint64 bytes);
    void onHttpFinished(HttpJob* http);
    void maybeComplete();
    void onSinkFinished(const QByteArray& digest, qint64 size);
    void onSinkFailed(const QString& message);
    void restartFromZero(const QString& why);
    void retryOrFail(const ApiError& error);
    void fail(const ApiError& error, bool keepPart);
    Result<QString> moveIntoPlace();
    void finishWith(Result<DownloadOutcome> result);

    QNetworkAccessManager* m_nam;
    DownloadRequest m_request;
    TransportOptions m_options;
    QString m_algorithm;
    QThread m_thread;
    FileSink* m_sink = nullptr;
    QPointer<HttpJob> m_http;
    QTimer m_retryTimer;
    qint64 m_offset = 0;  // bytes in the part when the current request started
    qint64 m_written = 0; // bytes in the part file
    qint64 m_backlog = 0; // read, not yet written
    qint64 m_fetched = 0;
    int m_status = 0;
    int m_attempts = 0;
    int m_freshStarts = 0;
    bool m_resumed = false;
    bool m_httpDone = false;
    bool m_finishing = false;
    bool m_restarting = false; // the current request is being replaced by one from zero
    bool m_cancelled = false;
    QByteArray m_contentMd5;
    std::optional<Result<DownloadOutcome>> m_result;
};

} // namespace Skylight
