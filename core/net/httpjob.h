// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "net/httprequestspec.h"
#include "net/httpresponse.h"
#include "net/job.h"
#include "net/transportoptions.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Skylight {

// One HTTP exchange over an injected QNetworkAccessManager, with the project's safety rules:
// redirects followed by hand (the token never crosses to another origin, no https->http
// downgrade), `Accept-Encoding: identity`, an idle timeout, a floor rate (TransportOptions), a
// bounded read buffer and a cap on the body size. Statuses >= 400 end as an ApiError with the
// request id.
//
// The floor rate (TransportOptions::minBytesPerSecond over rateWindow) ends what the idle timeout
// cannot: a server trickling a byte now and then. It counts the bytes the network delivered into
// Qt's buffer (downloadProgress, and uploadProgress), not the reader's pace; a window in which a
// streaming reader left that buffer full is not judged. Qt reports no header bytes, so the
// headers must arrive within one window; the body window starts with them.
//
// Response headers have no size cap Skylight can apply, and this is why (Qt 6.4.2, read in
// qhttpnetworkreply.cpp and measured): QHttpNetworkReplyPrivate::readHeader, in the network
// thread, reads the socket one byte at a time into one buffer until an empty line, with no limit
// (QHttpHeaderParser's field limits apply only once the block has ended); until then the reply
// emits nothing (no metaDataChanged, readyRead, downloadProgress), and no public API exposes the
// socket or a byte count (requestSent, socketStartedConnecting and encrypted say nothing of
// bytes). Seeing those bytes would take an HTTP client of our own. So a header that never ends is
// bounded by time: the idle timeout (--timeout, 30 s) runs from the request until the headers
// end, and its message says that the headers did not complete rather than "sent nothing" (the
// two cannot be told apart). Memory is Qt's header buffer: Qt's byte-wise reading makes it grow
// at about the rate tests/bench/memory-bench.sh prints for the flood (there: see the figures in
// that script's output), and it is freed with the reply.
//
// The body cap (TransportOptions::maxBodyBytes) is checked before a byte is buffered: a declared
// Content-Length above it is refused with the headers, unread; without one, the running count is
// checked before each append; a declared size is reserved at once (no doubling as it grows). An
// unreadable Content-Length (negative, garbage, overflowing, two different values) is refused.
//
// The end of a body, as Qt 6.4.2 reports it (measured with a raw server on 127.0.0.1): when the
// peer closes before Content-Length bytes, or before the final `0\r\n\r\n` of a chunked body
// (after a whole chunk, inside a chunk or inside a chunk-size line alike), the reply finishes
// with RemoteHostClosedError in some runs and with NoError in the others, at random and with the
// same headers, bytes and signals (no errorOccurred, no later error); bounded or unbounded read
// buffer alike. So a Content-Length is always checked against the bytes that arrived, and a
// connection error after the headers always fails the exchange (a chunked body: "without its
// final chunk"); a chunked body cut short that Qt reports as complete cannot be told apart from a
// whole one (downloads still check the image's size and checksum; a cut JSON body fails to parse).
//
// HTTP/2: over https Qt negotiates HTTP/2 when the server offers it, and there Qt 6.4 does not
// honour the reply's read-buffer bound (a slow reader of a 64 MiB file from nginx saw 25 MB
// buffered and 121 MB peak RSS, against 1 MiB and 21 MB over HTTP/1.1; 1.5 GiB peaked at
// 498 MB). Streaming requests therefore set Http2AllowedAttribute to false: Qt 6.4.2 honours it
// (Http2WasUsedAttribute false against nginx `listen ... ssl http2`; the TLS hello then offers
// no ALPN protocol at all). Metadata requests may still use HTTP/2.
class HttpJob : public Job<HttpResponse>
{
    Q_OBJECT
public:
    HttpJob(QNetworkAccessManager* nam, HttpRequestSpec spec, TransportOptions options,
            QObject* parent = nullptr);
    ~HttpJob() override;

    // Sends the request. The result arrives through finished(), never synchronously.
    void start();

    // Streaming (downloads): the body of the final 2xx answer is not collected nor capped; the
    // caller reads it with read() when bodyAvailable() says so, at its own pace (Qt's read buffer
    // stays bounded, so a slow reader slows the transfer instead of filling memory: unbounded, a
    // 1 GiB download peaked at 210 MB RSS here). finished() then comes once the whole body was
    // read, also after a connection loss, so that every byte that arrived is kept. (Qt 6.4 drops
    // what it had not yet taken from the socket when the peer closes: a resume fetches it again.)
    // Streaming asks over HTTP/1.1 (see above).
    void setStreaming(bool streaming) { m_streaming = streaming; }
    QByteArray read(qint64 maxBytes);
    qint64 bytesAvailable() const;
    qint64 bytesStreamed() const { return m_streamed; }

Q_SIGNALS:
    // The final answer's status line and headers (after redirects), before its body.
    void responseStarted(const Skylight::HttpResponse& head);
    void bodyAvailable();

protected:
    void doAbort() override;

private:
    void send(const QUrl& url);
    void onReadyRead();
    void onReplyFinished();
    void onMetaDataChanged();
    void completeStream();
    void onIdleTimeout();
    void onHeadersArrived();
    void onDownloadProgress(qint64 received);
    void onUploadProgress(qint64 sent);
    void restartRateWindow();
    void onRateWindowEnd();
    bool readerBehind() const;
    std::optional<ApiError> bodyEndError(const QNetworkReply* reply, int status) const;
    ApiError tooSlowError() const;
    ApiError networkError(int qtError, const QString& qtMessage) const;
    bool followRedirect(int status);

    QNetworkAccessManager* m_nam;
    HttpRequestSpec m_spec;
    TransportOptions m_options;
    QPointer<QNetworkReply> m_reply;
    QTimer m_idleTimer;
    QTimer m_rateTimer;        // one floor-rate window
    qint64 m_windowBytes = 0;  // bytes moved (down and up) in the current window
    qint64 m_seenDownload = 0; // the reply's downloadProgress and uploadProgress so far
    qint64 m_seenUpload = 0;
    bool m_readerWasBehind = false; // the read buffer was full during this window: not judged
    bool m_headersArrived = false;
    bool m_requestSent = false; // Qt said the request went out: the connection was made
    QUrl m_currentUrl;
    QElapsedTimer m_sentAt; // for the log
    QUrl m_redirectLocation;
    QByteArray m_body;
    int m_redirects = 0;
    bool m_tokenAllowed = true;
    bool m_timedOut = false;
    bool m_tooSlow = false;
    qint64 m_tooSlowBytes = 0;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    qint64 m_declaredBytes = -1;  // the Content-Length that made it too large, or -1
    bool m_lengthInvalid = false; // an unreadable Content-Length was refused...
    QString m_invalidLength;      // ...this one
    bool m_streaming = false;
    bool m_streamingBody = false; // the current reply is the final 2xx answer, being streamed
    bool m_replyDone = false;     // ...and the network side is done; the rest is in the buffer
    qint64 m_streamed = 0;
};

} // namespace Skylight
