// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/filelocation.h"
#include "download/downloadfolder.h"
#include "download/filedownloader.h"
#include "image/imagerecord.h"
#include "support/testimagebytes.h"
#include "support/testjobs.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::imageBytes;
using Skylight::Test::waitForJob;
using Skylight::Test::why;

namespace {
constexpr qint64 kImageSize = 4 * 1024 * 1024;

// Answers every request (a Range one with 206) and resets the connection (RST, not FIN) after
// `cutAfter` body bytes; with cutAfter < 0 it resets before answering at all.
class ResettingServer : public QTcpServer
{
public:
    ResettingServer(QByteArray data, qint64 cutAfter)
        : m_data(std::move(data))
        , m_cutAfter(cutAfter)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
        });
    }
    int requests() const { return m_requests; }

private:
    void answer(QTcpSocket* socket)
    {
        const QByteArray request = socket->readAll();
        if (!request.contains("\r\n\r\n"))
            return;
        ++m_requests;
        qint64 from = 0;
        if (const qsizetype at = request.indexOf("Range: bytes="); at >= 0)
            from = request.mid(at + 13, request.indexOf('-', at + 13) - at - 13).toLongLong();
        if (m_cutAfter >= 0) {
            const qint64 length = m_data.size() - from;
            QByteArray head = from > 0 ? "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes " +
                                             QByteArray::number(from) + '-' +
                                             QByteArray::number(m_data.size() - 1) + '/' +
                                             QByteArray::number(m_data.size()) + "\r\n"
                                       : QByteArray("HTTP/1.1 200 OK\r\n");
            head += "Content-Length: " + QByteArray::number(length) + "\r\n\r\n";
            socket->write(head + m_data.mid(from, std::min(m_cutAfter, length)));
            socket->waitForBytesWritten(1000);
        }
#ifdef Q_OS_UNIX
        const linger reset{1, 0}; // close() then sends RST
        ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset,
                     sizeof reset);
#endif
        socket->abort();
    }

    QByteArray m_data;
    qint64 m_cutAfter;
    int m_requests = 0;
};
} // namespace

// What a failed download says, and how its failure is classed (issue 14).
class TestDownloadMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void resetAgainAndAgainIsANetworkError_data();
    void resetAgainAndAgainIsANetworkError();
    void readOnlyFolderSaysWhy();
    void negativeImageSizeIsNoSize();

private:
    DownloadRequest request(const QUrl& url) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QByteArray m_data;
};

void TestDownloadMessages::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    if (m_data.isEmpty())
        m_data = imageBytes(kImageSize);
}

DownloadRequest TestDownloadMessages::request(const QUrl& url) const
{
    DownloadRequest request;
    request.imageId = u"img"_s;
    request.url = url;
    request.targetPath = m_dir->filePath(u"image.raw"_s);
    request.expectedSize = m_data.size();
    request.md5 = QCryptographicHash::hash(m_data, QCryptographicHash::Md5).toHex();
    request.retryDelay = std::chrono::milliseconds(10);
    request.maxRetries = 3;
    return request;
}

void TestDownloadMessages::resetAgainAndAgainIsANetworkError_data()
{
    QTest::addColumn<qint64>("cutAfter");
    QTest::newRow("before any answer") << qint64(-1);
    QTest::newRow("at once after the headers") << qint64(0);
    QTest::newRow("after some bytes") << qint64(100 * 1024);
}

// Exit 6 (network), not 5 (API error): the last of the retries is still the connection's fault.
void TestDownloadMessages::resetAgainAndAgainIsANetworkError()
{
    QFETCH(qint64, cutAfter);
    ResettingServer server(m_data, cutAfter);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    auto* downloader = new FileDownloader(
        m_nam.get(), request(QUrl(u"http://127.0.0.1:%1/v2/images/img/file"_s.arg(server.serverPort()))),
        TransportOptions(), this);
    downloader->start();
    QVERIFY(waitForJob(downloader, 60000));
    QVERIFY(!downloader->result());
    QVERIFY2(downloader->result().error().kind == ApiError::Kind::Network ||
                 downloader->result().error().kind == ApiError::Kind::Timeout,
             why(downloader->result()).constData());
    QVERIFY(server.requests() >= 2);
    // A reset is not a refusal (Qt 6.4 calls a reset before the answer "connection refused").
    QVERIFY2(!downloader->result().error().message.contains(u"refused"_s),
             why(downloader->result()).constData());
}

void TestDownloadMessages::readOnlyFolderSaysWhy()
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0)
        QSKIP("root writes into a read-only folder");
#endif
    const QString folder = m_dir->filePath(u"ro"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    DownloadRequest req = request(QUrl(u"http://127.0.0.1:9/file"_s));
    req.targetPath = folder + u"/image.raw"_s;
    auto* downloader = new FileDownloader(m_nam.get(), req, TransportOptions(), this);
    downloader->start();
    QVERIFY(waitForJob(downloader, 20000));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!downloader->result());
    const QString message = downloader->result().error().message;
    QCOMPARE(downloader->result().error().kind, ApiError::Kind::LocalIo);
    QVERIFY2(message.contains(u"Permission denied"_s), qPrintable(message));
}

void TestDownloadMessages::negativeImageSizeIsNoSize()
{
    ImageRecord record;
    record.id = u"img"_s;
    record.size = -5;
    const DownloadRequest req = DownloadRequest::forImage(record, FileLocation{}, m_dir->filePath(u"x"_s));
    QCOMPARE(req.expectedSize, qint64(-1));
}

QTEST_GUILESS_MAIN(TestDownloadMessages)
#include "tst_downloadmessages.moc"
