// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/clirun.h"
#include "democloud/democloud.h"
#include "democloud/demohttp.h"
#include "support/qcow2bytes.h"
#include "support/testimagebytes.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Skylight::DemoCloud;
using Skylight::DemoResponse;
using Skylight::Test::CliRun;
using Skylight::Test::runProgram;

namespace {
const QString kCirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;
const QString kCli = QStringLiteral(SKYLIGHT_CLI_PATH);
constexpr qint64 kVirtual = 10LL * 1024 * 1024 * 1024;
constexpr qint64 kSize = 3 * 1024 * 1024 + 5;
} // namespace

// `skylight-cli download` inspects what it fetches: the verdict is printed after a download; a
// qcow2 with a backing file, or bytes that are not the declared disk_format, end with status 7,
// the problems said and nothing kept, unless --allow-unsafe. The image's bytes (with a checksum
// that matches them) are served by a demo cloud in this process.
class TestCliDownloadInspect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void verdictDecides_data();
    void verdictDecides();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliDownloadInspect::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCliDownloadInspect::verdictDecides_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("allowUnsafe");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("said"); // on standard output when kept, standard error when refused
    const QByteArray backing = Skylight::Test::qcow2Image(kVirtual, kSize, "/etc/hostname\x1b[31m");
    QTest::newRow("safe qcow2") << Skylight::Test::qcow2Image(kVirtual, kSize) << false << 0
                                << QByteArray("Contents: qcow2, 10.0 GiB virtual — safe");
    QTest::newRow("backing file refused") << backing << false << 7 << QByteArray("backing file");
    QTest::newRow("backing file kept with --allow-unsafe") << backing << true << 0 << QByteArray("unsafe");
    QTest::newRow("raw declared qcow2")
        << Skylight::Test::imageBytes(kSize) << false << 7 << QByteArray("not the declared qcow2");
}

void TestCliDownloadInspect::verdictDecides()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, allowUnsafe);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, said);
    DemoCloud cloud;
    QVERIFY(cloud.start());
    const QString endpoint = cloud.endpoint(Skylight::Dialect::GlanceV2).toString();
    const QHash<QString, QString> env{{u"OS_TOKEN"_s, QString::fromLatin1(cloud.token())}};
    const QStringList glance{u"--endpoint"_s, endpoint, u"--api"_s, u"glance-v2"_s};
    const CliRun shown = runProgram(kCli, glance + QStringList{u"show"_s, kCirros, u"-f"_s, u"raw"_s}, env);
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    QJsonObject image = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(image.value(u"disk_format"_s).toString(), u"qcow2"_s);
    // The image as these bytes: its size and checksums theirs (a checksum failure is exit 7 too).
    image.insert(u"size"_s, data.size());
    image.insert(u"os_hash_algo"_s, u"sha512"_s);
    image.insert(u"os_hash_value"_s,
                 QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha512).toHex()));
    image.insert(u"checksum"_s,
                 QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex()));
    const QString path = u"/image/v2/images/"_s + kCirros;
    DemoResponse file;
    file.headers.append(Skylight::RawHeader{"Content-Type", "application/octet-stream"});
    file.body = data;
    cloud.injectFault({path + u"/file"_s, -1, file});
    cloud.injectFault({path, -1, DemoResponse::json(QJsonDocument(image).toJson(QJsonDocument::Compact))});

    QStringList args = glance + QStringList{u"download"_s, kCirros, u"-o"_s, m_dir->filePath(u"x.qcow2"_s)};
    if (allowUnsafe)
        args << u"--allow-unsafe"_s;
    const CliRun result = runProgram(kCli, args, env);
    const QByteArray both = result.out + result.err;
    QVERIFY2(result.exitCode == exitCode, both.constData());
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    if (exitCode == 0) {
        QVERIFY2(result.out.contains(said), result.out.constData());
        QVERIFY2(result.out.contains("Saved "), result.out.constData());
        QCOMPARE(files, QStringList{u"x.qcow2"_s});
        QCOMPARE(QFileInfo(m_dir->filePath(u"x.qcow2"_s)).size(), data.size());
    } else {
        QVERIFY2(result.err.contains(said), result.err.constData());
        QVERIFY2(result.err.contains("--allow-unsafe"), result.err.constData());
        QCOMPARE(files, QStringList()); // no file, no part, no sidecar
    }
    QVERIFY2(!both.contains('\x1b'), both.constData()); // escaped
}

QTEST_GUILESS_MAIN(TestCliDownloadInspect)
#include "tst_clidownloadinspect.moc"
