// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

namespace Skylight::Test {

// A loopback HTTP forwarder to one server, to cut downloads from a real service where the test
// says. Each connection carries one request (the server is asked to close after its answer), and
// every exchange is logged: method, path, Range header, status. On demand, the next answer to a
// GET of image data (a path ending in /file) is held after a number of body bytes: the rest is
// not forwarded and the connection stays open and silent until the client goes away.
class CuttingProxy : public QObject
{
    Q_OBJECT
public:
    struct Exchange
    {
        QByteArray method;
        QByteArray path;
        QByteArray range; // the request's Range header, empty when it had none
        int status = 0;   // 0 until the answer's status line arrived
        int serial = 0;
    };

    explicit CuttingProxy(const QUrl& upstream, QObject* parent = nullptr);

    bool listen();
    QUrl url() const;

    void holdNextFileAnswerAfter(qint64 bodyBytes) { m_holdAfter = bodyBytes; }
    // An answer is held now (its client is still connected).
    bool holding() const { return m_holding; }

    const QList<Exchange>& exchanges() const { return m_exchanges; }
    QList<Exchange> fileExchanges() const;
    void clearExchanges() { m_exchanges.clear(); }
    static QString describe(const QList<Exchange>& exchanges);

private:
    void onNewConnection();

    QTcpServer m_server;
    QUrl m_upstream;
    qint64 m_holdAfter = -1;
    bool m_holding = false;
    QList<Exchange> m_exchanges;
    int m_serial = 0;
};

} // namespace Skylight::Test
