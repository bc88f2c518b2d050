// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "peer/cuttingproxy.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Skylight::Test {

namespace {
constexpr qint64 kUpstreamBuffer = 64 * 1024; // a held answer backs up into the server's socket

// One client connection and its connection to the server.
struct Pipe
{
    QTcpSocket* client = nullptr;
    QTcpSocket* server = nullptr;
    QByteArray requestHead;
    bool requestSent = false;
    QByteArray responseHead;
    bool responseStarted = false;
    int serial = 0;
    qint64 allowance = -1; // body bytes still to forward before holding; -1: no limit
    bool held = false;
};

QByteArray headerValue(const QList<QByteArray>& lines, const QByteArray& name)
{
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}
} // namespace

CuttingProxy::CuttingProxy(const QUrl& upstream, QObject* parent)
    : QObject(parent)
    , m_upstream(upstream)
{
    connect(&m_server, &QTcpServer::newConnection, this, &CuttingProxy::onNewConnection);
}

bool CuttingProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl CuttingProxy::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

QList<CuttingProxy::Exchange> CuttingProxy::fileExchanges() const
{
    QList<Exchange> files;
    for (const Exchange& exchange : m_exchanges)
        if (exchange.path.endsWith("/file"))
            files.append(exchange);
    return files;
}

QString CuttingProxy::describe(const QList<Exchange>& exchanges)
{
    QStringList lines;
    for (const Exchange& exchange : exchanges)
        lines.append(u"%1 %2%3 -> %4"_s.arg(
            QString::fromLatin1(exchange.method), QString::fromLatin1(exchange.path),
            exchange.range.isEmpty() ? QString()
                                     : u" (Range: "_s + QString::fromLatin1(exchange.range) + u')',
            exchange.status ? QString::number(exchange.status) : u"no answer"_s));
    return lines.join(u"; "_s);
}

void CuttingProxy::onNewConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        auto pipe = std::make_shared<Pipe>();
        pipe->client = client;
        pipe->server = new QTcpSocket(client);
        pipe->server->setReadBufferSize(kUpstreamBuffer);

        // Client to server: the request head once complete (Connection: close instead of the
        // client's choice), then any body bytes as they come.
        const auto forwardRequest = [this, pipe] {
            if (pipe->server->state() != QAbstractSocket::ConnectedState)
                return; // sent once connected
            const QByteArray data = pipe->client->readAll();
            if (pipe->requestSent) {
                pipe->server->write(data);
                return;
            }
            pipe->requestHead += data;
            const qsizetype end = pipe->requestHead.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray rest = pipe->requestHead.mid(end + 4);
            QList<QByteArray> lines = pipe->requestHead.left(end).split('\n');
            for (QByteArray& line : lines)
                line = line.trimmed();
            const QList<QByteArray> requestLine = lines.value(0).split(' ');
            Exchange exchange{.method = requestLine.value(0),
                              .path = requestLine.value(1),
                              .range = headerValue(lines, "Range"),
                              .serial = ++m_serial};
            pipe->serial = exchange.serial;
            if (m_holdAfter >= 0 && exchange.method == "GET" && exchange.path.endsWith("/file")) {
                pipe->allowance = m_holdAfter;
                m_holdAfter = -1;
            }
            m_exchanges.append(exchange);
            QByteArray head = lines.value(0) + "\r\n";
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray name = lines.at(i).left(lines.at(i).indexOf(':')).trimmed().toLower();
                if (!lines.at(i).isEmpty() && name != "connection" && name != "keep-alive")
                    head += lines.at(i) + "\r\n";
            }
            head += "Connection: close\r\n\r\n";
            pipe->requestSent = true;
            pipe->server->write(head + rest);
        };

        // Server to client: the status goes to the log; the body is forwarded up to the
        // allowance, then held (nothing more is read from the server).
        const auto forwardResponse = [this, pipe] {
            if (pipe->held)
                return;
            QByteArray data = pipe->server->read(kUpstreamBuffer);
            if (!pipe->responseStarted) {
                pipe->responseHead += data;
                const qsizetype end = pipe->responseHead.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const int status =
                    pipe->responseHead.left(pipe->responseHead.indexOf('\r')).split(' ').value(1).toInt();
                for (Exchange& exchange : m_exchanges)
                    if (exchange.serial == pipe->serial)
                        exchange.status = status;
                pipe->client->write(pipe->responseHead.left(end + 4));
                data = pipe->responseHead.mid(end + 4);
                pipe->responseStarted = true;
            }
            if (pipe->allowance >= 0) {
                data.truncate(std::min<qint64>(data.size(), pipe->allowance));
                pipe->allowance -= data.size();
                if (pipe->allowance == 0) {
                    pipe->held = true;
                    m_holding = true;
                }
            }
            pipe->client->write(data);
        };

        connect(pipe->server, &QTcpSocket::connected, client, forwardRequest);
        connect(client, &QTcpSocket::readyRead, client, forwardRequest);
        connect(pipe->server, &QTcpSocket::readyRead, client, [pipe, forwardResponse] {
            while (!pipe->held && pipe->server->bytesAvailable() > 0)
                forwardResponse();
        });
        connect(pipe->server, &QTcpSocket::disconnected, client, [pipe, forwardResponse] {
            while (!pipe->held && pipe->server->bytesAvailable() > 0)
                forwardResponse();
            if (!pipe->held)
                pipe->client->disconnectFromHost();
        });
        connect(pipe->server, &QTcpSocket::errorOccurred, client, [pipe](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                pipe->client->abort();
        });
        connect(client, &QTcpSocket::disconnected, this, [this, pipe] {
            if (pipe->held)
                m_holding = false;
            pipe->server->abort();
            pipe->client->deleteLater(); // and the server socket, its child
        });
        pipe->server->connectToHost(m_upstream.host(), static_cast<quint16>(m_upstream.port()));
    }
}

} // namespace Skylight::Test
