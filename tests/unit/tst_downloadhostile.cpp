// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "download/filedownloader.h"
#include "download/partsidecar.h"
#include "download/rangesupport.h"
#include "settings/appsettings.h"
#include "support/faultyfileserver.h"
#include "support/testimagebytes.h"
#include "support/testjobs.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::FaultyFileServer;
using Skylight::Test::imageBytes;
using Skylight::Test::waitForJob;
using Skylight::Test::why;

namespace {
constexpr qint64 kImageSize = 8 * 1024 * 1024 + 77;
const QDateTime kVictimTime = QDateTime(QDate(2020, 2, 2), QTime(2, 2, 2), Qt::UTC);
} // namespace

// FileDownloader against a hostile folder (links, hard links and swaps planted where it writes)
// and a hostile server (more bytes than announced, a chunked body cut short, ranges refused as
// Glance over swift/rbd refuses them, an absurd Retry-After). Every case checks that a file
// outside the download folder keeps its bytes and its modification time.
class TestDownloadHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void plantedLinksAreNeverFollowed_data();
    void plantedLinksAreNeverFollowed();
    void hardLinkedPartIsNotUsed();
    void partSwappedForALinkMidwayIsHarmless();
    void overLongBodiesKeepNothing_data();
    void overLongBodiesKeepNothing();
    void chunkedBodyWithoutItsLastChunkIsNotSaved_data();
    void chunkedBodyWithoutItsLastChunkIsNotSaved();
    void plantedPartWithoutChecksumIsNotTrusted_data();
    void plantedPartWithoutChecksumIsNotTrusted();
    void wholePartOfUnknownSizeIsCheckedNotRefetched();
    void rangeRefusedStartsOverInTheSameRun_data();
    void rangeRefusedStartsOverInTheSameRun();
    void endpointWithoutRangesIsRemembered();
    void longRetryAfterIsReportedNotWaitedFor();
    void fullDiskKeepsTheResume();

private:
    DownloadRequest request(const QUrl& url) const;
    FileDownloader* run(const DownloadRequest& request, RangeSupport* ranges = nullptr);
    void plantVictim();
    void checkVictim() const;
    QString folder() const { return m_root->filePath(u"downloads"_s); }
    QString victim() const { return m_root->filePath(u"victim.txt"_s); }

    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QByteArray m_data;
    QByteArray m_sha512;
    QString m_mounted;
    QStringList m_notes;
};

void TestDownloadHostile::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir(m_root->path()).mkdir(u"downloads"_s));
    m_nam = std::make_unique<QNetworkAccessManager>();
    if (m_data.isEmpty()) {
        m_data = imageBytes(kImageSize, 7);
        m_sha512 = QCryptographicHash::hash(m_data, QCryptographicHash::Sha512).toHex();
    }
    m_notes.clear();
    plantVictim();
}

void TestDownloadHostile::cleanup()
{
    qDeleteAll(findChildren<FileDownloader*>()); // their files are closed before the unmount
    if (!m_mounted.isEmpty())
        QProcess::execute(u"umount"_s, {m_mounted});
    m_mounted.clear();
}

void TestDownloadHostile::plantVictim()
{
    QFile file(victim());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("precious, outside the download folder\n");
    QVERIFY(file.flush());
    QVERIFY(file.setFileTime(kVictimTime, QFileDevice::FileModificationTime));
    file.close();
    QVERIFY(QDir(m_root->path()).mkpath(u"victim-folder/inside"_s));
}

void TestDownloadHostile::checkVictim() const
{
    QFile file(victim());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("precious, outside the download folder\n"));
    QCOMPARE(QFileInfo(victim()).lastModified().toUTC(), kVictimTime);
    QCOMPARE(QDir(m_root->filePath(u"victim-folder"_s)).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList{u"inside"_s});
    QVERIFY(!QFileInfo::exists(m_root->filePath(u"nowhere"_s)));
}

DownloadRequest TestDownloadHostile::request(const QUrl& url) const
{
    DownloadRequest request;
    request.imageId = u"img"_s;
    request.url = url;
    request.token = "secret-token";
    request.targetPath = folder() + u"/image.raw"_s;
    request.expectedSize = m_data.size();
    request.hashAlgorithm = u"sha512"_s;
    request.hashValue = m_sha512;
    request.retryDelay = std::chrono::milliseconds(10);
    return request;
}

FileDownloader* TestDownloadHostile::run(const DownloadRequest& request, RangeSupport* ranges)
{
    auto* downloader = new FileDownloader(m_nam.get(), request, TransportOptions(), this);
    downloader->setRangeSupport(ranges);
    connect(downloader, &FileDownloader::note, this, [this](const QString& note) { m_notes.append(note); });
    downloader->start();
    if (!waitForJob(downloader, 60000))
        qWarning("download did not finish");
    return downloader;
}

void TestDownloadHostile::plantedLinksAreNeverFollowed_data()
{
    QTest::addColumn<QString>("name");     // what the link is planted as
    QTest::addColumn<QString>("pointsAt"); // victim.txt, nowhere, victim-folder
    QTest::addColumn<bool>("succeeds");
    for (const QString& target : {u"victim.txt"_s, u"nowhere"_s, u"victim-folder"_s}) {
        QTest::addRow("part -> %s", qPrintable(target)) << u"image.raw.part"_s << target << false;
        QTest::addRow("sidecar -> %s", qPrintable(target)) << u"image.raw.part.skylight"_s << target << true;
        QTest::addRow("final name -> %s", qPrintable(target)) << u"image.raw"_s << target << false;
    }
}

void TestDownloadHostile::plantedLinksAreNeverFollowed()
{
    QFETCH(QString, name);
    QFETCH(QString, pointsAt);
    QFETCH(bool, succeeds);
    FaultyFileServer server(m_data);
    QVERIFY(server.listenLocal());
    const QString link = folder() + u'/' + name;
    QVERIFY(QFile::link(m_root->filePath(pointsAt), link));
    if (name == u"image.raw.part"_s) { // with a sidecar that matches, as a resume would find it
        QFile sidecar(folder() + u"/image.raw.part.skylight"_s);
        QVERIFY(sidecar.open(QIODevice::WriteOnly));
        sidecar.write(PartSidecar::from(request(server.url())).toJson());
    }
    FileDownloader* downloader = run(request(server.url()));
    checkVictim();
    if (!succeeds) {
        QVERIFY(!downloader->result());
        QCOMPARE(downloader->result().error().kind, ApiError::Kind::LocalIo);
        QVERIFY(server.requests().isEmpty()); // refused before any request
        QVERIFY(QFileInfo(link).isSymLink()); // left as it was
        return;
    }
    QVERIFY2(downloader->result().has_value(), why(downloader->result()).constData());
    QVERIFY(m_notes.join(u' ').contains(u"symbolic link"_s));
    const QFileInfo placed(folder() + u"/image.raw"_s);
    QVERIFY(!placed.isSymLink());
    QCOMPARE(placed.size(), m_data.size());
}

void TestDownloadHostile::hardLinkedPartIsNotUsed()
{
#ifdef Q_OS_UNIX
    FaultyFileServer server(m_data);
    QVERIFY(server.listenLocal());
    const DownloadRequest req = request(server.url());
    QCOMPARE(::link(QFile::encodeName(victim()).constData(),
                    QFile::encodeName(req.targetPath + u".part"_s).constData()),
             0);
    QFile sidecar(req.targetPath + u".part.skylight"_s);
    QVERIFY(sidecar.open(QIODevice::WriteOnly));
    sidecar.write(PartSidecar::from(req).toJson());
    sidecar.close();
    FileDownloader* downloader = run(req);
    QVERIFY(!downloader->result());
    QCOMPARE(downloader->result().error().kind, ApiError::Kind::LocalIo);
    QVERIFY2(downloader->result().error().message.contains(u"link"_s), why(downloader->result()).constData());
    QVERIFY(server.requests().isEmpty());
    checkVictim();
#else
    QSKIP("hard links: POSIX only");
#endif
}

void TestDownloadHostile::partSwappedForALinkMidwayIsHarmless()
{
    FaultyFileServer server(m_data);
    QVERIFY(server.listenLocal());
    const DownloadRequest req = request(server.url());
    auto* downloader = new FileDownloader(m_nam.get(), req, TransportOptions(), this);
    bool swapped = false;
    // As soon as bytes flow, another user replaces the part's name with a link to the victim.
    connect(downloader, &FileDownloader::progress, this, [&](qint64 done, qint64) {
        if (swapped || done <= 0)
            return;
        swapped = true;
        QVERIFY(QFile::remove(req.targetPath + u".part"_s));
        QVERIFY(QFile::link(victim(), req.targetPath + u".part"_s));
    });
    downloader->start();
    QVERIFY(waitForJob(downloader, 60000));
    QVERIFY(swapped);
    checkVictim();
    // The bytes were written to the file we created, never through the link; once its name is
    // gone the verified file cannot be put in place: a clear local error, and no link planted at
    // the final name.
    QVERIFY(!downloader->result());
    QCOMPARE(downloader->result().error().kind, ApiError::Kind::LocalIo);
    QVERIFY2(downloader->result().error().message.contains(u"no longer the file"_s),
             why(downloader->result()).constData());
    QVERIFY(!QFileInfo(req.targetPath).exists() && !QFileInfo(req.targetPath).isSymLink());
    QVERIFY(QFileInfo(req.targetPath + u".part"_s).isSymLink()); // the planted link, untouched
}

void TestDownloadHostile::overLongBodiesKeepNothing_data()
{
    QTest::addColumn<int>("framing");
    QTest::addColumn<bool>("declared");
    QTest::addColumn<bool>("sizeKnown");
    using F = FaultyFileServer::Framing;
    QTest::newRow("Content-Length beyond the size") << int(F::ContentLength) << true << true;
    QTest::newRow("chunked, beyond the size") << int(F::Chunked) << false << true;
    QTest::newRow("until close, beyond the size") << int(F::UntilClose) << false << true;
    QTest::newRow("no size: beyond Content-Length") << int(F::ContentLength) << false << false;
}

void TestDownloadHostile::overLongBodiesKeepNothing()
{
    QFETCH(int, framing);
    QFETCH(bool, declared);
    QFETCH(bool, sizeKnown);
    FaultyFileServer server(m_data);
    QVERIFY(server.listenLocal());
    server.setFraming(static_cast<FaultyFileServer::Framing>(framing));
    server.sendExtra(64 * 1024 * 1024, declared); // 64 MB of junk after an 8 MB image
    DownloadRequest req = request(server.url());
    if (!sizeKnown)
        req.expectedSize = -1;
    qint64 most = 0;
    auto* downloader = new FileDownloader(m_nam.get(), req, TransportOptions(), this);
    connect(downloader, &FileDownloader::progress, this,
            [&most](qint64 done, qint64) { most = std::max(most, done); });
    downloader->start();
    QVERIFY(waitForJob(downloader, 60000));
    if (!sizeKnown) { // Qt reads Content-Length bytes and no more: the image itself, verified
        QVERIFY2(downloader->result().has_value(), why(downloader->result()).constData());
        QCOMPARE(QFileInfo(req.targetPath).size(), m_data.size());
        return;
    }
    QVERIFY(!downloader->result());
    QCOMPARE(downloader->result().error().kind, ApiError::Kind::Verification);
    QVERIFY(most <= m_data.size()); // never written past what was announced
    QCOMPARE(QDir(folder()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestDownloadHostile::chunkedBodyWithoutItsLastChunkIsNotSaved_data()
{
    QTest::addColumn<int>("framing");
    QTest::addColumn<bool>("cut");
    QTest::addColumn<bool>("ranges");
    using F = FaultyFileServer::Framing;
    QTest::newRow("chunked, complete") << int(F::Chunked) << false << true;
    QTest::newRow("chunked, complete, store without ranges") << int(F::Chunked) << false << false;
    QTest::newRow("chunked, cut halfway") << int(F::ChunkedWithoutLastChunk) << true << true;
    QTest::newRow("chunked, cut halfway, store without ranges")
        << int(F::ChunkedWithoutLastChunk) << true << false;
}

// Qt 6.4 reports a chunked body cut before its last chunk as complete in some runs, at random:
// with no size, no checksum and no Content-Length, the end is confirmed (a range after the last
// byte: 416; or a second whole download of the same length). Repeated, since Qt's answer varies:
// whatever happens, a file at the final name holds the whole image, never a part of it.
void TestDownloadHostile::chunkedBodyWithoutItsLastChunkIsNotSaved()
{
    QFETCH(int, framing);
    QFETCH(bool, cut);
    QFETCH(bool, ranges);
    // Small: Qt passes a cut off as complete more often when the whole answer is in one read.
    const QByteArray data = cut ? imageBytes(96 * 1024, 3) : m_data;
    FaultyFileServer server(data);
    QVERIFY(server.listenLocal());
    server.setFraming(static_cast<FaultyFileServer::Framing>(framing));
    if (!ranges)
        server.refuseRange(400, 1000);
    DownloadRequest req = request(server.url());
    req.expectedSize = -1; // nothing to judge the length by but the chunked framing
    req.hashAlgorithm.clear();
    req.hashValue.clear();
    req.maxRetries = 2;
    int saved = 0;
    for (int attempt = 0; attempt < (cut ? 20 : 1); ++attempt) {
        if (cut)
            server.cutAfter(data.size() / 2);
        QFile::remove(req.targetPath);
        FileDownloader* downloader = run(req);
        if (downloader->result()) {
            ++saved;
            QFile file(req.targetPath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.size(), data.size());
            QVERIFY(file.readAll() == data);
        } else {
            QCOMPARE(downloader->result().error().kind, ApiError::Kind::Network);
            QVERIFY(!QFileInfo::exists(req.targetPath));
        }
    }
    if (!cut) {
        QCOMPARE(saved, 1);
        // The end was confirmed: a range after the last byte (416); where ranges are refused
        // (400), a second whole download of the same length.
        QCOMPARE(server.requests().size(), ranges ? 2 : 3);
        QCOMPARE(server.requests().at(1).headers.value("range"),
                 "bytes=" + QByteArray::number(data.size()) + '-');
        QCOMPARE(server.requests().last().headers.contains("range"), ranges);
    }
}

void TestDownloadHostile::plantedPartWithoutChecksumIsNotTrusted_data()
{
    QTest::addColumn<QString>("algorithm"); // os_hash_algo, with a value; no MD5 checksum
    QTest::newRow("no checksum at all") << QString();
    QTest::newRow("only a hash in an algorithm Skylight cannot check") << u"blake3"_s;
}

void TestDownloadHostile::plantedPartWithoutChecksumIsNotTrusted()
{
    QFETCH(QString, algorithm);
    FaultyFileServer server(m_data);
    QVERIFY(server.listenLocal());
    DownloadRequest req = request(server.url());
    req.hashAlgorithm = algorithm;
    req.hashValue = algorithm.isEmpty() ? QByteArray() : QByteArray("abcdef");
    QFile part(req.targetPath + u".part"_s);
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write(QByteArray(1024 * 1024, 'E')); // someone's bytes, not the image's
    part.close();
    QFile sidecar(req.targetPath + u".part.skylight"_s);
    QVERIFY(sidecar.open(QIODevice::WriteOnly));
    sidecar.write(PartSidecar::from(req).toJson());
    sidecar.close();
    FileDownloader* downloader = run(req);
    QVERIFY2(downloader->result().has_value(), why(downloader->result()).constData());
    QVERIFY(!downloader->result()->resumed);
    QVERIFY(!server.requests().first().headers.contains("range"));
    QVERIFY(m_notes.join(u' ').contains(u"no checksum"_s));
    QVERIFY(downloader->result()->verifyNote.contains(u"nothing to verify"_s));
    QFile file(req.targetPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_data);
}

// A part that already holds the whole image of unknown size: the range after it is answered
// 416, which means "nothing more", not "ranges refused": the part is verified and placed.
void TestDownloadHostile::wholePartOfUnknownSizeIsCheckedNotRefetched()
{
    FaultyFileServer server(m_data);
    QVERIFY(server.listenLocal());
    DownloadRequest req = request(server.url());
    req.expectedSize = -1;
    QFile part(req.targetPath + u".part"_s);
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write(m_data);
    part.close();
    QFile sidecar(req.targetPath + u".part.skylight"_s);
    QVERIFY(sidecar.open(QIODevice::WriteOnly));
    sidecar.write(PartSidecar::from(req).toJson());
    sidecar.close();
    RangeSupport ranges;
    FileDownloader* downloader = run(req, &ranges);
    QVERIFY2(downloader->result().has_value(), why(downloader->result()).constData());
    QVERIFY(downloader->result()->resumed);
    QVERIFY(downloader->result()->verified);
    QCOMPARE(downloader->result()->bytesFetched, 0);
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(!ranges.refuses(req.url, req.store));
}

void TestDownloadHostile::rangeRefusedStartsOverInTheSameRun_data()
{
    QTest::addColumn<int>("status"); // what the Range request gets
    QTest::newRow("400 (Glance: store cannot read at random)") << 400;
    QTest::newRow("416 (not satisfiable)") << 416;
    QTest::newRow("200 (whole image)") << 200;
}

void TestDownloadHostile::rangeRefusedStartsOverInTheSameRun()
{
    QFETCH(int, status);
    FaultyFileServer server(m_data);
    QVERIFY(server.listenLocal());
    server.cutAfter(m_data.size() / 2);
    if (status == 200)
        server.ignoreRange();
    else
        server.refuseRange(status);
    RangeSupport ranges;
    const DownloadRequest req = request(server.url());
    FileDownloader* downloader = run(req, &ranges);
    QVERIFY2(downloader->result().has_value(), why(downloader->result()).constData());
    QVERIFY(downloader->result()->verified);
    QVERIFY2(m_notes.join(u' ').contains(u"does not serve ranges; downloading from the start"_s),
             qPrintable(m_notes.join(u" | "_s)));
    QVERIFY(ranges.refuses(req.url, req.store));
    QVERIFY(!server.requests().last().headers.contains("range"));
    QFile file(req.targetPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_data);
}

void TestDownloadHostile::endpointWithoutRangesIsRemembered()
{
    FaultyFileServer server(m_data);
    QVERIFY(server.listenLocal());
    QSettings file(m_root->filePath(u"ranges.ini"_s), QSettings::IniFormat);
    AppSettings settings(&file);
    DownloadRequest req = request(server.url());
    req.store = u"swift"_s;
    {
        RangeSupport ranges(&settings);
        server.cutAfter(m_data.size() / 2);
        server.refuseRange(400);
        req.maxRetries = 1;
        QVERIFY(run(req, &ranges)->result().has_value());
    }
    // A later run (another process: a new RangeSupport on the same settings), with a part cut
    // halfway: it does not ask for a range again, and says why it starts over.
    RangeSupport later(&settings);
    QVERIFY(later.refuses(req.url, u"swift"_s));
    QVERIFY(!later.refuses(req.url, u"file"_s)); // the same Glance's file store does serve ranges
    QVERIFY(QFile::remove(req.targetPath));
    server.cutAfter(m_data.size() / 2);
    req.maxRetries = 0;
    QVERIFY(!run(req, &later)->result());
    QVERIFY(QFileInfo(req.targetPath + u".part"_s).size() > 0);
    m_notes.clear();
    const qsizetype before = server.requests().size();
    req.maxRetries = 1;
    FileDownloader* resumed = run(req, &later);
    QVERIFY2(resumed->result().has_value(), why(resumed->result()).constData());
    QVERIFY(!resumed->result()->resumed);
    QVERIFY(m_notes.join(u' ').contains(u"does not serve ranges"_s));
    for (qsizetype i = before; i < server.requests().size(); ++i)
        QVERIFY(!server.requests().at(i).headers.contains("range"));
}

void TestDownloadHostile::longRetryAfterIsReportedNotWaitedFor()
{
    FaultyFileServer server(m_data);
    QVERIFY(server.listenLocal());
    server.unavailable(3600);
    DownloadRequest req = request(server.url());
    req.maxRetryAfter = std::chrono::seconds(60);
    QElapsedTimer clock;
    clock.start();
    FileDownloader* downloader = run(req);
    QVERIFY(clock.elapsed() < 10000);
    QVERIFY(!downloader->result());
    QCOMPARE(downloader->result().error().kind, ApiError::Kind::Network); // the CLI's exit 6
    QVERIFY2(downloader->result().error().message.contains(u"3600 s"_s),
             why(downloader->result()).constData());
    QCOMPARE(server.requests().size(), 1);
}

void TestDownloadHostile::fullDiskKeepsTheResume()
{
#ifdef Q_OS_UNIX
    if (::geteuid() != 0)
        QSKIP("needs root to mount a small tmpfs");
    if (QProcess::execute(u"mount"_s,
                          {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=4m"_s, u"skylight-test"_s, folder()}) != 0)
        QSKIP("could not mount a tmpfs here");
    m_mounted = folder();
    FaultyFileServer server(m_data);
    QVERIFY(server.listenLocal());
    DownloadRequest req = request(server.url());
    req.expectedSize = -1; // unknown size: the free-space check cannot refuse it first
    FileDownloader* first = run(req);
    QVERIFY(!first->result());
    QCOMPARE(first->result().error().kind, ApiError::Kind::LocalIo);
    const qint64 kept = QFileInfo(req.targetPath + u".part"_s).size();
    QVERIFY2(kept > 0, qPrintable(QString::number(kept)));
    QFile sidecar(req.targetPath + u".part.skylight"_s);
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    const auto parsed = PartSidecar::fromJson(sidecar.readAll());
    QVERIFY(parsed.has_value()); // intact, not emptied by a failed rewrite
    QVERIFY(parsed->matches(req));
    sidecar.close();
    // Space is freed (the tmpfs grows): the next run continues where the first stopped.
    QCOMPARE(QProcess::execute(u"mount"_s, {u"-o"_s, u"remount,size=64m"_s, folder()}), 0);
    FileDownloader* second = run(req);
    QVERIFY2(second->result().has_value(), why(second->result()).constData());
    QVERIFY(second->result()->resumed);
    QVERIFY(second->result()->verified);
    QVERIFY(second->result()->bytesFetched <= m_data.size() - kept + 2 * 1024 * 1024);
#else
    QSKIP("tmpfs: Linux only");
#endif
}

QTEST_GUILESS_MAIN(TestDownloadHostile)
#include "tst_downloadhostile.moc"
