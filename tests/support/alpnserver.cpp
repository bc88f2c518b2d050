// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "support/alpnserver.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>

namespace Skylight::Test {

namespace {
QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

AlpnServer::AlpnServer(const QString& certificatePath, const QString& keyPath, QObject* parent)
    : QTcpServer(parent)
    , m_certificate(readAll(certificatePath), QSsl::Pem)
    , m_key(readAll(keyPath), QSsl::Ec, QSsl::Pem)
{}

bool AlpnServer::listenLocal()
{
    return !m_certificate.isNull() && !m_key.isNull() && listen(QHostAddress::LocalHost, 0);
}

QUrl AlpnServer::url(const QString& path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(serverPort());
    url.setPath(path);
    return url;
}

void AlpnServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_certificate);
    tls.setPrivateKey(m_key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls.setAllowedNextProtocols(
        {QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1});
    socket->setSslConfiguration(tls);
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        const QByteArray protocol = socket->sslConfiguration().nextNegotiatedProtocol();
        m_negotiated.append(QString::fromLatin1(protocol));
        if (protocol == QSslConfiguration::ALPNProtocolHTTP2)
            socket->disconnectFromHost();
    });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_pending.remove(socket); });
    connect(socket, &QSslSocket::readyRead, this, [this, socket] {
        QByteArray* request = &m_pending[socket];
        *request += socket->readAll();
        if (!request->contains("\r\n\r\n"))
            return;
        request->clear();
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 2\r\n\r\nok");
    });
    socket->startServerEncryption();
}

} // namespace Skylight::Test
