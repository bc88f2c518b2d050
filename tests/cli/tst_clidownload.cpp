// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/clirun.h"
#include "democloud/democloud.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Skylight::Test::CliRun;
using Skylight::Test::runProgram;

namespace {
const QString kCirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;
const QString kQueued = u"7e61b0f7-06ac-5155-83f0-01498a987780"_s;
const QString kCli = QStringLiteral(SKYLIGHT_CLI_PATH);
} // namespace

// `skylight-cli download` end to end against the demo cloud: every dialect, the exit codes of the
// contract, an existing file left alone, a file-size limit (local I/O error, the part kept) and
// the resume that follows.
class TestCliDownload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void everyDialect_data();
    void everyDialect();
    void existingFileIsLeftAlone();
    void imageWithoutDataExits3();
    void unknownImageExits3();
    void noVerifySaysSo();
    void fileSizeLimitExits8ThenResumes();
    void alternateLinkElsewhereGetsNoToken();

private:
    QJsonObject show(const QString& api);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliDownload::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

QJsonObject TestCliDownload::show(const QString& api)
{
    const CliRun shown =
        runProgram(kCli, {u"--demo"_s, u"--api"_s, api, u"show"_s, kCirros, u"-f"_s, u"json"_s});
    return QJsonDocument::fromJson(shown.out).object();
}

void TestCliDownload::everyDialect_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("verifiedBy");
    QTest::addColumn<QString>("fileName"); // the Compute APIs give no disk format: ".img"
    QTest::newRow("glance-v2") << u"glance-v2"_s << u"sha512"_s << u"cirros-0.3.2-x86_64-disk.qcow2"_s;
    QTest::newRow("glance-v1") << u"glance-v1"_s << u"checksum"_s << u"cirros-0.3.2-x86_64-disk.qcow2"_s;
    QTest::newRow("compute") << u"compute"_s << u"Content-MD5"_s << u"cirros-0.3.2-x86_64-disk.img"_s;
    QTest::newRow("rackspace") << u"rackspace"_s << u"Content-MD5"_s << u"cirros-0.3.2-x86_64-disk.img"_s;
    QTest::newRow("huawei-ecs") << u"huawei-ecs"_s << u"Content-MD5"_s << u"cirros-0.3.2-x86_64-disk.img"_s;
}

void TestCliDownload::everyDialect()
{
    QFETCH(QString, api);
    QFETCH(QString, verifiedBy);
    QFETCH(QString, fileName);
    const CliRun result = runProgram(
        kCli, {u"--demo"_s, u"--api"_s, api, u"download"_s, kCirros, u"-o"_s, m_dir->path() + u'/'});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains(verifiedBy.toUtf8()), result.out.constData());
    QVERIFY(!result.err.contains('\r')); // no progress line when not on a terminal
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files, QStringList{fileName}); // named after the image
    QFile file(m_dir->filePath(files.first()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject glance = show(u"glance-v2"_s);
    QCOMPARE(file.size(), glance.value(u"size"_s).toInteger());
    QCOMPARE(
        QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha512).toHex()),
        glance.value(u"hash_value"_s).toString());
    if (api != u"glance-v2"_s && api != u"glance-v1"_s)
        QVERIFY2(result.err.contains("alternate link"), result.err.constData()); // says where from
}

void TestCliDownload::existingFileIsLeftAlone()
{
    const QString target = m_dir->filePath(u"mine.img"_s);
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("precious");
    file.close();
    const CliRun result = runProgram(kCli, {u"--demo"_s, u"download"_s, kCirros, u"-o"_s, target});
    QCOMPARE(result.exitCode, 8);
    QVERIFY(result.err.startsWith("error: "));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("precious"));
}

void TestCliDownload::imageWithoutDataExits3()
{
    const CliRun result = runProgram(kCli, {u"--demo"_s, u"download"_s, kQueued, u"-o"_s, m_dir->path()});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("no data"), result.err.constData());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestCliDownload::unknownImageExits3()
{
    const CliRun result =
        runProgram(kCli, {u"--demo"_s, u"download"_s, u"no-such-image"_s, u"-o"_s, m_dir->path()});
    QCOMPARE(result.exitCode, 3);
}

void TestCliDownload::noVerifySaysSo()
{
    const CliRun result =
        runProgram(kCli, {u"--demo"_s, u"download"_s, kCirros, u"-o"_s, m_dir->path(), u"--no-verify"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("not verified"), result.out.constData());
}

void TestCliDownload::fileSizeLimitExits8ThenResumes()
{
    const QString target = m_dir->filePath(u"cirros.qcow2"_s);
    // 2,048 blocks: far less than the 12.6 MB image. The CLI ignores SIGXFSZ, so the write fails.
    const CliRun limited = runProgram(u"/bin/sh"_s, {u"-c"_s, u"ulimit -f 2048 && exec \"$0\" \"$@\""_s, kCli,
                                                     u"--demo"_s, u"download"_s, kCirros, u"-o"_s, target});
    QCOMPARE(limited.exitCode, 8);
    QVERIFY2(limited.err.contains("File too large"), limited.err.constData());
    QVERIFY2(limited.err.contains("kept"), limited.err.constData());
    QVERIFY(!QFile::exists(target));
    const qint64 kept = QFileInfo(target + u".part"_s).size();
    QVERIFY(kept > 0);

    const CliRun resumed = runProgram(kCli, {u"--demo"_s, u"download"_s, kCirros, u"-o"_s, target});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QVERIFY2(resumed.out.contains("resumed"), resumed.out.constData());
    QVERIFY(resumed.out.contains("matches"));
    QVERIFY(!QFile::exists(target + u".part"_s));
}

// Issue 13: a Compute image whose alternate link names another port is not fetched there with
// the token (exit 4, the host named, not one request there); with --image-endpoint it is.
void TestCliDownload::alternateLinkElsewhereGetsNoToken()
{
    using Skylight::DemoCloud;
    using Skylight::DemoRequest;
    DemoCloud home;
    DemoCloud elsewhere; // same token: it would accept it
    QVERIFY(home.start());
    QVERIFY(elsewhere.start());
    const QString endpoint = home.endpoint(Skylight::Dialect::Compute).toString();
    const QHash<QString, QString> env{{u"OS_TOKEN"_s, QString::fromLatin1(home.token())}};
    const QStringList compute{u"--endpoint"_s, endpoint, u"--api"_s, u"compute"_s};
    const CliRun shown = runProgram(kCli, compute + QStringList{u"show"_s, kCirros, u"-f"_s, u"raw"_s}, env);
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    // The same answer, with the alternate link on the other port.
    const QByteArray homeImages = home.glanceV2Endpoint().toString().toUtf8() + "/v2/images/";
    QVERIFY2(shown.out.contains(homeImages), shown.out.constData());
    QByteArray moved = shown.out;
    moved.replace(homeImages, QByteArray(elsewhere.glanceV2Endpoint().toString().toUtf8() + "/v2/images/"));
    home.injectFault({u"/compute/v2.1/images/"_s + kCirros, -1, Skylight::DemoResponse::json(moved)});
    elsewhere.clearRequests();

    const CliRun refused =
        runProgram(kCli, compute + QStringList{u"download"_s, kCirros, u"-o"_s, m_dir->path() + u'/'}, env);
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains(u"127.0.0.1:%1"_s.arg(elsewhere.port()).toUtf8()), refused.err.constData());
    QVERIFY2(refused.err.contains("--image-endpoint"), refused.err.constData());
    QVERIFY(!refused.err.contains(home.token()));
    QCOMPARE(elsewhere.requests().size(), 0); // not one request, so no token either
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList());

    // Named by the user: that image service gets the token and serves the data.
    home.clearRequests();
    const QString named = elsewhere.glanceV2Endpoint().toString() + u"/v2"_s;
    const CliRun downloaded = runProgram(kCli,
                                         compute + QStringList{u"--image-endpoint"_s, named, u"download"_s,
                                                               kCirros, u"-o"_s, m_dir->path() + u'/'},
                                         env);
    QVERIFY2(downloaded.exitCode == 0, downloaded.err.constData());
    QVERIFY(!elsewhere.requests().isEmpty());
    for (const DemoRequest& request : elsewhere.requests())
        QCOMPARE(request.url.path(), u"/image/v2/images/%1/file"_s.arg(kCirros));
    for (const DemoRequest& request : home.requests())
        QVERIFY2(!request.url.path().endsWith(u"/file"_s), qPrintable(request.url.toString()));
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files, QStringList{u"cirros-0.3.2-x86_64-disk.img"_s});
    QCOMPARE(QFileInfo(m_dir->filePath(files.first())).size(),
             show(u"glance-v2"_s).value(u"size"_s).toInteger());
}

QTEST_GUILESS_MAIN(TestCliDownload)
#include "tst_clidownload.moc"
