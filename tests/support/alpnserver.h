// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QHash>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

namespace Skylight::Test {

// A TLS server on 127.0.0.1 that offers HTTP/2 and HTTP/1.1 by ALPN and records which one each
// client ends up with: a client that offers h2 gets it (and then only a closed connection: there
// is no HTTP/2 here); one that offers only http/1.1 gets a small HTTP/1.1 answer.
class AlpnServer : public QTcpServer
{
    Q_OBJECT
public:
    // The certificate (self-signed, for 127.0.0.1) and key, in PEM.
    AlpnServer(const QString& certificatePath, const QString& keyPath, QObject* parent = nullptr);

    bool listenLocal();
    QUrl url(const QString& path = QStringLiteral("/v2/images/img/file")) const;
    QSslCertificate certificate() const { return m_certificate; }
    // The protocol negotiated on each connection, in order ("h2", "http/1.1", or empty).
    QStringList negotiated() const { return m_negotiated; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    QStringList m_negotiated;
    QHash<QObject*, QByteArray> m_pending; // each connection's request, until its headers are whole
};

} // namespace Skylight::Test
