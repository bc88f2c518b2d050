// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace Skylight::Test {

// A TCP server on 127.0.0.1 that accepts connections, records what arrives and never answers:
// the peer every timeout test needs. With a canned reply set, it sends that instead (for
// responses Qt HttpServer cannot produce, such as a body cut short).
class SilentServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit SilentServer(QObject* parent = nullptr);

    bool listenLocal();
    QUrl url(const QString& path = QString()) const;
    QByteArray received() const { return m_received; }
    // Sends `reply` once the request headers arrived (or at once, for non-HTTP peers), then closes.
    void setCannedReply(const QByteArray& reply, bool immediately = false)
    {
        m_reply = reply;
        m_immediately = immediately;
    }

private:
    void onNewConnection();

    QList<QPointer<QTcpSocket>> m_sockets;
    QByteArray m_received;
    QByteArray m_reply;
    bool m_immediately = false;
};

} // namespace Skylight::Test
