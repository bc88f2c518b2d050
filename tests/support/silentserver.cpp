// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "support/silentserver.h"

#include <QUrl>

namespace Skylight::Test {

SilentServer::SilentServer(QObject* parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &SilentServer::onNewConnection);
}

bool SilentServer::listenLocal()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl SilentServer::url(const QString& path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(serverPort());
    url.setPath(path);
    return url;
}

void SilentServer::onNewConnection()
{
    while (QTcpSocket* socket = nextPendingConnection()) {
        m_sockets.append(socket);
        if (m_immediately && !m_reply.isEmpty()) {
            socket->write(m_reply);
            socket->flush();
            socket->disconnectFromHost();
            continue;
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            m_received += socket->readAll();
            if (!m_reply.isEmpty() && m_received.contains("\r\n\r\n")) {
                socket->write(m_reply);
                socket->flush();
                socket->disconnectFromHost();
            }
        });
    }
}

} // namespace Skylight::Test
