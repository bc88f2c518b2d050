// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "net/httpjob.h"

#include "image/datasize.h"
#include "net/headerparsing.h"
#include "net/logging.h"
#include "net/serverdetail.h"
#include "net/terminaltext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == u"https"_s ? 443 : 80) == b.port(b.scheme() == u"https"_s ? 443 : 80);
}

QString hostOf(const QUrl& url)
{
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

QString secondsText(std::chrono::milliseconds duration)
{
    return QString::number(static_cast<double>(duration.count()) / 1000.0);
}

QString requestIdOf(const QNetworkReply* reply)
{
    for (const char* name : {"x-openstack-request-id", "X-Compute-Request-Id", "x-request-id"}) {
        const QByteArray value = reply->rawHeader(name);
        if (!value.isEmpty())
            return QString::fromLatin1(value.left(128));
    }
    return {};
}

// One line per exchange, at debug level: never a header's value (but the request id), the body or a
// URL's secrets; the request id escaped (a server's text: no control character reaches the log).
void logExchange(const QByteArray& method, const QUrl& url, const QNetworkReply* reply, qint64 milliseconds)
{
    if (!lcNet().isDebugEnabled())
        return;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QString requestId = requestIdOf(reply);
    qCDebug(lcNet).noquote() << QString::fromLatin1(method) << logSafeUrl(url)
                             << (status.isValid() ? QString::number(status.toInt())
                                                  : u"no answer (%1)"_s.arg(reply->error()))
                             << (requestId.isEmpty() ? u"-"_s : terminalSafe(requestId))
                             << u"%1 ms"_s.arg(milliseconds);
}
} // namespace

HttpJob::HttpJob(QNetworkAccessManager* nam, HttpRequestSpec spec, TransportOptions options, QObject* parent)
    : Job(parent)
    , m_nam(nam)
    , m_spec(std::move(spec))
    , m_options(std::move(options))
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_options.idleTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpJob::onIdleTimeout);
    m_rateTimer.setSingleShot(true);
    m_rateTimer.setInterval(m_options.rateWindow);
    connect(&m_rateTimer, &QTimer::timeout, this, &HttpJob::onRateWindowEnd);
}

HttpJob::~HttpJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpJob::start()
{
    if (isFinished()) // aborted before it started
        return;
    const QUrl& url = m_spec.url;
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
        ApiError error =
            ApiError::make(ApiError::Kind::Network,
                           QCoreApplication::translate("Skylight::HttpJob",
                                                       "The address \"%1\" is not a valid http or https URL.")
                               .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
        finishWith(std::unexpected(error));
        return;
    }
    send(url);
}

void HttpJob::send(const QUrl& url)
{
    m_currentUrl = url;
    m_body.clear();
    m_sentAt.start();

    QNetworkRequest request(url);
    // Over HTTP/2 Qt 6.4 ignores the read-buffer bound: a download would fill memory (httpjob.h).
    if (m_streaming)
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setRawHeader("Accept-Encoding", "identity"); // Qt would otherwise ask for gzip
    request.setRawHeader("User-Agent", "Skylight/" SKYLIGHT_VERSION);
    for (const auto& [name, value] : std::as_const(m_spec.headers))
        request.setRawHeader(name, value);
    if (m_tokenAllowed && !m_spec.authToken.isEmpty())
        request.setRawHeader("X-Auth-Token", m_spec.authToken);

    if (url.scheme() == u"https"_s) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_options.extraCaCertificates.isEmpty()) {
            QList<QSslCertificate> cas = tls.caCertificates();
            cas += m_options.extraCaCertificates;
            tls.setCaCertificates(cas);
        }
        if (m_options.insecure)
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(tls);
    }

    // Qt knows a HEAD answer has no body only when asked through head(); a custom "HEAD" request
    // waits for the body its Content-Length announces (as Glance v1 error answers do).
    if (m_spec.method == "HEAD")
        m_reply = m_nam->head(request);
    else if (m_spec.method == "GET")
        m_reply = m_nam->get(request);
    else
        m_reply = m_nam->sendCustomRequest(request, m_spec.method, m_spec.body);
    m_reply->setReadBufferSize(m_options.readBufferBytes);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::uploadProgress, &m_idleTimer, qOverload<>(&QTimer::start));
    connect(m_reply, &QNetworkReply::metaDataChanged, &m_idleTimer, qOverload<>(&QTimer::start));
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpJob::onHeadersArrived);
    connect(m_reply, &QNetworkReply::requestSent, this, [this] { m_requestSent = true; });
    connect(m_reply, &QNetworkReply::downloadProgress, this, &HttpJob::onDownloadProgress);
    connect(m_reply, &QNetworkReply::uploadProgress, this, &HttpJob::onUploadProgress);
    if (m_streaming)
        connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpJob::onMetaDataChanged);
    m_streamingBody = false;
    m_replyDone = false;
    m_headersArrived = false;
    m_requestSent = false;
    m_seenDownload = 0;
    m_seenUpload = 0;
    m_idleTimer.start();
    restartRateWindow();
}

void HttpJob::onHeadersArrived()
{
    if (m_headersArrived || !m_reply)
        return;
    m_headersArrived = true;
    restartRateWindow(); // from here on, the body is judged
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_spec.method == "HEAD" || status == 204 || status == 304 || !m_reply->hasRawHeader("Content-Length"))
        return;
    // The size is judged before a byte of the body is read: an unreadable one is refused, and a
    // body that would be collected (all but a streamed 2xx) is refused when it announces more
    // than the cap, rather than read up to it.
    const std::optional<qint64> declared = HeaderParsing::contentLength(m_reply->rawHeader("Content-Length"));
    const bool collected = !(m_streaming && status >= 200 && status < 300);
    if (!declared) {
        m_lengthInvalid = true;
        m_invalidLength = QString::fromLatin1(m_reply->rawHeader("Content-Length").left(40));
    } else if (collected && *declared > m_options.maxBodyBytes) {
        m_tooLarge = true;
        m_declaredBytes = *declared;
    }
    // Aborted once Qt is done with this signal (from inside it, Qt reports its error twice); no
    // byte of the body is taken meanwhile (onReadyRead).
    if (m_lengthInvalid || m_tooLarge)
        QMetaObject::invokeMethod(m_reply, &QNetworkReply::abort, Qt::QueuedConnection);
    else if (collected) {
        m_body.reserve(*declared); // no doubling while it grows (at most the cap)
    }
}

// What the network delivered into the reply's buffer, not what the reader took.
void HttpJob::onDownloadProgress(qint64 received)
{
    m_windowBytes += std::max<qint64>(received - m_seenDownload, 0);
    m_seenDownload = received;
}

void HttpJob::onUploadProgress(qint64 sent)
{
    m_windowBytes += std::max<qint64>(sent - m_seenUpload, 0);
    m_seenUpload = sent;
}

void HttpJob::restartRateWindow()
{
    m_windowBytes = 0;
    m_readerWasBehind = readerBehind();
    if (m_options.minBytesPerSecond > 0 && m_options.rateWindow.count() > 0)
        m_rateTimer.start();
}

// The reader is behind: Qt's read buffer is at its bound, so the network waits for us.
bool HttpJob::readerBehind() const
{
    return m_reply && m_streamingBody && m_options.readBufferBytes > 0 &&
           m_reply->bytesAvailable() >= m_options.readBufferBytes;
}

void HttpJob::onRateWindowEnd()
{
    if (!m_reply || m_replyDone)
        return;
    const qint64 floor =
        std::max<qint64>(m_options.minBytesPerSecond * m_options.rateWindow.count() / 1000, 1);
    // A slow reader is not the server's fault: a window in which the buffer was full is not judged.
    // (Before the headers, only an upload counts: Qt does not report header bytes.)
    if (m_readerWasBehind || readerBehind() || m_windowBytes >= floor) {
        restartRateWindow();
        return;
    }
    m_tooSlow = true;
    m_tooSlowBytes = m_windowBytes;
    m_reply->abort();
}

void HttpJob::onMetaDataChanged()
{
    if (!m_reply || m_streamingBody || m_lengthInvalid)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid() || status.toInt() < 200 || status.toInt() >= 300)
        return; // redirects and errors are collected (small) and handled as usual
    m_streamingBody = true;
    HttpResponse head{status.toInt(), m_currentUrl, {}, {}};
    for (const auto& pair : m_reply->rawHeaderPairs())
        head.headers.append({pair.first, pair.second});
    Q_EMIT responseStarted(head);
}

QByteArray HttpJob::read(qint64 maxBytes)
{
    if (!m_reply || !m_streamingBody)
        return {};
    if (readerBehind())
        m_readerWasBehind = true;
    // QIODevice::read(n) allocates n bytes and keeps that capacity however few it reads: over TLS
    // (16 KiB records) 1 MiB chunks holding 16 KiB each made the download's backlog hundreds of MB.
    const QByteArray chunk = m_reply->read(std::min(maxBytes, m_reply->bytesAvailable()));
    m_streamed += chunk.size();
    m_idleTimer.start(); // the reader's pace counts as progress
    if (m_replyDone && m_reply->bytesAvailable() == 0)
        QMetaObject::invokeMethod(this, &HttpJob::completeStream, Qt::QueuedConnection);
    return chunk;
}

qint64 HttpJob::bytesAvailable() const
{
    return m_reply && m_streamingBody ? m_reply->bytesAvailable() : 0;
}

void HttpJob::completeStream()
{
    if (m_reply && m_replyDone && m_reply->bytesAvailable() == 0)
        onReplyFinished();
}

void HttpJob::onReadyRead()
{
    m_idleTimer.start();
    if (!m_reply || m_tooLarge || m_lengthInvalid)
        return;
    if (m_streamingBody) {
        Q_EMIT bodyAvailable();
        return;
    }
    // Checked before the bytes are appended: the body never grows past the cap.
    if (m_body.size() + m_reply->bytesAvailable() > m_options.maxBodyBytes) {
        m_tooLarge = true;
        m_body = QByteArray();
        m_reply->abort();
        return;
    }
    m_body += m_reply->readAll();
}

void HttpJob::onIdleTimeout()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
}

void HttpJob::doAbort()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort(); // ApiJob::abort() ends the job Cancelled if the reply did not
}

void HttpJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    // A streamed body still in the buffer: finished once the reader has taken it all.
    // (Also after a connection loss: what did arrive is worth keeping for a resume.)
    if (m_streamingBody && !m_cancelled && !m_timedOut && !m_tooSlow && reply->bytesAvailable() > 0) {
        m_replyDone = true;
        m_rateTimer.stop();
        Q_EMIT bodyAvailable();
        return;
    }
    m_idleTimer.stop();
    m_rateTimer.stop();
    logExchange(m_spec.method, m_currentUrl, reply, m_sentAt.elapsed());
    reply->deleteLater();
    m_reply = nullptr;
    if (isFinished())
        return;
    if (!m_tooLarge && !m_lengthInvalid && !m_streamingBody && reply->isOpen()) {
        if (m_body.size() + reply->bytesAvailable() > m_options.maxBodyBytes) {
            m_tooLarge = true;
            m_body = QByteArray();
        } else {
            m_body += reply->readAll();
        }
    }

    const QString where = hostOf(m_currentUrl);
    if (m_cancelled) {
        finishWith(std::unexpected(cancelledError()));
        return;
    }
    if (m_timedOut) {
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_options.idleTimeout).count();
        if (!m_headersArrived) { // Qt 6.4 shows no header bytes: nothing, or headers without end (httpjob.h)
            finishWith(std::unexpected(ApiError::make(
                ApiError::Kind::Timeout,
                QCoreApplication::translate("Skylight::HttpJob",
                                            "%1 did not complete its response headers within %2 s of the "
                                            "request (it sent nothing, or headers that never end): the "
                                            "request timed out. Check the network or raise --timeout.")
                    .arg(where)
                    .arg(seconds))));
            return;
        }
        finishWith(std::unexpected(ApiError::make(
            ApiError::Kind::Timeout,
            QCoreApplication::translate(
                "Skylight::HttpJob",
                "%1 sent nothing for %2 s: the request timed out. Check the network or raise --timeout.")
                .arg(where)
                .arg(seconds))));
        return;
    }
    if (m_tooSlow) {
        finishWith(std::unexpected(tooSlowError()));
        return;
    }
    if (m_lengthInvalid) {
        finishWith(std::unexpected(ApiError::make(
            ApiError::Kind::BadPayload,
            QCoreApplication::translate("Skylight::HttpJob",
                                        "%1 announced an invalid size (Content-Length \"%2\"): the response "
                                        "cannot be read reliably; refused.")
                .arg(where, m_invalidLength))));
        return;
    }
    if (m_tooLarge && m_declaredBytes >= 0) {
        finishWith(std::unexpected(ApiError::make(
            ApiError::Kind::BadPayload,
            QCoreApplication::translate("Skylight::HttpJob",
                                        "The response from %1 announces %2, more than the %3 MB any image "
                                        "listing needs: refused without reading it.")
                .arg(where, dataSizeText(m_declaredBytes))
                .arg(m_options.maxBodyBytes / (1024 * 1024)))));
        return;
    }
    if (m_tooLarge) {
        finishWith(std::unexpected(ApiError::make(
            ApiError::Kind::BadPayload,
            QCoreApplication::translate(
                "Skylight::HttpJob",
                "The response from %1 is larger than %2 MB, more than any image listing needs: refused.")
                .arg(where)
                .arg(m_options.maxBodyBytes / (1024 * 1024)))));
        return;
    }

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        finishWith(std::unexpected(networkError(reply->error(), reply->errorString())));
        return;
    }
    const int status = statusAttribute.toInt();
    RawHeaderList headers;
    for (const auto& pair : reply->rawHeaderPairs())
        headers.append({pair.first, pair.second});

    const bool redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    if (redirect) {
        // Qt's LocationHeader drops relative references: the raw value, resolved here.
        m_redirectLocation =
            HeaderParsing::location(reply->rawHeader("Location"), m_currentUrl).value_or(QUrl());
        if (followRedirect(status))
            return;
    }
    if (status >= 400) {
        ApiError error = ApiError::fromHttpStatus(
            status, serverDetail(m_body, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()));
        error.requestId = requestIdOf(reply);
        if (const auto retryAfter = HeaderParsing::retryAfterSeconds(reply->rawHeader("Retry-After"),
                                                                     QDateTime::currentDateTimeUtc()))
            error.retryAfterSeconds = *retryAfter;
        finishWith(std::unexpected(error));
        return;
    }
    if (std::optional<ApiError> broken = bodyEndError(reply, status)) {
        finishWith(std::unexpected(*broken));
        return;
    }
    // Other 3xx (Glance's 300 version document) are answers, not redirects.
    finishWith(HttpResponse{status, m_currentUrl, std::move(headers), std::move(m_body)});
}

// Whether the body of a (non-error) answer arrived whole. Qt 6.4 may report success for a body
// cut short (httpjob.h): a Content-Length is checked against what arrived, and a connection
// error after the headers is a failure even without one.
std::optional<ApiError> HttpJob::bodyEndError(const QNetworkReply* reply, int status) const
{
    if (m_spec.method == "HEAD" || status == 204 || status == 304)
        return std::nullopt;
    const QString where = hostOf(m_currentUrl);
    // An unreadable Content-Length was refused with the headers (onHeadersArrived).
    const std::optional<qint64> declared = HeaderParsing::contentLength(reply->rawHeader("Content-Length"));
    const qint64 received = m_streamingBody ? m_streamed : m_body.size();
    if (declared) {
        if (*declared == received)
            return std::nullopt;
        return ApiError::make(
            ApiError::Kind::Network,
            QCoreApplication::translate("Skylight::HttpJob",
                                        "%1 closed the connection early: %2 of %3 bytes arrived.")
                .arg(where)
                .arg(received)
                .arg(*declared));
    }
    const bool chunked = reply->rawHeader("Transfer-Encoding").toLower().contains("chunked");
    // Qt 6.4 ends a chunked body at the first chunk size it cannot read (garbage, an overflow) as
    // if it were the final chunk, without an error: a collected answer with no data at all is
    // that, or a body cut before its first chunk.
    if (chunked && !m_streamingBody && received == 0 && status >= 200 && status < 300)
        return ApiError::make(ApiError::Kind::BadPayload,
                              QCoreApplication::translate("Skylight::HttpJob",
                                                          "%1 sent a chunked response without any data: its "
                                                          "chunked encoding was malformed or cut short.")
                                  .arg(where));
    // Errors below 100 are the connection's (those above mirror an HTTP status, handled before).
    const int error = reply->error();
    if (error == QNetworkReply::NoError || error >= QNetworkReply::ProxyConnectionRefusedError)
        return std::nullopt;
    if (chunked && error == QNetworkReply::RemoteHostClosedError)
        return ApiError::make(ApiError::Kind::Network,
                              QCoreApplication::translate("Skylight::HttpJob",
                                                          "%1 closed the connection before the end of the "
                                                          "response (chunked body without its final chunk).")
                                  .arg(where));
    return networkError(error, reply->errorString());
}

ApiError HttpJob::tooSlowError() const
{
    const QString where = hostOf(m_currentUrl);
    if (!m_headersArrived)
        return ApiError::make(
            ApiError::Kind::Timeout,
            QCoreApplication::translate(
                "Skylight::HttpJob",
                "%1 did not send the response headers within %2 s: the server is too slow; giving up.")
                .arg(where, secondsText(m_options.rateWindow)));
    return ApiError::make(
        ApiError::Kind::Timeout,
        QCoreApplication::translate(
            "Skylight::HttpJob",
            "%1 sent only %2 in the last %3 s (under %4/s): the transfer is too slow; giving up.")
            .arg(where, dataSizeText(m_tooSlowBytes), secondsText(m_options.rateWindow),
                 dataSizeText(m_options.minBytesPerSecond)));
}

bool HttpJob::followRedirect(int status)
{
    const QUrl target = m_currentUrl.resolved(m_redirectLocation);
    if (m_redirectLocation.isEmpty() || !target.isValid()) {
        finishWith(std::unexpected(ApiError::make(
            ApiError::Kind::BadPayload,
            QCoreApplication::translate("Skylight::HttpJob",
                                        "%1 answered with a redirect (HTTP %2) but no usable Location.")
                .arg(hostOf(m_currentUrl))
                .arg(status))));
        return true;
    }
    if (++m_redirects > m_options.maxRedirects) {
        finishWith(std::unexpected(
            ApiError::make(ApiError::Kind::BadPayload,
                           QCoreApplication::translate("Skylight::HttpJob",
                                                       "Too many redirects (more than %1), starting at %2.")
                               .arg(m_options.maxRedirects)
                               .arg(hostOf(m_spec.url)))));
        return true;
    }
    if (target.scheme() != u"http"_s && target.scheme() != u"https"_s) {
        finishWith(std::unexpected(
            ApiError::make(ApiError::Kind::BadPayload,
                           QCoreApplication::translate("Skylight::HttpJob",
                                                       "Refused a redirect to the unsupported scheme \"%1\".")
                               .arg(target.scheme()))));
        return true;
    }
    if (m_currentUrl.scheme() == u"https"_s && target.scheme() == u"http"_s) {
        finishWith(std::unexpected(ApiError::make(
            ApiError::Kind::Tls, QCoreApplication::translate(
                                     "Skylight::HttpJob", "Refused a redirect from https to plain http (%1).")
                                     .arg(hostOf(target)))));
        return true;
    }
    // Once the exchange has left the original origin, the token stays behind for good.
    if (!sameOrigin(target, m_spec.url))
        m_tokenAllowed = false;
    if (status == 303 || ((status == 301 || status == 302) && m_spec.method == "POST")) {
        m_spec.method = QByteArrayLiteral("GET");
        m_spec.body.clear();
    }
    // A body with secrets follows only to the same origin.
    if (!m_tokenAllowed)
        m_spec.body.clear();
    send(target);
    return true;
}

ApiError HttpJob::networkError(int qtError, const QString& qtMessage) const
{
    const QString where = hostOf(m_currentUrl);
    switch (static_cast<QNetworkReply::NetworkError>(qtError)) {
    case QNetworkReply::ConnectionRefusedError:
        // Qt 6.4 reports a connection reset (RST) after the request as "refused" as well.
        if (m_requestSent)
            return ApiError::make(ApiError::Kind::Network,
                                  QCoreApplication::translate("Skylight::HttpJob",
                                                              "%1 reset the connection after the request was "
                                                              "sent, before answering.")
                                      .arg(where));
        return ApiError::make(
            ApiError::Kind::Network,
            QCoreApplication::translate(
                "Skylight::HttpJob",
                "%1 refused the connection: check the endpoint URL and that the service is running.")
                .arg(where));
    case QNetworkReply::HostNotFoundError:
        return ApiError::make(
            ApiError::Kind::Network,
            QCoreApplication::translate("Skylight::HttpJob",
                                        "The host %1 was not found: check the endpoint URL and your DNS.")
                .arg(where));
    case QNetworkReply::TimeoutError:
        return ApiError::make(
            ApiError::Kind::Timeout,
            QCoreApplication::translate("Skylight::HttpJob", "The connection to %1 timed out.").arg(where));
    case QNetworkReply::OperationCanceledError:
        return ApiError::make(ApiError::Kind::Cancelled,
                              QCoreApplication::translate("Skylight::HttpJob", "Cancelled."));
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::make(
            ApiError::Kind::Tls,
            QCoreApplication::translate(
                "Skylight::HttpJob",
                "The secure connection to %1 failed (%2). Check the certificate, or pass --cacert.")
                .arg(where, qtMessage));
    default:
        return ApiError::make(
            ApiError::Kind::Network,
            QCoreApplication::translate("Skylight::HttpJob", "Network error talking to %1: %2.")
                .arg(where, qtMessage));
    }
}

} // namespace Skylight
