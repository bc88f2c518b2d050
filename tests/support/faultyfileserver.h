// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace Skylight::Test {

// A file server on 127.0.0.1 written at the socket level, so that it can misbehave in the ways
// downloads meet: cut the connection part-way, send less than Content-Length, ignore Range or
// answer it with a wrong Content-Range, answer 503 with Retry-After, redirect elsewhere. Serves
// `data` at any path; records each request's headers and how many body bytes it sent.
class FaultyFileServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
    };

    explicit FaultyFileServer(QByteArray data, QObject* parent = nullptr);

    bool listenLocal();
    QUrl url(const QString& path = QStringLiteral("/v2/images/img/file")) const;

    // Faults, each for the next `count` requests.
    void cutAfter(qint64 bodyBytes, int count = 1) { m_cutAt = bodyBytes, m_cutCount = count; }
    void sendShortBody(qint64 bodyBytes, int count = 1) { cutAfter(bodyBytes, count); }
    void ignoreRange(int count = 1) { m_ignoreRangeCount = count; }
    void wrongContentRange(int count = 1) { m_wrongRangeCount = count; }
    void unavailable(int retryAfterSeconds, int count = 1)
    {
        m_retryAfter = retryAfterSeconds, m_unavailableCount = count;
    }
    void redirectTo(const QUrl& target, int count = 1) { m_redirect = target, m_redirectCount = count; }
    void setContentMd5(const QByteArray& value) { m_contentMd5 = value; }
    void setNoContent(bool noContent) { m_noContent = noContent; }
    // A Range request answered with `status` (400 as Glance over swift/rbd does, 416...).
    void refuseRange(int status, int count = 1) { m_refuseRangeStatus = status, m_refuseRangeCount = count; }
    // `bytes` more than the image after its data; declared in Content-Length or not.
    void sendExtra(qint64 bytes, bool declared) { m_extraBytes = bytes, m_extraDeclared = declared; }
    // The body without Content-Length: chunked (ending with the final chunk or not), or until close.
    enum class Framing
    {
        ContentLength,
        Chunked,
        ChunkedWithoutLastChunk,
        UntilClose,
    };
    void setFraming(Framing framing) { m_framing = framing; }

    const QList<Request>& requests() const { return m_requests; }
    qint64 bodyBytesSent() const { return m_bodyBytesSent; }

private:
    void onNewConnection();
    void answer(QTcpSocket* socket, const Request& request);

    QByteArray m_data;
    QList<Request> m_requests;
    qint64 m_bodyBytesSent = 0;
    qint64 m_cutAt = -1;
    int m_cutCount = 0;
    int m_ignoreRangeCount = 0;
    int m_wrongRangeCount = 0;
    int m_retryAfter = 0;
    int m_unavailableCount = 0;
    QUrl m_redirect;
    int m_redirectCount = 0;
    QByteArray m_contentMd5;
    bool m_noContent = false;
    int m_refuseRangeStatus = 0;
    int m_refuseRangeCount = 0;
    qint64 m_extraBytes = 0;
    bool m_extraDeclared = false;
    Framing m_framing = Framing::ContentLength;
};

} // namespace Skylight::Test
