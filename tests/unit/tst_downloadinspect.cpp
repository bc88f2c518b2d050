// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "download/filedownloader.h"
#include "download/partsidecar.h"
#include "download/transferqueue.h"
#include "support/faultyfileserver.h"
#include "support/qcow2bytes.h"
#include "support/testimagebytes.h"
#include "support/testjobs.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::FaultyFileServer;
using Skylight::Test::imageBytes;
using Skylight::Test::qcow2Image;
using Skylight::Test::waitForJob;
using Skylight::Test::why;

namespace {
constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kVirtual = 10 * 1024 * kMiB;
// Large enough that a cut connection leaves a part well past the header (Qt 6.4 drops about a
// megabyte of unread data at a cut).
constexpr qint64 kImageSize = 8 * kMiB + 77;
} // namespace

// Every download is inspected in the same pass as its hash (ContentCheck): a safe image of its
// declared format is kept with the verdict in the outcome; a qcow2 with a backing file, or bytes
// that are not the declared format, are refused before the part is placed, and the part and its
// sidecar go; allowUnsafe keeps them; askOnUnsafe waits for a decision; a resumed download's
// verdict covers the bytes it already had.
class TestDownloadInspect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void safeImageIsKeptWithItsVerdict();
    void unsafeImageIsRefused_data();
    void unsafeImageIsRefused();
    void qemuImgBackingFileIsRefused();
    void allowUnsafeKeepsTheFile();
    void notInspectedWhenTurnedOff();
    void resumedVerdictCoversTheWholeFile_data();
    void resumedVerdictCoversTheWholeFile();
    void askingWaitsForTheDecision_data();
    void askingWaitsForTheDecision();
    void queueWithNobodyToAskRefuses();

private:
    DownloadRequest request(const QUrl& url, const QByteArray& data, const QString& declared) const;
    FileDownloader* run(const DownloadRequest& request);
    void verifyNothingKept(const DownloadRequest& request);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestDownloadInspect::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_nam = std::make_unique<QNetworkAccessManager>();
}

DownloadRequest TestDownloadInspect::request(const QUrl& url, const QByteArray& data,
                                             const QString& declared) const
{
    DownloadRequest request;
    request.imageId = u"img"_s;
    request.url = url;
    request.targetPath = m_dir->filePath(u"image.qcow2"_s);
    request.expectedSize = data.size();
    request.hashAlgorithm = u"sha512"_s;
    request.hashValue = QCryptographicHash::hash(data, QCryptographicHash::Sha512).toHex();
    request.declaredFormat = declared;
    request.retryDelay = std::chrono::milliseconds(10);
    return request;
}

FileDownloader* TestDownloadInspect::run(const DownloadRequest& request)
{
    auto* downloader = new FileDownloader(m_nam.get(), request, TransportOptions(), this);
    downloader->start();
    if (!waitForJob(downloader, 60000))
        qWarning("download did not finish");
    return downloader;
}

void TestDownloadInspect::verifyNothingKept(const DownloadRequest& request)
{
    const QString part = request.targetPath + u".part"_s;
    QVERIFY2(!QFile::exists(request.targetPath), qPrintable(request.targetPath));
    QVERIFY2(!QFile::exists(part), qPrintable(part));
    QVERIFY(!QFile::exists(PartSidecar::nameFor(part)));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
             QStringList());
}

void TestDownloadInspect::safeImageIsKeptWithItsVerdict()
{
    const QByteArray data = qcow2Image(kVirtual, kImageSize);
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    const DownloadRequest req = request(server.url(), data, u"qcow2"_s);
    FileDownloader* downloader = run(req);
    const Result<DownloadOutcome>& outcome = downloader->result();
    QVERIFY2(outcome.has_value(), why(outcome).constData());
    QVERIFY(outcome->verified);
    QVERIFY(outcome->inspection.has_value());
    QCOMPARE(outcome->inspection->format, u"qcow2"_s);
    QCOMPARE(outcome->inspection->virtualSize, std::optional<qint64>(kVirtual));
    QVERIFY2(outcome->inspection->acceptable(), qPrintable(outcome->inspection->problemTexts().join(u' ')));
    QCOMPARE(outcome->inspection->bytesRead, data.size()); // every byte went through the inspector
    QFile file(req.targetPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), data);
    QVERIFY(!QFile::exists(req.targetPath + u".part"_s));
}

void TestDownloadInspect::unsafeImageIsRefused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("declared");
    QTest::addColumn<int>("problem"); // InspectionProblem::Kind
    QTest::newRow("qcow2 with a backing file") << qcow2Image(kVirtual, kImageSize, "/etc/hostname")
                                               << u"qcow2"_s << int(InspectionProblem::Kind::BackingFile);
    QTest::newRow("raw declared qcow2")
        << imageBytes(kImageSize) << u"qcow2"_s << int(InspectionProblem::Kind::FormatMismatch);
    QTest::newRow("safe qcow2 declared raw")
        << qcow2Image(kVirtual, kImageSize) << u"raw"_s << int(InspectionProblem::Kind::FormatMismatch);
}

void TestDownloadInspect::unsafeImageIsRefused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, declared);
    QFETCH(int, problem);
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    const DownloadRequest req = request(server.url(), data, declared);
    FileDownloader* downloader = run(req);
    const Result<DownloadOutcome>& outcome = downloader->result();
    QVERIFY(!outcome.has_value());
    QCOMPARE(outcome.error().kind, ApiError::Kind::Verification); // CLI exit 7
    QVERIFY(downloader->inspection().has_value());
    const InspectionResult& inspection = *downloader->inspection();
    QVERIFY(inspection.hasProblem(InspectionProblem::Kind(problem)));
    QVERIFY(!inspection.problemTexts().isEmpty());
    for (const QString& text : inspection.problemTexts())
        QVERIFY2(outcome.error().message.contains(text), qPrintable(outcome.error().message));
    verifyNothingKept(req);
}

void TestDownloadInspect::qemuImgBackingFileIsRefused()
{
    const QString qemuImg = QStandardPaths::findExecutable(u"qemu-img"_s);
    if (qemuImg.isEmpty())
        QSKIP("qemu-img is not installed");
    QTemporaryDir work;
    const QString path = work.filePath(u"x.qcow2"_s);
    QProcess process;
    process.start(qemuImg, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, u"-u"_s, u"-b"_s, u"/etc/hostname"_s,
                            u"-F"_s, u"raw"_s, path, u"64M"_s});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    const DownloadRequest req = request(server.url(), data, u"qcow2"_s);
    FileDownloader* downloader = run(req);
    QVERIFY(!downloader->result().has_value());
    QCOMPARE(downloader->result().error().kind, ApiError::Kind::Verification);
    QVERIFY(downloader->inspection() &&
            downloader->inspection()->hasProblem(InspectionProblem::Kind::BackingFile));
    verifyNothingKept(req);
}

void TestDownloadInspect::allowUnsafeKeepsTheFile()
{
    const QByteArray data = qcow2Image(kVirtual, kImageSize, "/etc/hostname");
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    DownloadRequest req = request(server.url(), data, u"qcow2"_s);
    req.allowUnsafe = true;
    FileDownloader* downloader = run(req);
    const Result<DownloadOutcome>& outcome = downloader->result();
    QVERIFY2(outcome.has_value(), why(outcome).constData());
    QVERIFY(outcome->inspection.has_value());
    QVERIFY(!outcome->inspection->acceptable());
    QVERIFY(outcome->inspection->hasProblem(InspectionProblem::Kind::BackingFile));
    QCOMPARE(QFileInfo(req.targetPath).size(), data.size());
}

void TestDownloadInspect::notInspectedWhenTurnedOff()
{
    const QByteArray data = imageBytes(kImageSize);
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    DownloadRequest req = request(server.url(), data, u"qcow2"_s);
    req.inspect = false;
    FileDownloader* downloader = run(req);
    const Result<DownloadOutcome>& outcome = downloader->result();
    QVERIFY2(outcome.has_value(), why(outcome).constData());
    QVERIFY(!outcome->inspection.has_value());
    QVERIFY(QFile::exists(req.targetPath));
}

void TestDownloadInspect::resumedVerdictCoversTheWholeFile_data()
{
    QTest::addColumn<QByteArray>("backing");
    QTest::newRow("safe qcow2, kept") << QByteArray();
    QTest::newRow("backing file in the kept part, refused") << QByteArray("/etc/hostname");
}

void TestDownloadInspect::resumedVerdictCoversTheWholeFile()
{
    QFETCH(QByteArray, backing);
    const QByteArray data = qcow2Image(kVirtual, kImageSize, backing);
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    server.cutAfter(data.size() / 2);
    DownloadRequest req = request(server.url(), data, u"qcow2"_s);
    req.maxRetries = 0;
    FileDownloader* first = run(req);
    QVERIFY(!first->result().has_value());
    QCOMPARE(first->result().error().kind, ApiError::Kind::Network);
    const QString part = req.targetPath + u".part"_s;
    QVERIFY(QFileInfo(part).size() > 64 * 1024); // the header is in the part, not sent again

    FileDownloader* second = run(req);
    const Result<DownloadOutcome>& outcome = second->result();
    QVERIFY(second->inspection().has_value());
    const InspectionResult& inspection = *second->inspection();
    QCOMPARE(inspection.format, u"qcow2"_s); // from the part's bytes: the rest alone is no qcow2
    QCOMPARE(inspection.bytesRead, data.size());
    if (backing.isEmpty()) {
        QVERIFY2(outcome.has_value(), why(outcome).constData());
        QVERIFY(outcome->resumed);
        QVERIFY(outcome->bytesFetched < data.size());
        QVERIFY(outcome->inspection->acceptable());
        QCOMPARE(outcome->inspection->virtualSize, std::optional<qint64>(kVirtual));
    } else {
        QVERIFY(!outcome.has_value());
        QCOMPARE(outcome.error().kind, ApiError::Kind::Verification);
        QVERIFY(inspection.hasProblem(InspectionProblem::Kind::BackingFile));
        QVERIFY(!inspection.hasProblem(InspectionProblem::Kind::FormatMismatch));
        verifyNothingKept(req);
    }
}

void TestDownloadInspect::askingWaitsForTheDecision_data()
{
    QTest::addColumn<QString>("answer"); // accept, reject, abort
    QTest::newRow("keep it") << u"accept"_s;
    QTest::newRow("do not keep it") << u"reject"_s;
    QTest::newRow("cancelled while asking") << u"abort"_s;
}

void TestDownloadInspect::askingWaitsForTheDecision()
{
    QFETCH(QString, answer);
    const QByteArray data = qcow2Image(kVirtual, kImageSize, "/etc/hostname");
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    DownloadRequest req = request(server.url(), data, u"qcow2"_s);
    req.askOnUnsafe = true;
    auto* downloader = new FileDownloader(m_nam.get(), req, TransportOptions(), this);
    QSignalSpy rejected(downloader, &FileDownloader::contentRejected);
    downloader->start();
    QVERIFY(rejected.wait(60000));
    QCOMPARE(rejected.count(), 1);
    const auto inspection = rejected.first().first().value<InspectionResult>();
    QVERIFY(inspection.hasProblem(InspectionProblem::Kind::BackingFile));
    // Waiting: nothing placed, the part still there for a "keep it".
    QTest::qWait(50);
    QVERIFY(!downloader->isFinished());
    QVERIFY(downloader->awaitingDecision());
    QVERIFY(QFile::exists(req.targetPath + u".part"_s));
    QVERIFY(!QFile::exists(req.targetPath));
    if (answer == u"accept"_s)
        downloader->acceptUnsafe();
    else if (answer == u"reject"_s)
        downloader->rejectUnsafe();
    else
        downloader->abort();
    QVERIFY(waitForJob(downloader, 10000));
    const Result<DownloadOutcome>& outcome = downloader->result();
    if (answer == u"accept"_s) {
        QVERIFY2(outcome.has_value(), why(outcome).constData());
        QVERIFY(outcome->inspection && !outcome->inspection->acceptable());
        QFile file(req.targetPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), data);
        QVERIFY(!QFile::exists(req.targetPath + u".part"_s));
    } else {
        QVERIFY(!outcome.has_value());
        QCOMPARE(outcome.error().kind,
                 answer == u"reject"_s ? ApiError::Kind::Verification : ApiError::Kind::Cancelled);
        verifyNothingKept(req);
    }
}

void TestDownloadInspect::queueWithNobodyToAskRefuses()
{
    const QByteArray data = qcow2Image(kVirtual, kImageSize, "/etc/hostname");
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    DownloadRequest req = request(server.url(), data, u"qcow2"_s);
    req.askOnUnsafe = true;
    TransferQueue queue(m_nam.get(), TransportOptions());
    const int id = queue.add(u"test"_s, u"trap"_s, req);
    QTRY_COMPARE_WITH_TIMEOUT(queue.transfers().at(queue.rowOf(id)).state, Transfer::State::Failed, 30000);
    const Transfer& transfer = queue.transfers().at(queue.rowOf(id));
    QCOMPARE(transfer.error, std::optional<ApiError::Kind>(ApiError::Kind::Verification));
    QVERIFY(transfer.inspection && transfer.inspection->hasProblem(InspectionProblem::Kind::BackingFile));
    verifyNothingKept(req);
}

QTEST_GUILESS_MAIN(TestDownloadInspect)
#include "tst_downloadinspect.moc"
