// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "peer/peerclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace Skylight::Test {

bool PeerClient::connect(QString* error)
{
    const QString peerDir = qEnvironmentVariable("PEER_DIR");
    if (peerDir.isEmpty()) {
        *error = u"PEER_DIR is not set: run through ctest (the peer fixture starts the services)"_s;
        return false;
    }
    QFile envFile(peerDir + u"/peer.env"_s);
    if (!envFile.open(QIODevice::ReadOnly)) {
        *error = u"no peer.env: the peer did not start"_s;
        return false;
    }
    for (const QByteArray& line : envFile.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            m_env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    const QByteArray auth = R"({"auth": {"identity": {"methods": ["password"], "password": {"user":
        {"name": "demo", "domain": {"id": "default"}, "password": "demopass"}}},
        "scope": {"project": {"name": "demo", "domain": {"id": "default"}}}}})";
    const PeerReply token =
        request("POST", QUrl(value(u"KEYSTONE_URL"_s) + u"/auth/tokens"_s), auth, "application/json", {});
    if (token.status != 201 || token.subjectToken.isEmpty()) {
        *error = u"Keystone did not sign the demo user in (HTTP %1)"_s.arg(token.status);
        return false;
    }
    m_token = token.subjectToken;
    return true;
}

void PeerClient::writeQcow2Header(QByteArray& data, qint64 virtualSize)
{
    constexpr qint64 kCluster = 4096;
    std::fill(data.begin(), data.begin() + 3 * kCluster, '\0'); // header, refcount and L1 tables
    const auto put32 = [&data](int at, quint32 value) {
        qToBigEndian(value, data.data() + at);
    };
    const auto put64 = [&data](int at, quint64 value) {
        qToBigEndian(value, data.data() + at);
    };
    data.replace(0, 4, QByteArray("QFI\xfb", 4));
    put32(4, 3);                                  // version
    put32(20, 12);                                // cluster_bits: 4 KiB
    put64(24, static_cast<quint64>(virtualSize)); // size
    const qint64 perL2 = (kCluster / 8) * kCluster;
    put32(36, static_cast<quint32>((virtualSize + perL2 - 1) / perL2)); // l1_size
    put64(40, 2 * kCluster);                                            // l1_table_offset
    put64(48, kCluster);                                                // refcount_table_offset
    put32(56, 1);                                                       // refcount_table_clusters
    put32(96, 4);                                                       // refcount_order
    put32(100, 104);                                                    // header_length
}

QString PeerClient::createImage(const QJsonObject& fields, qint64 uploadBytes, QString* error)
{
    const QUrl images(m_env.value(QStringLiteral("GLANCE_URL")) + QStringLiteral("/v2/images"));
    const PeerReply created = request("POST", images, QJsonDocument(fields).toJson(), "application/json");
    if (created.status != 201) {
        *error = QStringLiteral("creating an image failed: %1 %2")
                     .arg(created.status)
                     .arg(QString::fromUtf8(created.body));
        return {};
    }
    const QString id = QJsonDocument::fromJson(created.body).object().value(QStringLiteral("id")).toString();
    if (uploadBytes > 0) {
        QByteArray data(uploadBytes, Qt::Uninitialized);
        for (qint64 i = 0; i < uploadBytes; ++i)
            data[i] = static_cast<char>((i * 7919) % 251);
        // An image declared qcow2 is one (downloads are inspected and refuse a raw one): a qcow2
        // version 3 header of 4 KiB clusters over the pattern, 8 times the upload as virtual size.
        if (fields.value(QStringLiteral("disk_format")).toString() == QStringLiteral("qcow2") &&
            uploadBytes >= 16384)
            writeQcow2Header(data, uploadBytes * 8);
        const PeerReply uploaded =
            request("PUT", QUrl(images.toString() + u'/' + id + QStringLiteral("/file")), data,
                    "application/octet-stream");
        if (uploaded.status != 204) {
            *error = QStringLiteral("uploading failed: %1 %2")
                         .arg(uploaded.status)
                         .arg(QString::fromUtf8(uploaded.body));
            return {};
        }
    }
    return id;
}

PeerReply PeerClient::request(const QByteArray& method, const QUrl& url, const QByteArray& body,
                              const QByteArray& contentType, const QByteArray& token,
                              const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest req(url);
    const QByteArray authToken = token == "(default)" ? m_token : token;
    if (!authToken.isEmpty())
        req.setRawHeader("X-Auth-Token", authToken);
    if (!contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto& [name, headerValue] : headers)
        req.setRawHeader(name, headerValue);
    QNetworkReply* reply = m_nam.sendCustomRequest(req, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(60000);
    reply->deleteLater();
    return PeerReply{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                     reply->rawHeader("X-Subject-Token")};
}

QByteArray PeerClient::run(const QString& program, const QStringList& args, const QProcessEnvironment& env,
                           int* exitCode, const QByteArray& input, QByteArray* standardError)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, args);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(120000)) {
        process.kill();
        process.waitForFinished();
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QByteArray err = process.readAllStandardError();
    if (standardError)
        *standardError = err;
    if (*exitCode != 0)
        qWarning("%s failed: %s", qPrintable(program), err.constData());
    return process.readAllStandardOutput();
}

} // namespace Skylight::Test
