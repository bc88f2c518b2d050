// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "peer/cuttingproxy.h"
#include "peer/peerclient.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Skylight::Test::CuttingProxy;
using Skylight::Test::PeerClient;
using Skylight::Test::PeerReply;

namespace {
constexpr qint64 kImageBytes = 24 * 1024 * 1024;
constexpr char kStartedOver[] = "does not serve ranges"; // FileDownloader's note, in English (LC_ALL=C)

struct StoredImage
{
    QString id;
    QByteArray sha512; // hex, as Glance's os_hash_value
};
} // namespace

// Resuming against a real Glance whose store cannot read at random. The peer's Glance keeps
// images in an OpenStack Swift by default (tests/peer/start-swift.sh), which answers a Range
// request with 400, as rbd, s3 and http stores do; its file store serves ranges. A download is
// cut halfway (a loopback proxy holds the answer, the CLI is killed), then run again: from the
// swift store it starts over and says so, from the file store it resumes; both end verified.
class TestPeerSwift : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void glanceAnswersRangesByStore_data();
    void glanceAnswersRangesByStore();
    void resumeAfterCut_data();
    void resumeAfterCut();
    void refusalIsRemembered();

private:
    StoredImage upload(const QString& store);
    QProcessEnvironment cliEnvironment(const QString& configDir) const;
    QStringList downloadArgs(const QString& id, const QString& target) const;
    // Starts a download through the proxy, holds its answer after half the image, waits until
    // the part file holds about that much, and kills the CLI. Returns the part's size.
    qint64 cutDownload(const QString& id, const QString& target, const QString& configDir);
    void checkSaved(const QString& target, const QString& store);

    PeerClient m_peer;
    std::unique_ptr<CuttingProxy> m_proxy;
    QHash<QString, StoredImage> m_images; // by store
    QTemporaryDir m_home;
    bool m_swiftRefusalLearned = false;
};

StoredImage TestPeerSwift::upload(const QString& store)
{
    const QUrl images(m_peer.value(u"GLANCE_URL"_s) + u"/v2/images"_s);
    const QJsonObject fields{{u"name"_s, QString(u"skylight-peer-ranges-"_s + store)},
                             {u"disk_format"_s, u"raw"_s},
                             {u"container_format"_s, u"bare"_s}};
    const PeerReply created =
        m_peer.request("POST", images, QJsonDocument(fields).toJson(), "application/json");
    if (created.status != 201)
        qFatal("creating an image failed: %d %s", created.status, created.body.constData());
    const QString id = QJsonDocument::fromJson(created.body).object().value(u"id"_s).toString();

    QByteArray data(kImageBytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(data.data()), kImageBytes / 4);
    // Multi-store Glance takes the store for an upload from this header (default: swift).
    const PeerReply uploaded = m_peer.request("PUT", QUrl(images.toString() + u'/' + id + u"/file"_s), data,
                                              "application/octet-stream", QByteArray("(default)"),
                                              {{"X-Image-Meta-Store", store.toUtf8()}});
    if (uploaded.status != 204)
        qFatal("uploading to the %s store failed: %d %s", qPrintable(store), uploaded.status,
               uploaded.body.constData());
    return {id, QCryptographicHash::hash(data, QCryptographicHash::Sha512).toHex()};
}

void TestPeerSwift::initTestCase()
{
    QString error;
    QVERIFY2(m_peer.connect(&error), qPrintable(error));
    QVERIFY(m_home.isValid());
    m_proxy = std::make_unique<CuttingProxy>(QUrl(m_peer.value(u"GLANCE_URL"_s)));
    QVERIFY(m_proxy->listen());

    for (const QString& store : {u"swift"_s, u"file"_s}) {
        const StoredImage image = upload(store);
        const PeerReply shown =
            m_peer.request("GET", QUrl(m_peer.value(u"GLANCE_URL"_s) + u"/v2/images/"_s + image.id));
        QCOMPARE(shown.status, 200);
        const QJsonObject fields = QJsonDocument::fromJson(shown.body).object();
        QCOMPARE(fields.value(u"status"_s).toString(), u"active"_s);
        QCOMPARE(fields.value(u"stores"_s).toString(), store);
        QCOMPARE(fields.value(u"size"_s).toInteger(), kImageBytes);
        QCOMPARE(fields.value(u"os_hash_value"_s).toString().toLatin1(), image.sha512);
        m_images.insert(store, image);
    }
}

void TestPeerSwift::glanceAnswersRangesByStore_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<int>("status");
    QTest::newRow("swift refuses") << u"swift"_s << 400;
    QTest::newRow("file serves") << u"file"_s << 206;
}

// The premise of the other tests: without it they would not test what they claim.
void TestPeerSwift::glanceAnswersRangesByStore()
{
    QFETCH(QString, store);
    QFETCH(int, status);
    const QUrl file(m_peer.value(u"GLANCE_URL"_s) + u"/v2/images/"_s + m_images.value(store).id + u"/file"_s);
    const QByteArray range = "bytes=" + QByteArray::number(kImageBytes / 2) + '-';
    const PeerReply reply = m_peer.request("GET", file, {}, {}, QByteArray("(default)"), {{"Range", range}});
    qInfo("Glance's %s store answers Range: %s with %d", qPrintable(store), range.constData(), reply.status);
    QVERIFY2(
        reply.status == status,
        qPrintable(u"Glance answered Range: %1 for an image in its %2 store with HTTP %3, not %4: the peer's "
                   "stores are not what these tests need (a %2 store that %5 ranges). %6"_s.arg(
                       QString::fromLatin1(range), store, QString::number(reply.status),
                       QString::number(status), status == 400 ? u"refuses"_s : u"serves"_s,
                       QString::fromUtf8(reply.body.left(300)))));
    if (status == 206)
        QCOMPARE(reply.body.size(), kImageBytes - kImageBytes / 2);
}

QProcessEnvironment TestPeerSwift::cliEnvironment(const QString& configDir) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"OS_TOKEN"_s, QString::fromLatin1(m_peer.token()));
    env.insert(u"XDG_CONFIG_HOME"_s, configDir); // what the CLI remembers about endpoints
    return env;
}

QStringList TestPeerSwift::downloadArgs(const QString& id, const QString& target) const
{
    return {u"--endpoint"_s, m_proxy->url().toString(), u"download"_s, id, u"-o"_s, target};
}

qint64 TestPeerSwift::cutDownload(const QString& id, const QString& target, const QString& configDir)
{
    const QString part = target + u".part"_s;
    m_proxy->holdNextFileAnswerAfter(kImageBytes / 2);
    QProcess cli;
    cli.setProcessEnvironment(cliEnvironment(configDir));
    cli.start(QStringLiteral(SKYLIGHT_CLI_PATH), downloadArgs(id, target));
    const auto partSize = [&part] {
        return QFileInfo(part).size();
    };
    const bool held = QTest::qWaitFor([this] { return m_proxy->holding(); }, 60000);
    // Everything the proxy let through lands in the part (QFile may still buffer a little).
    const bool written =
        held && QTest::qWaitFor([&] { return partSize() >= kImageBytes / 2 - 65536; }, 30000);
    cli.kill();
    cli.waitForFinished(10000);
    if (!held || !written) {
        qWarning("the cut did not happen: held %d, part %lld bytes; the CLI said: %s %s", held, partSize(),
                 cli.readAllStandardOutput().constData(), cli.readAllStandardError().constData());
        return -1;
    }
    if (!QTest::qWaitFor([this] { return !m_proxy->holding(); }, 10000))
        qWarning("the proxy still holds the answer after the CLI was killed");
    qInfo("cut: the CLI was killed with %lld of %lld bytes in %s", partSize(), kImageBytes,
          qPrintable(QFileInfo(part).fileName()));
    return partSize();
}

void TestPeerSwift::checkSaved(const QString& target, const QString& store)
{
    QFile file(target);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(target + u" is missing"_s));
    QCOMPARE(file.size(), kImageBytes);
    QCryptographicHash sha512(QCryptographicHash::Sha512);
    QVERIFY(sha512.addData(&file));
    QCOMPARE(sha512.result().toHex(), m_images.value(store).sha512);
    QVERIFY(!QFile::exists(target + u".part"_s));
}

void TestPeerSwift::resumeAfterCut_data()
{
    QTest::addColumn<QString>("store");
    QTest::newRow("swift: starts over") << u"swift"_s;
    QTest::newRow("file: resumes") << u"file"_s;
}

void TestPeerSwift::resumeAfterCut()
{
    QFETCH(QString, store);
    const QString configDir = m_home.filePath(store + u"/config"_s);
    QTemporaryDir dir;
    const QString target = dir.filePath(u"image.raw"_s);
    const QString id = m_images.value(store).id;

    m_proxy->clearExchanges();
    const qint64 cutAt = cutDownload(id, target, configDir);
    QVERIFY2(cutAt > 0 && cutAt < kImageBytes, "the first run was not cut halfway");

    m_proxy->clearExchanges();
    int exitCode = -1;
    QByteArray said;
    const QByteArray saved = PeerClient::run(QStringLiteral(SKYLIGHT_CLI_PATH), downloadArgs(id, target),
                                             cliEnvironment(configDir), &exitCode, {}, &said);
    const QList<CuttingProxy::Exchange> files = m_proxy->fileExchanges();
    qInfo("second run: %s", qPrintable(CuttingProxy::describe(files)));
    qInfo("second run said: %s%s", said.constData(), saved.constData());
    QCOMPARE(exitCode, 0);
    checkSaved(target, store);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(saved.contains("os_hash_value"), saved.constData());
    QVERIFY(!files.isEmpty());
    QVERIFY2(files.last().range.isEmpty() == (store == u"swift"_s),
             "the last request was not the expected one");

    if (store == u"swift"_s) {
        QVERIFY2(said.contains(kStartedOver), said.constData());
        QVERIFY2(!saved.contains("resumed"), saved.constData());
        QCOMPARE(files.last().status, 200);
        if (files.first().range.isEmpty()) {
            QCOMPARE(files.size(), 1);
            qInfo("swift: no Range was sent (the refusal was known from the first run); started over");
        } else {
            QCOMPARE(files.first().range, "bytes=" + QByteArray::number(cutAt) + '-');
            QCOMPARE(files.first().status, 400);
            QCOMPARE(files.size(), 2);
            qInfo("swift: the resume asked for bytes=%lld-, Glance answered 400, the CLI started over in the "
                  "same run",
                  cutAt);
        }
        m_swiftRefusalLearned = true;
    } else {
        QVERIFY2(!said.contains(kStartedOver), said.constData());
        QVERIFY2(saved.contains("resumed"), saved.constData());
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().range, "bytes=" + QByteArray::number(cutAt) + '-');
        QCOMPARE(files.first().status, 206);
        qInfo("file: resumed at %lld with 206", cutAt);
    }
}

// After one refusal, the next resume at the same endpoint and store does not ask for a range.
void TestPeerSwift::refusalIsRemembered()
{
    if (!m_swiftRefusalLearned)
        QSKIP("needs resumeAfterCut(swift) to have passed first, in the same run");
    const QString configDir = m_home.filePath(u"swift/config"_s);
    QTemporaryDir dir;
    const QString target = dir.filePath(u"again.raw"_s);
    const QString id = m_images.value(u"swift"_s).id;
    QVERIFY(cutDownload(id, target, configDir) > 0);

    m_proxy->clearExchanges();
    int exitCode = -1;
    QByteArray said;
    const QByteArray saved = PeerClient::run(QStringLiteral(SKYLIGHT_CLI_PATH), downloadArgs(id, target),
                                             cliEnvironment(configDir), &exitCode, {}, &said);
    const QList<CuttingProxy::Exchange> files = m_proxy->fileExchanges();
    qInfo("run after the refusal was learned: %s", qPrintable(CuttingProxy::describe(files)));
    QCOMPARE(exitCode, 0);
    checkSaved(target, u"swift"_s);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(said.contains(kStartedOver), said.constData());
    QCOMPARE(files.size(), 1);
    QVERIFY2(files.first().range.isEmpty(), files.first().range.constData());
    QCOMPARE(files.first().status, 200);
}

QTEST_GUILESS_MAIN(TestPeerSwift)
#include "tst_peerswift.moc"
