// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "support/tricklingserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace Skylight::Test {

TricklingServer::TricklingServer(QObject* parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &TricklingServer::onNewConnection);
}

bool TricklingServer::listenLocal()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl TricklingServer::url(const QString& path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(serverPort());
    url.setPath(path);
    return url;
}

void TricklingServer::onNewConnection()
{
    while (QTcpSocket* socket = nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_pending.remove(socket); });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            QByteArray* request = &m_pending[socket];
            *request += socket->readAll();
            if (!request->contains("\r\n\r\n"))
                return;
            const QByteArray path = request->split(' ').value(1);
            request->clear();
            ++m_requests;
            if (m_json.contains(path)) {
                const QByteArray& json = m_json[path];
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                              QByteArray::number(json.size()) + "\r\n\r\n" + json);
                return;
            }
            const QByteArray all = m_head + m_body;
            if (m_stepBytes <= 0) {
                socket->write(all);
                m_bytesSent += all.size();
                if (m_closeAtEnd)
                    socket->disconnectFromHost();
                return;
            }
            qint64 sent = 0;
            if (!m_trickleHead) {
                socket->write(m_head);
                sent = m_head.size();
                m_bytesSent += sent;
            }
            auto* timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [this, socket, timer, all, sent]() mutable {
                const QByteArray step = all.mid(sent, m_stepBytes);
                socket->write(step);
                sent += step.size();
                m_bytesSent += step.size();
                if (sent < all.size())
                    return;
                timer->stop();
                if (m_closeAtEnd)
                    socket->disconnectFromHost();
            });
            timer->start(m_intervalMs);
        });
    }
}

} // namespace Skylight::Test
