// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// What inspecting a download costs (issue 17): a qcow2 image (1 GiB by default; generated as it
// is sent, never held) downloaded from a loopback server on its own thread with FileDownloader,
// verified by SHA-512, with and without inspection (DownloadRequest::inspect, which only this
// benchmark turns off), alternating, N runs each. Prints the median times and the overhead
// (target: under 5%). A benchmark, not a test: no figure is judged here.
//
//   bench_downloadinspect [--size MIB] [--runs N]
#include "download/filedownloader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QtEndian>
#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
constexpr qint64 kBlock = 4 * 1024 * 1024;

// The image: a qcow2 header (no backing file) in the first block, then a pseudo-random block
// repeated (what is sent does not change the cost of writing, hashing or inspecting it).
struct Image
{
    qint64 size = 0;
    QByteArray first;
    QByteArray block;

    QByteArray bytes(qint64 offset, qint64 length) const
    {
        const QByteArray& from = offset < kBlock ? first : block;
        return from.mid(offset % kBlock, std::min(length, kBlock - offset % kBlock));
    }
};

Image makeImage(qint64 size)
{
    Image image;
    image.size = size;
    image.block = QByteArray(kBlock, Qt::Uninitialized);
    quint64 z = 88172645463325252ULL;
    for (qint64 i = 0; i < kBlock; i += 8) {
        z ^= z << 13, z ^= z >> 7, z ^= z << 17; // xorshift64
        std::memcpy(image.block.data() + i, &z, 8);
    }
    image.first = image.block;
    std::memset(image.first.data(), 0, 64 * 1024);
    char* at = image.first.data();
    std::memcpy(at, "QFI\xfb", 4);
    qToBigEndian<quint32>(3, at + 4);
    qToBigEndian<quint32>(16, at + 20);
    qToBigEndian<quint64>(quint64(size) * 4, at + 24);
    qToBigEndian<quint32>(static_cast<quint32>(size * 4 / (8192LL * 65536) + 1), at + 36);
    qToBigEndian<quint64>(3 * 65536, at + 40);
    qToBigEndian<quint64>(65536, at + 48);
    qToBigEndian<quint32>(1, at + 56);
    qToBigEndian<quint32>(4, at + 96);
    qToBigEndian<quint32>(104, at + 100);
    return image;
}

// Serves the image to every request, as fast as the socket drains (HTTP/1.1, Content-Length, one
// answer per connection).
class StreamServer : public QTcpServer
{
public:
    explicit StreamServer(const Image& image)
        : m_image(image)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection())
                serve(socket);
        });
    }

private:
    void serve(QTcpSocket* socket)
    {
        auto* next = new qint64(-1);
        connect(socket, &QObject::destroyed, socket, [next] { delete next; });
        auto more = [this, socket, next] {
            while (*next >= 0 && *next < m_image.size && socket->bytesToWrite() < 2 * kBlock) {
                const QByteArray chunk =
                    m_image.bytes(*next, std::min<qint64>(1 << 20, m_image.size - *next));
                socket->write(chunk);
                *next += chunk.size();
            }
            if (*next == m_image.size) { // one answer per connection
                *next = m_image.size + 1;
                socket->disconnectFromHost();
            }
        };
        connect(socket, &QTcpSocket::readyRead, socket, [socket, next, more, this] {
            if (*next >= 0 || !socket->peek(1 << 16).contains("\r\n\r\n"))
                return;
            socket->readAll();
            *next = 0;
            socket->write("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: application/octet-stream\r\n"
                          "Content-Length: " +
                          QByteArray::number(m_image.size) + "\r\n\r\n");
            more();
        });
        connect(socket, &QTcpSocket::bytesWritten, socket, more);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    const Image& m_image;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    qint64 mib = 1024;
    int runs = 3;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--size"_s)
            mib = args.at(i + 1).toLongLong();
        else if (args.at(i) == u"--runs"_s)
            runs = args.at(i + 1).toInt();
    }
    if (mib <= 4 || runs <= 0) {
        std::fprintf(stderr, "usage: bench_downloadinspect [--size MIB (over 4)] [--runs N]\n");
        return 2;
    }
    const Image image = makeImage(mib * 1024 * 1024);
    QCryptographicHash sha(QCryptographicHash::Sha512);
    for (qint64 at = 0; at < image.size; at += kBlock)
        sha.addData(image.bytes(at, kBlock));
    const QByteArray digest = sha.result().toHex();

    QThread serverThread;
    auto* server = new StreamServer(image);
    server->moveToThread(&serverThread);
    serverThread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        server,
        [server, &port] {
            server->listen(QHostAddress::LocalHost);
            port = server->serverPort();
        },
        Qt::BlockingQueuedConnection);

    QTemporaryDir dir(QDir::currentPath() + u"/bench-download-XXXXXX"_s);
    QNetworkAccessManager nam;
    QList<double> with;
    QList<double> without;
    QString verdict;
    bool failed = false;
    for (int run = 0; run < 2 * runs && !failed; ++run) {
        const bool inspect = run % 2 == 0;
        DownloadRequest request;
        request.imageId = u"bench"_s;
        request.url = QUrl(u"http://127.0.0.1:%1/v2/images/bench/file"_s.arg(port));
        request.targetPath = dir.filePath(u"bench.qcow2"_s);
        request.expectedSize = image.size;
        request.hashAlgorithm = u"sha512"_s;
        request.hashValue = digest;
        request.declaredFormat = u"qcow2"_s;
        request.resume = false;
        request.inspect = inspect;
        QFile::remove(request.targetPath);
        FileDownloader downloader(&nam, request, TransportOptions());
        QEventLoop loop;
        QObject::connect(&downloader, &ApiJob::finished, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        downloader.start();
        if (!downloader.isFinished())
            loop.exec();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!downloader.result()) {
            std::fprintf(stderr, "download failed: %s\n", qPrintable(downloader.result().error().describe()));
            failed = true;
            break;
        }
        (inspect ? with : without).append(seconds);
        if (inspect && downloader.result()->inspection)
            verdict = downloader.result()->inspection->format;
        std::printf("run %d %-18s %8.3f s\n", run / 2 + 1, inspect ? "with inspection" : "without inspection",
                    seconds);
        QFile::remove(request.targetPath);
    }
    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    if (failed)
        return 1;
    const double a = median(with);
    const double b = median(without);
    const double gib = double(image.size) / (1024.0 * 1024 * 1024);
    std::printf("image: %.2f GiB qcow2 (inspected as %s), SHA-512 verified, median of %d runs each\n", gib,
                qPrintable(verdict), runs);
    std::printf("without inspection: %8.3f s  %7.2f GiB/s\n", b, gib / b);
    std::printf("with inspection:    %8.3f s  %7.2f GiB/s\n", a, gib / a);
    std::printf("inspection overhead: %+.2f%% (target: under 5%%)\n", 100.0 * (a - b) / b);
    return 0;
}
