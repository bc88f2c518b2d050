// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace Skylight::Test {

struct PeerReply
{
    int status = 0;
    QByteArray body;
    QByteArray subjectToken;
};

// What the peer tests share: the services' addresses from peer.env (written by start-peer.sh),
// a demo user's token, plain HTTP requests to the services and running a program.
class PeerClient
{
public:
    // Reads $PEER_DIR/peer.env and signs in as the demo user; false with `error` set otherwise.
    bool connect(QString* error);

    QString value(const QString& key) const { return m_env.value(key); }
    const QHash<QString, QString>& env() const { return m_env; }
    QByteArray token() const { return m_token; }
    QNetworkAccessManager* nam() { return &m_nam; }

    PeerReply request(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
                      const QByteArray& contentType = {}, const QByteArray& token = QByteArray("(default)"),
                      const QList<std::pair<QByteArray, QByteArray>>& headers = {});
    // Creates an image in the real Glance as the demo user and uploads `uploadBytes` bytes of a
    // fixed pattern (none: the image stays queued); returns its id, or "" with `error` set. An
    // image declared qcow2 gets a qcow2 header over its first 12 KiB (writeQcow2Header).
    QString createImage(const QJsonObject& fields, qint64 uploadBytes, QString* error);
    // A qcow2 (version 3, 4 KiB clusters, no backing file) header and empty tables at the start of `data`.
    static void writeQcow2Header(QByteArray& data, qint64 virtualSize);
    // Runs `program`, feeding it `input`; returns standard output and sets the exit code (-1: crashed or
    // hung).
    static QByteArray run(const QString& program, const QStringList& args, const QProcessEnvironment& env,
                          int* exitCode, const QByteArray& input = {}, QByteArray* standardError = nullptr);

private:
    QNetworkAccessManager m_nam;
    QHash<QString, QString> m_env;
    QByteArray m_token;
};

} // namespace Skylight::Test
