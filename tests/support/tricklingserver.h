// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QHash>
#include <QTcpServer>
#include <QUrl>

namespace Skylight::Test {

// A raw HTTP server on 127.0.0.1 for answers that are slow or end badly, as Qt HttpServer cannot
// send them: every request gets `head` (status line and headers, ending with an empty line) and
// then `body`, all at once or a few bytes at a time (a trickle), and then the connection is
// closed or kept open.
class TricklingServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit TricklingServer(QObject* parent = nullptr);

    bool listenLocal();
    QUrl url(const QString& path = QStringLiteral("/v2/images/img/file")) const;

    void setAnswer(const QByteArray& head, const QByteArray& body, bool closeAtEnd = true)
    {
        m_head = head, m_body = body, m_closeAtEnd = closeAtEnd;
    }
    // `stepBytes` bytes every `intervalMs` ms: of the body, or of the head and then the body.
    void setTrickle(int stepBytes, int intervalMs, bool trickleHead = false)
    {
        m_stepBytes = stepBytes, m_intervalMs = intervalMs, m_trickleHead = trickleHead;
    }

    // A path answered at once with this JSON instead (the connection stays open).
    void setJsonAt(const QByteArray& path, const QByteArray& json) { m_json.insert(path, json); }

    int requests() const { return m_requests; }
    qint64 bytesSent() const { return m_bytesSent; }

private:
    void onNewConnection();

    QByteArray m_head;
    QByteArray m_body;
    QHash<QByteArray, QByteArray> m_json;
    QHash<QObject*, QByteArray> m_pending; // each connection's request, until its headers are whole
    bool m_closeAtEnd = true;
    int m_stepBytes = 0;
    int m_intervalMs = 0;
    bool m_trickleHead = false;
    int m_requests = 0;
    qint64 m_bytesSent = 0;
};

} // namespace Skylight::Test
