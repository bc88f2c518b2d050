// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "download/downloadfolder.h"
#include "download/downloadrequest.h"
#include "net/httpresponse.h"
#include "net/job.h"
#include "net/transportoptions.h"

#include <QPointer>
#include <QThread>
#include <QTimer>
#include <memory>
#include <optional>

class QFile;
class QNetworkAccessManager;

namespace Skylight {

class FileSink;
class HttpJob;
class RangeSupport;

// Fetches an image binary into a file: streamed with bounded memory (reads only as fast as the
// worker thread writes and hashes), verified (os_hash_value, else the MD5 checksum, else
// Content-MD5) before the part is put in place, atomically and never over an existing file unless
// asked. Every file is opened through the folder's handle (DownloadFolder): a link or someone
// else's file planted at NAME.part, its sidecar or NAME is never followed nor written.
// Bounded by what was announced: the moment the bytes exceed the image size or Content-Length the
// download stops and nothing is kept. Resumable (NAME.part + sidecar, Range: bytes=N-) only when
// the part can be proven: sidecar of the same image and a checksum to verify against. A Range
// answered with 400, 416 or 200 (Glance over rbd, swift, s3, http stores) means "start over":
// said once, remembered for the endpoint (RangeSupport), and the download goes on from zero.
// Retried with back-off on connection loss, 5xx, 429/413 (Retry-After wins up to maxRetryAfter).
// Inspected as it is hashed (ContentCheck): contents that are unsafe or not the declared format
// are refused before the part is placed, and removed, unless request.allowUnsafe; with
// request.askOnUnsafe (the GUI) contentRejected() asks instead and the verified part waits,
// neither placed nor removed, for acceptUnsafe() (placed as usual) or rejectUnsafe() (removed with
// its sidecar, a Verification error); an abort meanwhile removes it too. Nothing else decides:
// without a listener that answers the download waits, so only an asking caller sets askOnUnsafe.
// Errors are values: Verification (checksum, size or contents), LocalIo, or the network's.
class FileDownloader : public Job<DownloadOutcome>
{
    Q_OBJECT
public:
    static constexpr qint64 kChunkBytes = 1024 * 1024;
    static constexpr qint64 kMaxBacklogBytes = 8 * 1024 * 1024; // read from the network, not yet written

    FileDownloader(QNetworkAccessManager* nam, DownloadRequest request, TransportOptions options,
                   QObject* parent = nullptr);
    ~FileDownloader() override;

    // Where endpoints that refuse ranges are remembered (not owned; by default: this run only).
    void setRangeSupport(RangeSupport* ranges);

    void start();
    const DownloadRequest& request() const { return m_request; }
    qint64 bytesDone() const { return m_written; }
    qint64 totalBytes() const { return m_request.expectedSize; }

    // After contentRejected(): keep the file anyway, or remove it and fail.
    void acceptUnsafe();
    void rejectUnsafe();
    bool awaitingDecision() const { return m_awaiting.has_value(); }
    // The verdict on the contents once they were all written (also when they were refused).
    const std::optional<InspectionResult>& inspection() const { return m_inspection; }

    // Removes NAME.part and its sidecar beside `targetPath` (links themselves, never their targets).
    static void removePart(const QString& targetPath);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void retrying(int attempt, int delayMs, const QString& reason);
    // Said once: what is going on that the user may want to know (a restart from zero...).
    void note(const QString& message);
    // The download goes on from zero although a part was there or kept bytes were written: why.
    void startingOver(const QString& reason);
    // request.askOnUnsafe: the contents were refused; answer with acceptUnsafe() or rejectUnsafe().
    void contentRejected(const Skylight::InspectionResult& inspection);

protected:
    void doAbort() override;

private:
    bool prepare(bool& keep);
    void onSinkOpened(qint64 existing);
    void sendRequest();
    void onResponseStarted(const HttpResponse& head);
    void pump();
    void onWritten(qint64 bytes);
    void onHttpFinished(HttpJob* http);
    void maybeComplete();
    void onSinkFinished(const QByteArray& digest, qint64 size,
                        const std::optional<InspectionResult>& inspection);
    void complete(DownloadOutcome outcome);
    void onSinkFailed(const QString& message);
    void rangesRefused();
    bool endUnconfirmed() const;
    void confirmEnd();
    void startComparePass();
    void restartFromZero(const QString& why, bool counts = true);
    void dropRequest();
    void retryOrFail(const ApiError& error);
    void fail(const ApiError& error, bool keepPart);
    void stopSink();
    // Says how the download ended (skylight.download), then Job::finishWith().
    void finishWith(Result<DownloadOutcome> result);

    QNetworkAccessManager* m_nam;
    DownloadRequest m_request;
    TransportOptions m_options;
    QString m_algorithm;
    std::optional<DownloadFolder> m_folder;
    std::unique_ptr<QFile> m_file;
    QString m_partName;
    QString m_finalName;
    std::unique_ptr<RangeSupport> m_ownRanges;
    RangeSupport* m_ranges;
    QThread m_thread;
    FileSink* m_sink = nullptr;
    QPointer<HttpJob> m_http;
    QTimer m_retryTimer;
    qint64 m_offset = 0;  // bytes in the part when the current request started
    qint64 m_written = 0; // bytes in the part file
    qint64 m_backlog = 0; // read, not yet written
    qint64 m_fetched = 0;
    qint64 m_limit = -1; // no more bytes than this may be in the part (size, Content-Length)
    int m_status = 0;
    int m_attempts = 0;
    int m_freshStarts = 0;
    bool m_resumed = false;
    bool m_httpDone = false;
    bool m_finishing = false;
    bool m_restarting = false; // the current request is being replaced by one from zero
    bool m_cancelled = false;
    // A chunked answer without a size, a checksum or Content-Length: Qt 6.4 may report a body cut
    // before its last chunk as complete, so the end is confirmed by asking for the bytes after it
    // (416 or nothing more: complete), or, where ranges are refused, by a second whole download
    // that must end at the same length.
    bool m_chunked = false;
    bool m_probing = false;
    bool m_comparing = false;
    int m_probes = 0;
    qint64 m_probeStart = 0;
    qint64 m_firstPassBytes = -1;
    QByteArray m_contentMd5;
    std::optional<DownloadOutcome> m_awaiting; // refused contents waiting for a decision
    std::optional<InspectionResult> m_inspection;
};

} // namespace Skylight
