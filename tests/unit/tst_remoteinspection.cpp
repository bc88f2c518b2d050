// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/fileinspection.h"
#include "democloud/democatalog.h"
#include "democloud/democloud.h"
#include "download/rangesupport.h"
#include "inspect/imageinspector.h"
#include "inspect/remoteinspection.h"
#include "support/faultyfileserver.h"
#include "support/silentserver.h"
#include "support/testjobs.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::FaultyFileServer;
using Skylight::Test::SilentServer;
using Skylight::Test::waitForJob;
using Skylight::Test::why;
using Kind = InspectionProblem::Kind;

namespace {
constexpr qint64 kMiB = 1024 * 1024;

QList<Kind> kinds(const InspectionResult& result)
{
    QList<Kind> out;
    for (const InspectionProblem& problem : result.problems)
        out << problem.kind;
    return out;
}

// What inspecting every byte in order says (the reference for a remote verdict).
InspectionResult inspectAll(const QByteArray& bytes, const QString& declared)
{
    ImageInspector inspector;
    inspector.setDeclaredFormat(declared);
    inspector.setTotalSize(bytes.size());
    inspector.feed(bytes);
    inspector.finish();
    return inspector.result();
}

QByteArray describe(const InspectionResult& result)
{
    return u"%1 size %2 safe %3 matches %4 read %5 problems %6"_s.arg(result.format)
        .arg(result.virtualSize.value_or(-1))
        .arg(result.safe)
        .arg(result.matchesDeclared.value_or(true))
        .arg(result.bytesRead)
        .arg(result.problemTexts().join(u" | "_s))
        .toUtf8();
}
} // namespace

// RemoteInspection against the demo cloud (ranges served) and loopback servers that ignore Range
// (200, the whole body), refuse it (400 as Glance over Ceph), redirect to another origin or never
// answer: the verdict is that of the bytes read in order, reading little where ranges are served
// (under 1 MiB for qemu-img's qcow2 and vhdx of 1 GiB), dropping the stream once decided where
// they are not, the footer of a streamOptimized vmdk from a tail range.
class TestRemoteInspection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void inspectorSkipsToWhatItWants();
    void demoImages_data();
    void demoImages();
    void demoUnsafeAndMismatched();
    void qemuImagesReadLittle_data();
    void qemuImagesReadLittle();
    void streamOptimizedVmdkReadsTheTail();
    void rangeIgnoredStopsTheStreamEarly();
    void rangeRefusedIsRemembered();
    void farMetadataWithoutRangesIsCappedAndSaysSo();
    void sizeFromContentRange();
    void tokenStaysWithItsOrigin();
    void silentServerEndsAtTheDeadline();

private:
    RemoteInspection* inspect(const RemoteInspectionRequest& request, TransportOptions options = {});
    bool qemuImg(const QStringList& args);
    QByteArray file(const QString& name) const;
    RemoteInspectionRequest requestFor(const QUrl& url, qint64 size, const QString& declared) const;

    QTemporaryDir m_dir;
    bool m_haveQemu = false;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<DemoCloud> m_demo;
    RangeSupport m_ranges;
};

bool TestRemoteInspection::qemuImg(const QStringList& args)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(u"qemu-img"_s, args);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

QByteArray TestRemoteInspection::file(const QString& name) const
{
    QFile f(m_dir.filePath(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestRemoteInspection::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = std::make_unique<DemoCloud>();
    QVERIFY2(m_demo->start(), qPrintable(m_demo->errorString()));
    m_haveQemu = !QStandardPaths::findExecutable(u"qemu-img"_s).isEmpty();
    if (!m_haveQemu)
        return;
    QVERIFY(qemuImg({u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, u"image.qcow2"_s, u"1G"_s}));
    QVERIFY(qemuImg({u"create"_s, u"-q"_s, u"-f"_s, u"vhdx"_s, u"image.vhdx"_s, u"1G"_s}));
    QVERIFY(qemuImg({u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, u"-u"_s, u"-b"_s, u"/etc/passwd"_s, u"-F"_s,
                     u"raw"_s, u"hostile.qcow2"_s, u"1G"_s}));
    // streamOptimized with its grain directory "at the end": the header points at the footer
    // (as tst_inspector builds it from qemu-img's).
    QFile raw(m_dir.filePath(u"raw.img"_s));
    QVERIFY(raw.open(QIODevice::WriteOnly));
    QVERIFY(raw.write(QByteArray(2 * kMiB, 'r')) == 2 * kMiB);
    raw.close();
    QVERIFY(qemuImg({u"convert"_s, u"-O"_s, u"vmdk"_s, u"-o"_s, u"subformat=streamOptimized"_s, u"raw.img"_s,
                     u"stream.vmdk"_s}));
    const QByteArray stream = file(u"stream.vmdk"_s);
    QByteArray header = stream.first(512);
    QByteArray atEnd = stream;
    qToLittleEndian(~quint64(0), atEnd.data() + 56);
    QByteArray marker(512, '\0');
    qToLittleEndian(quint64(1), marker.data());
    qToLittleEndian(quint32(3), marker.data() + 12);
    QFile footer(m_dir.filePath(u"footer.vmdk"_s));
    QVERIFY(footer.open(QIODevice::WriteOnly));
    footer.write(atEnd + marker + header + QByteArray(512, '\0'));
}

void TestRemoteInspection::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_ranges = RangeSupport();
    m_demo->clearRequests();
}

RemoteInspection* TestRemoteInspection::inspect(const RemoteInspectionRequest& request,
                                                TransportOptions options)
{
    options.idleTimeout = std::min(options.idleTimeout, std::chrono::milliseconds(10000));
    auto* job = new RemoteInspection(m_nam.get(), request, options, this);
    job->setRangeSupport(&m_ranges);
    job->start();
    return job;
}

RemoteInspectionRequest TestRemoteInspection::requestFor(const QUrl& url, qint64 size,
                                                         const QString& declared) const
{
    RemoteInspectionRequest request;
    request.imageId = u"img"_s;
    request.url = url;
    request.token = "secret-token";
    request.expectedSize = size;
    request.declaredFormat = declared;
    return request;
}

// ImageInspector's seek hint: a vhdx read as a seeking reader would (the head, then only what
// wantedOffset() names) gives the verdict of every byte in order, with a fraction of them counted;
// a qcow2 (decided by its head) names nothing to skip to.
void TestRemoteInspection::inspectorSkipsToWhatItWants()
{
    if (!m_haveQemu)
        QSKIP("qemu-img is not installed (Debian: qemu-utils)");
    const QByteArray vhdx = file(u"image.vhdx"_s);
    ImageInspector inspector;
    inspector.setTotalSize(vhdx.size());
    QVERIFY(!inspector.wantedOffset());
    qint64 fed = 0;
    int skips = 0;
    while (inspector.needsHead()) {
        if (const auto wanted = inspector.wantedOffset()) {
            QVERIFY(*wanted > inspector.position());
            inspector.skipTo(*wanted);
            QCOMPARE(inspector.position(), *wanted);
            ++skips;
        }
        const qint64 at = inspector.position();
        QVERIFY(at < vhdx.size());
        const QByteArrayView chunk =
            QByteArrayView(vhdx).sliced(at, std::min<qint64>(4096, vhdx.size() - at));
        inspector.feed(chunk);
        fed += chunk.size();
    }
    QVERIFY(skips >= 1);
    QCOMPARE(inspector.bytesRead(), fed);
    QVERIFY(fed < 512 * 1024);
    const InspectionResult skipped = inspector.result();
    const InspectionResult whole = inspectAll(vhdx, QString());
    QCOMPARE(skipped.format, whole.format);
    QCOMPARE(skipped.virtualSize, whole.virtualSize);
    QCOMPARE(skipped.safe, whole.safe);
    QCOMPARE(skipped.details, whole.details);

    ImageInspector qcow2;
    qcow2.feed(file(u"image.qcow2"_s).first(64 * 1024));
    QVERIFY(!qcow2.needsHead());
    QVERIFY(!qcow2.wantedOffset());
    qcow2.skipTo(1024 * 1024); // nothing wanted there: ignored
    QCOMPARE(qcow2.position(), 64 * 1024);
}

void TestRemoteInspection::demoImages_data()
{
    QTest::addColumn<QString>("id");
    for (const DemoImage& image : DemoCatalog::standard().images()) {
        if (image.hasData() && image.glance.value(u"status"_s).toString() == u"active"_s)
            QTest::newRow(qPrintable(image.glance.value(u"name"_s).toString(image.id()))) << image.id();
    }
}

// Every active demo image: the remote verdict is that of its bytes, from a few ranges.
void TestRemoteInspection::demoImages()
{
    QFETCH(QString, id);
    const DemoImage* image = DemoCatalog::standard().find(id);
    QVERIFY(image);
    const QString declared = image->glance.value(u"disk_format"_s).toString();
    QUrl url = m_demo->glanceV2Endpoint();
    url.setPath(url.path() + u"/v2/images/%1/file"_s.arg(id));
    RemoteInspectionRequest request = requestFor(url, image->dataSize, declared);
    request.token = m_demo->token();
    RemoteInspection* job = inspect(request);
    QVERIFY(waitForJob(job));
    QVERIFY2(job->result(), why(job->result()).constData());
    const InspectionResult remote = *job->result();
    const InspectionResult local = inspectAll(image->data(), declared);
    QVERIFY2(remote.format == local.format && remote.virtualSize == local.virtualSize &&
                 remote.safe == local.safe && remote.matchesDeclared == local.matchesDeclared &&
                 kinds(remote) == kinds(local) && remote.details == local.details,
             QByteArray(describe(remote) + " vs " + describe(local)).constData());
    QVERIFY2(remote.bytesRead <= 512 * 1024, describe(remote).constData());
    QCOMPARE(remote.bytesRead, job->bytesReceived());
    for (const DemoRequest& sent : m_demo->requests())
        QVERIFY(sent.hasHeader("Range"));
    QVERIFY(job->notes().isEmpty());
}

void TestRemoteInspection::demoUnsafeAndMismatched()
{
    int unsafe = 0;
    int mismatched = 0;
    for (const DemoImage& image : DemoCatalog::standard().images()) {
        if (!image.hasData())
            continue;
        const InspectionResult result =
            inspectAll(image.data(), image.glance.value(u"disk_format"_s).toString());
        if (result.hasProblem(Kind::BackingFile)) {
            ++unsafe;
            QCOMPARE(result.details.value(u"backing_file"_s).toString(), u"/etc/passwd"_s);
            QVERIFY(image.glance.value(u"visibility"_s).toString() != u"private"_s);
        }
        if (result.hasProblem(Kind::FormatMismatch) &&
            image.glance.value(u"status"_s).toString() == u"active"_s) {
            ++mismatched;
            QCOMPARE(result.format, u"qcow2"_s);
        }
    }
    QCOMPARE(unsafe, 1);
    QCOMPARE(mismatched, 1);
}

void TestRemoteInspection::qemuImagesReadLittle_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    QTest::newRow("qcow2 of 1 GiB") << u"image.qcow2"_s << u"qcow2"_s;
    QTest::newRow("vhdx of 1 GiB") << u"image.vhdx"_s << u"vhdx"_s;
    QTest::newRow("qcow2 backed by /etc/passwd") << u"hostile.qcow2"_s << u"qcow2"_s;
}

// With ranges: the verdict of `inspect --file` on the same bytes, under 1 MiB read (the vhdx's
// metadata lies megabytes in: skipped to).
void TestRemoteInspection::qemuImagesReadLittle()
{
    if (!m_haveQemu)
        QSKIP("qemu-img is not installed (Debian: qemu-utils)");
    QFETCH(QString, name);
    QFETCH(QString, format);
    const QByteArray bytes = file(name);
    QVERIFY(!bytes.isEmpty());
    FaultyFileServer server(bytes);
    QVERIFY(server.listenLocal());
    RemoteInspection* job = inspect(requestFor(server.url(), bytes.size(), format));
    QVERIFY(waitForJob(job));
    QVERIFY2(job->result(), why(job->result()).constData());
    const InspectionResult remote = *job->result();
    const auto local = inspectFile(m_dir.filePath(name), format);
    QVERIFY(local);
    QVERIFY2(remote.format == local->format && remote.virtualSize == local->virtualSize &&
                 remote.safe == local->safe && kinds(remote) == kinds(*local),
             QByteArray(describe(remote) + " vs " + describe(*local)).constData());
    QCOMPARE(remote.format, format);
    QCOMPARE(remote.virtualSize, std::optional<qint64>(1024 * kMiB));
    QVERIFY2(remote.bytesRead < kMiB, describe(remote).constData());
    for (const FaultyFileServer::Request& sent : server.requests())
        QVERIFY(sent.headers.value("range").startsWith("bytes="));
    qInfo().noquote() << name << "file" << bytes.size() << "bytes; read" << remote.bytesRead << "in"
                      << job->requestsSent() << "requests";
}

void TestRemoteInspection::streamOptimizedVmdkReadsTheTail()
{
    if (!m_haveQemu)
        QSKIP("qemu-img is not installed (Debian: qemu-utils)");
    const QByteArray bytes = file(u"footer.vmdk"_s);
    QVERIFY(bytes.size() > 1536);
    FaultyFileServer server(bytes);
    QVERIFY(server.listenLocal());
    RemoteInspection* job = inspect(requestFor(server.url(), bytes.size(), u"vmdk"_s));
    QVERIFY(waitForJob(job));
    QVERIFY2(job->result(), why(job->result()).constData());
    const InspectionResult remote = *job->result();
    QCOMPARE(remote.format, u"vmdk"_s);
    QVERIFY2(remote.safe, describe(remote).constData());
    QCOMPARE(remote.details.value(u"footer"_s).toBool(), true);
    const QByteArray last = server.requests().constLast().headers.value("range");
    QCOMPARE(last,
             "bytes=" + QByteArray::number(bytes.size() - 1536) + '-' + QByteArray::number(bytes.size() - 1));
    QVERIFY2(remote.bytesRead < 256 * 1024, describe(remote).constData());
}

// A server that answers a Range with 200 and the whole image: read until decided, then dropped.
void TestRemoteInspection::rangeIgnoredStopsTheStreamEarly()
{
    if (!m_haveQemu)
        QSKIP("qemu-img is not installed (Debian: qemu-utils)");
    QByteArray bytes = file(u"hostile.qcow2"_s);
    bytes.append(QByteArray(32 * kMiB, '\0')); // a long body after the header
    FaultyFileServer server(bytes);
    QVERIFY(server.listenLocal());
    server.ignoreRange(100);
    RemoteInspection* job = inspect(requestFor(server.url(), bytes.size(), u"qcow2"_s));
    QVERIFY(waitForJob(job));
    QVERIFY2(job->result(), why(job->result()).constData());
    const InspectionResult remote = *job->result();
    QCOMPARE(remote.format, u"qcow2"_s);
    QVERIFY(remote.hasProblem(Kind::BackingFile));
    QCOMPARE(remote.virtualSize, std::optional<qint64>(1024 * kMiB));
    QVERIFY2(remote.bytesRead < 2 * kMiB, describe(remote).constData()); // of a 32 MiB body
    QCOMPARE(job->requestsSent(), 1);
    QCOMPARE(job->notes().size(), 1);
    QVERIFY(m_ranges.refuses(server.url(), QString()));
}

// 400 to a Range (Glance over rbd, swift, s3): remembered, the plain stream read until decided;
// the next inspection of that endpoint asks for no range at all.
void TestRemoteInspection::rangeRefusedIsRemembered()
{
    if (!m_haveQemu)
        QSKIP("qemu-img is not installed (Debian: qemu-utils)");
    QByteArray bytes = file(u"image.qcow2"_s);
    bytes.append(QByteArray(16 * kMiB, '\0'));
    FaultyFileServer server(bytes);
    QVERIFY(server.listenLocal());
    server.refuseRange(400);
    RemoteInspectionRequest request = requestFor(server.url(), bytes.size(), u"qcow2"_s);
    request.store = u"ceph"_s;
    RemoteInspection* job = inspect(request);
    QVERIFY(waitForJob(job));
    QVERIFY2(job->result(), why(job->result()).constData());
    QCOMPARE(job->result()->format, u"qcow2"_s);
    QVERIFY(job->result()->safe);
    QVERIFY2(job->result()->bytesRead < 2 * kMiB, describe(*job->result()).constData());
    QCOMPARE(job->requestsSent(), 2);
    QVERIFY(m_ranges.refuses(server.url(), u"ceph"_s));

    RemoteInspection* again = inspect(request);
    QVERIFY(waitForJob(again));
    QVERIFY2(again->result(), why(again->result()).constData());
    QCOMPARE(again->result()->format, u"qcow2"_s);
    QCOMPARE(again->requestsSent(), 1);
    QVERIFY(!server.requests().constLast().headers.contains("range"));
}

// Without ranges a vhdx's metadata (megabytes in) is read in order: complete under the cap, an
// Incomplete problem (unsafe, said in a sentence) over it.
void TestRemoteInspection::farMetadataWithoutRangesIsCappedAndSaysSo()
{
    if (!m_haveQemu)
        QSKIP("qemu-img is not installed (Debian: qemu-utils)");
    const QByteArray bytes = file(u"image.vhdx"_s);
    FaultyFileServer server(bytes);
    QVERIFY(server.listenLocal());
    server.ignoreRange(100);
    RemoteInspection* job = inspect(requestFor(server.url(), bytes.size(), u"vhdx"_s));
    QVERIFY(waitForJob(job));
    QVERIFY2(job->result(), why(job->result()).constData());
    QCOMPARE(job->result()->format, u"vhdx"_s);
    QVERIFY2(job->result()->safe, describe(*job->result()).constData());
    QCOMPARE(job->result()->virtualSize, std::optional<qint64>(1024 * kMiB));

    RemoteInspectionRequest capped = requestFor(server.url(), bytes.size(), u"vhdx"_s);
    capped.maxStreamBytes = 512 * 1024;
    RemoteInspection* short_ = inspect(capped);
    QVERIFY(waitForJob(short_));
    QVERIFY2(short_->result(), why(short_->result()).constData());
    const InspectionResult incomplete = *short_->result();
    QVERIFY(!incomplete.safe);
    QVERIFY(incomplete.hasProblem(Kind::Incomplete));
    QVERIFY(incomplete.details.value(u"incomplete"_s).toString().contains(u"incomplete"_s));
    QVERIFY2(incomplete.bytesRead < 2 * kMiB, describe(incomplete).constData());
}

// A record without a size: a raw image's size (its virtual size) comes from Content-Range.
void TestRemoteInspection::sizeFromContentRange()
{
    const QByteArray bytes(300 * 1024, 'q');
    FaultyFileServer server(bytes);
    QVERIFY(server.listenLocal());
    RemoteInspection* job = inspect(requestFor(server.url(), -1, u"raw"_s));
    QVERIFY(waitForJob(job));
    QVERIFY2(job->result(), why(job->result()).constData());
    QCOMPARE(job->result()->format, u"raw"_s);
    QCOMPARE(job->result()->virtualSize, std::optional<qint64>(bytes.size()));
    QVERIFY(job->result()->acceptable());
    QCOMPARE(job->result()->bytesRead, 64 * 1024);
}

// A redirect to another origin (another port): the token stays behind.
void TestRemoteInspection::tokenStaysWithItsOrigin()
{
    const QByteArray bytes(256 * 1024, 'z');
    FaultyFileServer other(bytes);
    QVERIFY(other.listenLocal());
    FaultyFileServer first(bytes);
    QVERIFY(first.listenLocal());
    first.redirectTo(other.url(u"/elsewhere/file"_s));
    RemoteInspection* job = inspect(requestFor(first.url(), bytes.size(), u"raw"_s));
    QVERIFY(waitForJob(job));
    QVERIFY2(job->result(), why(job->result()).constData());
    QCOMPARE(job->result()->format, u"raw"_s);
    QCOMPARE(first.requests().size(), 1);
    QCOMPARE(first.requests().first().headers.value("x-auth-token"), QByteArray("secret-token"));
    QVERIFY(!other.requests().isEmpty());
    for (const FaultyFileServer::Request& sent : other.requests())
        QVERIFY(!sent.headers.contains("x-auth-token"));
}

void TestRemoteInspection::silentServerEndsAtTheDeadline()
{
    SilentServer server;
    QVERIFY(server.listenLocal());
    TransportOptions options;
    options.idleTimeout = std::chrono::milliseconds(500);
    RemoteInspection* job = inspect(requestFor(server.url(u"/file"_s), -1, u"raw"_s), options);
    QVERIFY(waitForJob(job, 10000));
    QVERIFY(!job->result());
    QCOMPARE(job->result().error().kind, ApiError::Kind::Timeout);
}

QTEST_GUILESS_MAIN(TestRemoteInspection)
#include "tst_remoteinspection.moc"
