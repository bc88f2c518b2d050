// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "support/faultyfileserver.h"

#include <QRegularExpression>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

namespace Skylight::Test {

FaultyFileServer::FaultyFileServer(QByteArray data, QObject* parent)
    : QTcpServer(parent)
    , m_data(std::move(data))
{
    connect(this, &QTcpServer::newConnection, this, &FaultyFileServer::onNewConnection);
}

bool FaultyFileServer::listenLocal()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl FaultyFileServer::url(const QString& path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(serverPort()).arg(path));
}

void FaultyFileServer::onNewConnection()
{
    while (QTcpSocket* socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            buffer->remove(0, end + 4);
            Request request;
            const QList<QByteArray> first = lines.first().trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                           lines.at(i).mid(colon + 1).trimmed());
            }
            m_requests.append(request);
            answer(socket, request);
        });
    }
}

void FaultyFileServer::answer(QTcpSocket* socket, const Request& request)
{
    const Framing framing = m_framing;
    const auto send = [socket, framing](int status, const QByteArray& reason,
                                        const QList<QByteArray>& headers, const QByteArray& body,
                                        qint64 declaredLength) {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        for (const QByteArray& header : headers)
            head += header + "\r\n";
        const bool data = status == 200 || status == 206;
        if (!data || framing == Framing::ContentLength) {
            head += "Content-Length: " + QByteArray::number(declaredLength) + "\r\nConnection: close\r\n\r\n";
            socket->write(head + body);
        } else if (framing == Framing::UntilClose) {
            socket->write(head + "Connection: close\r\n\r\n" + body);
        } else {
            socket->write(head + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
            for (qsizetype at = 0; at < body.size(); at += 65536) {
                const QByteArray chunk = body.mid(at, 65536);
                socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
            }
            if (framing == Framing::Chunked)
                socket->write("0\r\n\r\n");
        }
        socket->disconnectFromHost();
    };
    if (m_redirectCount > 0) {
        --m_redirectCount;
        send(302, "Found", {"Location: " + m_redirect.toEncoded()}, {}, 0);
        return;
    }
    if (m_unavailableCount > 0) {
        --m_unavailableCount;
        const QByteArray body = "<html><body>503 Service Unavailable</body></html>";
        send(503, "Service Unavailable",
             {"Retry-After: " + QByteArray::number(m_retryAfter), "Content-Type: text/html"}, body,
             body.size());
        return;
    }
    if (m_noContent) {
        send(204, "No Content", {}, {}, 0);
        return;
    }
    qint64 first = 0;
    static const QRegularExpression rangeHeader(u"^bytes=(\\d+)-(\\d*)$"_s); // open or bounded
    const auto range = rangeHeader.match(QString::fromLatin1(request.headers.value("range")));
    const bool ranged = range.hasMatch() && m_ignoreRangeCount == 0;
    if (range.hasMatch() && m_ignoreRangeCount > 0)
        --m_ignoreRangeCount;
    if (ranged && m_refuseRangeCount > 0) {
        --m_refuseRangeCount;
        const QByteArray body =
            m_refuseRangeStatus == 400
                ? QByteArray("<html><body><h1>400 Bad Request</h1>Getting images randomly from "
                             "this store is not supported.</body></html>")
                : QByteArray();
        send(m_refuseRangeStatus, m_refuseRangeStatus == 400 ? "Bad Request" : "Range Not Satisfiable",
             {"Content-Type: text/html"}, body, body.size());
        return;
    }
    if (ranged && range.captured(1).toLongLong() >= m_data.size()) {
        send(416, "Range Not Satisfiable", {"Content-Range: bytes */" + QByteArray::number(m_data.size())},
             {}, 0);
        return;
    }
    qint64 last = m_data.size() - 1;
    if (ranged) {
        first = std::min<qint64>(range.captured(1).toLongLong(), m_data.size());
        if (!range.captured(2).isEmpty())
            last = std::clamp<qint64>(range.captured(2).toLongLong(), first, last);
    }
    QList<QByteArray> headers{"Content-Type: application/octet-stream"};
    if (!m_contentMd5.isEmpty() && !ranged)
        headers.append("Content-MD5: " + m_contentMd5);
    int status = 200;
    if (ranged) {
        status = 206;
        qint64 shownFirst = first;
        if (m_wrongRangeCount > 0) {
            --m_wrongRangeCount;
            shownFirst = first + 1; // not what was asked
        }
        headers.append("Content-Range: bytes " + QByteArray::number(shownFirst) + '-' +
                       QByteArray::number(last) + '/' + QByteArray::number(m_data.size()));
    }
    QByteArray body = ranged ? m_data.mid(first, last - first + 1) : m_data;
    qint64 declared = body.size();
    if (m_extraBytes > 0) {
        body += QByteArray(m_extraBytes, 'x');
        if (m_extraDeclared)
            declared = body.size();
    }
    if (m_cutCount > 0 && m_cutAt >= 0) {
        --m_cutCount;
        body = body.left(m_cutAt);
    }
    m_bodyBytesSent += body.size();
    send(status, status == 206 ? "Partial Content" : "OK", headers, body, declared);
}

} // namespace Skylight::Test
