#pragma once

#include "apijob.h"
#include "httprequestspec.h"
#include "httpresponse.h"
#include "result.h"
#include "transportoptions.h"

#include <QPointer>
#include <QTimer>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Skylight {

// One HTTP exchange over an injected QNetworkAccessManager, with the project's safety rules:
// redirects followed by hand (the token never crosses to another origin, no https->http
// downgrade), `Accept-Encoding: identity`, an idle timeout, a bounded read buffer and a cap on
// the body size. Statuses >= 400 end as an ApiError with the request id.
class HttpJob : public ApiJob
{
    Q_OBJECT
public:
    HttpJob(QNetworkAccessManager* nam, HttpRequestSpec spec, TransportOptions options,
            QObject* parent = nullptr);
    ~HttpJob() override;

    // Sends the request. The result arrives through finished(), never synchronously.
    void start();
    const Result<HttpResponse>& result() const { return *m_result; }

    // Streaming (downloads): the body of the final 2xx answer is not collected nor capped; the
    // caller reads it with read() when bodyAvailable() says so, at its own pace (Qt's read buffer
    // stays bounded, so a slow reader slows the transfer instead of filling memory: unbounded, a
    // 1 GiB download peaked at 210 MB RSS here). finished() then comes once the whole body was
    // read, also after a connection loss, so that every byte that arrived is kept. (Qt 6.4 drops
    // what it had not yet taken from the socket when the peer closes: a resume fetches it again.)
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
    void finishWith(Result<HttpResponse> result);
    ApiError networkError(int qtError, const QString& qtMessage) const;
    bool followRedirect(int status);

    QNetworkAccessManager* m_nam;
    HttpRequestSpec m_spec;
    TransportOptions m_options;
    QPointer<QNetworkReply> m_reply;
    QTimer m_idleTimer;
    QUrl m_currentUrl;
    QUrl m_redirectLocation;
    QByteArray m_body;
    int m_redirects = 0;
    bool m_tokenAllowed = true;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_streaming = false;
    bool m_streamingBody = false; // the current reply is the final 2xx answer, being streamed
    bool m_replyDone = false;     // ...and the network side is done; the rest is in the buffer
    qint64 m_streamed = 0;
    std::optional<Result<HttpResponse>> m_result;
};

} // namespace Skylight
