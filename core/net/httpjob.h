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

protected:
    void doAbort() override;

private:
    void send(const QUrl& url);
    void onReadyRead();
    void onReplyFinished();
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
    std::optional<Result<HttpResponse>> m_result;
};

} // namespace Skylight
