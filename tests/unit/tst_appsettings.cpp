// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/imagelistloader.h"
#include "net/endpointkey.h"
#include "settings/appsettings.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

// Every setting through one typed class: defaults, a round trip through the file, the migration
// of the unversioned layout, and an edited or hostile file whose values have the wrong type.
class TestAppSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void withoutStores();
    void roundTrip();
    void migratesTheUnversionedLayout();
    void leavesANewerSchemaAlone();
    void aNewerFileIsNeverWritten_data();
    void aNewerFileIsNeverWritten();
    void aCloudNamedLastImage_data();
    void aCloudNamedLastImage();
    void wrongTypesReadAsDefaults_data();
    void wrongTypesReadAsDefaults();
    void sharedStoresStayApart();
    void aHugeTransferCountIsNotBelieved();
    void endpointKeys_data();
    void endpointKeys();
    void adoptsWhatAnEndpointKeptUnderItsHost_data();
    void adoptsWhatAnEndpointKeptUnderItsHost();

private:
    static QString writeFile(const QTemporaryDir& dir, const QByteArray& text);
};

QString TestAppSettings::writeFile(const QTemporaryDir& dir, const QByteArray& text)
{
    const QString path = dir.filePath(u"Skylight.conf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    return path;
}

void TestAppSettings::defaults()
{
    QTemporaryDir dir;
    QSettings file(dir.filePath(u"empty.conf"_s), QSettings::IniFormat);
    const AppSettings settings(&file);
    QCOMPARE(settings.schemaVersion(), 0);
    QCOMPARE(settings.downloadFolder(), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    QCOMPARE(settings.downloadConcurrency(), AppSettings::kDefaultConcurrency);
    QCOMPARE(settings.imageCap(), ImageListLoader::kDefaultImageCap);
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.windowState().isEmpty());
    QVERIFY(settings.imageColumns().isEmpty());
    QVERIFY(settings.lastCloud().isEmpty());
    QVERIFY(settings.lastImage(u"prod"_s).isEmpty());
    QVERIFY(settings.transfers().isEmpty());
    QVERIFY(settings.storedClouds().isEmpty());
    QVERIFY(settings.secretKinds(u"prod"_s).isEmpty());
    QVERIFY(settings.endpointsWithoutRanges().isEmpty());
}

void TestAppSettings::withoutStores()
{
    AppSettings settings(AppSettings::Stores{});
    QVERIFY(settings.migrate());
    settings.setDownloadConcurrency(5);
    settings.setLastCloud(u"prod"_s);
    QCOMPARE(settings.downloadConcurrency(), AppSettings::kDefaultConcurrency);
    QVERIFY(settings.lastCloud().isEmpty());
}

void TestAppSettings::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"Skylight.conf"_s);
    const StoredTransfer transfer{.cloud = u"prod"_s,
                                  .imageName = u"cirros, 0.6"_s,
                                  .imageId = u"70a599e0-31e7-49b7-b260-868f441e862b"_s,
                                  .targetPath = u"/tmp/a b/cirros.qcow2"_s,
                                  .expectedSize = 21430272,
                                  .hashAlgorithm = u"sha512"_s,
                                  .hashValue = u"abcdef"_s,
                                  .md5 = u"0123"_s,
                                  .store = u"rbd"_s,
                                  .verify = false,
                                  .diskFormat = u"qcow2"_s,
                                  .askOnUnsafe = true};
    {
        QSettings file(path, QSettings::IniFormat);
        AppSettings settings(&file);
        QVERIFY(settings.migrate());
        settings.setDownloadFolder(u"/data/images, old"_s);
        settings.setDownloadConcurrency(5);
        settings.setImageCap(250);
        settings.setWindowGeometry("\x01\x02geometry");
        settings.setWindowState(QByteArray("\x00state", 6));
        settings.setImageColumns("columns");
        settings.setLastCloud(u"lab / west"_s);
        settings.setLastImage(u"lab / west"_s, u"id-1"_s);
        settings.setLastImage(u"prod"_s, u"id-2"_s);
        settings.setTransfers({transfer, StoredTransfer{.cloud = u"c"_s, .imageId = u"i"_s}});
        settings.setStoredCloud(u"a/b"_s, {{u"name"_s, u"a/b"_s}, {u"verify"_s, false}});
        settings.setSecretKinds(u"prod"_s, {u"password"_s});
        settings.setEndpointsWithoutRanges({u"https://glance.example/v2 [swift]"_s});
        settings.sync();
    }
    QSettings file(path, QSettings::IniFormat);
    AppSettings settings(&file);
    QCOMPARE(settings.schemaVersion(), AppSettings::kSchemaVersion);
    QCOMPARE(settings.downloadFolder(), u"/data/images, old"_s);
    QCOMPARE(settings.downloadConcurrency(), 5);
    QCOMPARE(settings.imageCap(), 250);
    QCOMPARE(settings.windowGeometry(), QByteArray("\x01\x02geometry"));
    QCOMPARE(settings.windowState(), QByteArray("\x00state", 6));
    QCOMPARE(settings.imageColumns(), QByteArray("columns"));
    QCOMPARE(settings.lastCloud(), u"lab / west"_s);
    QCOMPARE(settings.lastImage(u"lab / west"_s), u"id-1"_s);
    QCOMPARE(settings.lastImage(u"prod"_s), u"id-2"_s);
    const QList<StoredTransfer> transfers = settings.transfers();
    QCOMPARE(transfers.size(), 2);
    QVERIFY(transfers.first() == transfer);
    QCOMPARE(transfers.last().expectedSize, -1);
    QVERIFY(transfers.last().verify);
    QCOMPARE(settings.storedClouds().size(), 1);
    QCOMPARE(settings.storedClouds().first().value(u"name"_s).toString(), u"a/b"_s);
    QVERIFY(settings.hasStoredCloud(u"a/b"_s));
    QCOMPARE(settings.secretKinds(u"prod"_s), QStringList{u"password"_s});
    QCOMPARE(settings.endpointsWithoutRanges(), QStringList{u"https://glance.example/v2 [swift]"_s});
    settings.setDownloadConcurrency(99); // out of range: kept within it
    QCOMPARE(settings.downloadConcurrency(), AppSettings::kMaxConcurrency);
    settings.setSecretKinds(u"prod"_s, {});
    QVERIFY(settings.secretKinds(u"prod"_s).isEmpty());
    settings.removeStoredCloud(u"a/b"_s);
    QVERIFY(settings.storedClouds().isEmpty());
}

// A file as Skylight 0.x wrote it (keys escaped as QSettings writes them: "%" is "%25"): no version, the last
// images inside the clouds' group (where they read as a cloud called "lastImage"). After migrate(), every
// value is where version 1 reads it and the clouds' group holds clouds only.
void TestAppSettings::migratesTheUnversionedLayout()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, R"([General]
window\lastCloud=prod

[clouds]
lastImage\prod=70a599e0-31e7-49b7-b260-868f441e862b
lastImage\lab%2520%252F%2520west=id-west
prod\name=prod
prod\auth_type=password
prod\auth_url=https://keystone.example:5000/v3
prod\verify=false

[downloads]
concurrency=3
folder=/data/images

[window]
geometry=@ByteArray(geometry)
imageColumns=@ByteArray(columns)

[transfers]
1\cloud=prod
1\image_id=i-1
1\target=/data/images/cirros
1\size=42
1\verify=false
size=1
)");
    QVERIFY(!path.isEmpty());
    QSettings file(path, QSettings::IniFormat);
    AppSettings settings(&file);
    QCOMPARE(settings.schemaVersion(), 0);
    QCOMPARE(settings.storedClouds().size(), 2); // "prod" and the last images, read as a cloud
    QVERIFY(settings.migrate());
    QCOMPARE(settings.schemaVersion(), 1);

    QCOMPARE(settings.lastImage(u"prod"_s), u"70a599e0-31e7-49b7-b260-868f441e862b"_s);
    QCOMPARE(settings.lastImage(u"lab / west"_s), u"id-west"_s);
    const QList<QVariantMap> clouds = settings.storedClouds();
    QCOMPARE(clouds.size(), 1);
    QCOMPARE(clouds.first().value(u"name"_s).toString(), u"prod"_s);
    QCOMPARE(clouds.first().value(u"auth_url"_s).toString(), u"https://keystone.example:5000/v3"_s);
    QCOMPARE(settings.lastCloud(), u"prod"_s);
    QCOMPARE(settings.downloadConcurrency(), 3);
    QCOMPARE(settings.downloadFolder(), u"/data/images"_s);
    QCOMPARE(settings.windowGeometry(), QByteArray("geometry"));
    QCOMPARE(settings.imageColumns(), QByteArray("columns"));
    QCOMPARE(settings.transfers().size(), 1);
    QCOMPARE(settings.transfers().first().imageId, u"i-1"_s);
    QCOMPARE(settings.transfers().first().expectedSize, 42);
    QVERIFY(!settings.transfers().first().verify);

    // Written back: a second start finds version 1 and changes nothing.
    file.sync();
    QSettings again(path, QSettings::IniFormat);
    AppSettings reopened(&again);
    QCOMPARE(reopened.schemaVersion(), 1);
    QVERIFY(reopened.migrate());
    QCOMPARE(reopened.lastImage(u"prod"_s), u"70a599e0-31e7-49b7-b260-868f441e862b"_s);
    QVERIFY(!again.contains(u"clouds/lastImage/prod"_s));
}

void TestAppSettings::leavesANewerSchemaAlone()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "[schema]\nversion=7\n\n[clouds]\nlastImage\\prod=kept\n");
    QSettings file(path, QSettings::IniFormat);
    AppSettings settings(&file);
    QVERIFY(!settings.migrate());
    QCOMPARE(settings.schemaVersion(), 7);
    QCOMPARE(file.value(u"clouds/lastImage/prod"_s).toString(), u"kept"_s);
    QVERIFY(settings.isReadOnly());
    QVERIFY2(settings.readOnlyReason().contains(u"7"_s), qPrintable(settings.readOnlyReason()));
}

// A file of a newer schema is opened read-only: a whole session of setters (as the window and the
// transfer queue make them) and sync() leave its bytes as they were. The secret index and the
// range memory, when they are files of their own, are still kept.
void TestAppSettings::aNewerFileIsNeverWritten_data()
{
    QTest::addColumn<bool>("oneFile");
    QTest::newRow("the app's file alone") << false;
    QTest::newRow("every store in that file") << true;
}

void TestAppSettings::aNewerFileIsNeverWritten()
{
    QFETCH(bool, oneFile);
    QTemporaryDir dir;
    const QByteArray text = "[schema]\nversion=2\n\n[clouds]\nlastImage\\prod=old-layout\n"
                            "prod\\name=prod\n\n[downloads]\nfolder=/data\n\n[future]\nthing=1\n";
    const QString path = writeFile(dir, text);
    QVERIFY(!path.isEmpty());
    {
        QSettings app(path, QSettings::IniFormat);
        QSettings index(dir.filePath(u"secret-index.ini"_s), QSettings::IniFormat);
        QSettings ranges(dir.filePath(u"download-ranges.ini"_s), QSettings::IniFormat);
        AppSettings settings(oneFile ? AppSettings::Stores{&app, &app, &app}
                                     : AppSettings::Stores{&app, &index, &ranges});
        QVERIFY(settings.isReadOnly());
        QVERIFY(!settings.readOnlyReason().isEmpty());
        QVERIFY(!settings.migrate());
        QCOMPARE(settings.downloadFolder(), u"/data"_s); // still read
        settings.setDownloadFolder(u"/elsewhere"_s);
        settings.setDownloadConcurrency(5);
        settings.setImageCap(10);
        settings.setWindowGeometry("g");
        settings.setWindowState("s");
        settings.setImageColumns("c");
        settings.setLastCloud(u"prod"_s);
        settings.setLastImage(u"prod"_s, u"id"_s);
        settings.setTransfers({StoredTransfer{.cloud = u"prod"_s, .imageId = u"i"_s, .targetPath = u"/t"_s}});
        settings.setStoredCloud(u"new"_s, {{u"name"_s, u"new"_s}});
        settings.removeStoredCloud(u"prod"_s);
        settings.setSecretKinds(u"prod"_s, {u"password"_s});
        settings.setEndpointsWithoutRanges({u"https://g.example/v2"_s});
        settings.sync();
        QCOMPARE(settings.downloadFolder(), u"/data"_s);
        QCOMPARE(settings.storedClouds().size(), 2); // "prod" and the old layout's last images
        if (!oneFile) {
            QCOMPARE(settings.secretKinds(u"prod"_s), QStringList{u"password"_s});
            QCOMPARE(settings.endpointsWithoutRanges(), QStringList{u"https://g.example/v2"_s});
        }
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), text);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).contains(u"secret-index.ini"_s), !oneFile);
}

// Skylight 0.x kept the last images in "clouds/lastImage", which is also where it saved the record
// of a cloud called "lastImage": the migration moves the last images and keeps that cloud.
void TestAppSettings::aCloudNamedLastImage_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("clouds");    // stored after the migration
    QTest::addColumn<QStringList>("lastImage"); // cloud, id, cloud, id...
    QTest::newRow("a cloud called lastImage")
        << QByteArray(R"([clouds]
lastImage\name=lastImage
lastImage\auth_type=password
lastImage\auth_url=https://keystone.example/v3
lastImage\username=alice
lastImage\verify=false
lastImage\dialect=auto
lastImage\remember_secret=true
lastImage\lastImage=id-of-lastImage
lastImage\prod=id-of-prod
prod\name=prod
prod\auth_type=token
)") << QStringList{u"lastImage"_s, u"prod"_s}
        << QStringList{u"lastImage"_s, u"id-of-lastImage"_s, u"prod"_s, u"id-of-prod"_s};
    QTest::newRow("last images only, one of a cloud called name")
        << QByteArray("[clouds]\nlastImage\\name=id-of-name\nlastImage\\auth_type=id-of-auth_type\n"
                      "lastImage\\lastImage=id-self\n")
        << QStringList{} << QStringList{u"name"_s,      u"id-of-name"_s, u"auth_type"_s, u"id-of-auth_type"_s,
                                        u"lastImage"_s, u"id-self"_s};
}

void TestAppSettings::aCloudNamedLastImage()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, clouds);
    QFETCH(QStringList, lastImage);
    QTemporaryDir dir;
    const QString path = writeFile(dir, text);
    QVERIFY(!path.isEmpty());
    QSettings file(path, QSettings::IniFormat);
    AppSettings settings(&file);
    QVERIFY(settings.migrate());
    QStringList names;
    for (const QVariantMap& cloud : settings.storedClouds())
        names.append(cloud.value(u"name"_s).toString());
    QCOMPARE(names, clouds);
    if (clouds.contains(u"lastImage"_s)) {
        const QVariantMap record = settings.storedCloud(u"lastImage"_s);
        QCOMPARE(record.value(u"auth_url"_s).toString(), u"https://keystone.example/v3"_s);
        QCOMPARE(record.value(u"username"_s).toString(), u"alice"_s);
        QCOMPARE(record.size(), 7); // its fields only, no last image
    }
    for (qsizetype i = 0; i + 1 < lastImage.size(); i += 2)
        QCOMPARE(settings.lastImage(lastImage.at(i)), lastImage.at(i + 1));
}

// Values an editor (or an attacker) could put in the file: each reads as the setting's default.
void TestAppSettings::wrongTypesReadAsDefaults_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("words") << QByteArray(R"([downloads]
concurrency=lots
folder=a, b, c
[window]
geometry=not bytes
state=1
imageColumns=x, y
lastCloud=one, two
[listing]
maxImages=-5
[transfers]
1\image_id=a, b
1\size=huge
1\verify=maybe
size=1
)");
    QTest::newRow("out of range") << QByteArray(R"([downloads]
concurrency=100000000000000000000
[listing]
maxImages=0
[transfers]
1\size=@Variant(garbage)
size=1
)");
    QTest::newRow("negative") << QByteArray("[downloads]\nconcurrency=-2\n[transfers]\nsize=-3\n");
    QTest::newRow("byte arrays for text") << QByteArray(
        "[downloads]\nfolder=@ByteArray(/x)\nconcurrency=@ByteArray(3)\n[window]\nlastCloud=@ByteArray(p)\n");
}

void TestAppSettings::wrongTypesReadAsDefaults()
{
    QFETCH(QByteArray, text);
    QTemporaryDir dir;
    const QString path = writeFile(dir, text);
    QSettings file(path, QSettings::IniFormat);
    AppSettings settings(&file);
    QVERIFY(settings.migrate());
    QCOMPARE(settings.downloadConcurrency(), AppSettings::kDefaultConcurrency);
    QCOMPARE(settings.downloadFolder(), AppSettings::defaultDownloadFolder());
    QCOMPARE(settings.imageCap(), ImageListLoader::kDefaultImageCap);
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.windowState().isEmpty());
    QVERIFY(settings.imageColumns().isEmpty());
    QVERIFY(settings.lastCloud().isEmpty());
    for (const StoredTransfer& transfer : settings.transfers()) {
        QVERIFY(transfer.imageId.isEmpty());
        QCOMPARE(transfer.expectedSize, -1);
        QVERIFY(transfer.verify);
    }
}

// The keychain index and the range memory are files of their own (shared with skylight-cli):
// what goes to one is not in the others.
// An edited or hostile file claims two billion downloads, with one real one among them: reading it
// must neither hang nor grow (the count used to drive the loop and the list).
void TestAppSettings::aHugeTransferCountIsNotBelieved()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "[transfers]\n"
                                        "size=2000000000\n"
                                        "2\\image_id=abc\n"
                                        "2\\target=/tmp/abc.raw\n"
                                        "3\\image_id=no-target\n");
    QVERIFY(!path.isEmpty());
    QSettings file(path, QSettings::IniFormat);
    AppSettings settings(&file);
    QElapsedTimer clock;
    clock.start();
    const QList<StoredTransfer> transfers = settings.transfers();
    QCOMPARE(transfers.size(), AppSettings::kMaxStoredTransfers);
    QCOMPARE(transfers.at(1).imageId, u"abc"_s);
    QCOMPARE(transfers.at(1).targetPath, u"/tmp/abc.raw"_s);
    QVERIFY2(clock.elapsed() < 10000, QByteArray::number(clock.elapsed()).constData());
}

void TestAppSettings::sharedStoresStayApart()
{
    QTemporaryDir dir;
    QSettings app(dir.filePath(u"Skylight.conf"_s), QSettings::IniFormat);
    QSettings index(dir.filePath(u"secret-index.ini"_s), QSettings::IniFormat);
    QSettings ranges(dir.filePath(u"download-ranges.ini"_s), QSettings::IniFormat);
    AppSettings settings(AppSettings::Stores{&app, &index, &ranges});
    QVERIFY(settings.migrate());
    settings.setSecretKinds(u"prod"_s, {u"token"_s});
    settings.setEndpointsWithoutRanges({u"https://g.example/v2"_s});
    settings.setDownloadConcurrency(4);
    settings.sync();
    QCOMPARE(app.allKeys(), (QStringList{u"downloads/concurrency"_s, u"schema/version"_s}));
    QCOMPARE(index.allKeys(), QStringList{u"secretIndex/prod"_s});
    QCOMPARE(ranges.allKeys(), QStringList{u"downloads/endpointsWithoutRanges"_s});
    // Without the app's own store (skylight-cli): nothing of the window is kept, the rest is.
    AppSettings cli(AppSettings::Stores{nullptr, &index, &ranges});
    QVERIFY(cli.migrate());
    QCOMPARE(cli.downloadConcurrency(), AppSettings::kDefaultConcurrency);
    QCOMPARE(cli.secretKinds(u"prod"_s), QStringList{u"token"_s});
}

// The key of an --endpoint cloud is its whole endpoint (issue 16, defect 14): two endpoints of
// one host differ, two spellings of one endpoint do not, and no secret of the URL is kept.
void TestAppSettings::endpointKeys_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::newRow("root") << u"http://127.0.0.1:9/"_s << u"http://127.0.0.1:9/"_s;
    QTest::newRow("no path") << u"http://127.0.0.1:9"_s << u"http://127.0.0.1:9/"_s;
    QTest::newRow("trailing slash") << u"http://127.0.0.1:9292/v2/"_s << u"http://127.0.0.1:9292/v2"_s;
    QTest::newRow("dot segments") << u"http://127.0.0.1:9292/a/../v2"_s << u"http://127.0.0.1:9292/v2"_s;
    QTest::newRow("case") << u"HTTP://Cloud.Example:9292/V2"_s << u"http://cloud.example:9292/V2"_s;
    QTest::newRow("default http port") << u"http://127.0.0.1/v2"_s << u"http://127.0.0.1:80/v2"_s;
    QTest::newRow("default https port") << u"https://cloud.example/v2"_s << u"https://cloud.example:443/v2"_s;
    QTest::newRow("user info, query, fragment")
        << u"https://user:secret@cloud.example:8774/v2.1?token=t#f"_s << u"https://cloud.example:8774/v2.1"_s;
    QTest::newRow("IPv6") << u"http://[::1]:9292/"_s << u"http://[::1]:9292/"_s;
}

void TestAppSettings::endpointKeys()
{
    QFETCH(QString, url);
    QFETCH(QString, key);
    QCOMPARE(endpointKey(QUrl(url, QUrl::StrictMode)), key);
}

// What an --endpoint cloud kept under its host (up to issue 16) goes to the first endpoint of that
// host opened, once; a cloud created in the app with that name keeps its own, and a newer file is
// not written.
void TestAppSettings::adoptsWhatAnEndpointKeptUnderItsHost_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("lastImage"); // under the endpoint's key, afterwards
    QTest::addColumn<QString>("hostImage"); // under the host, afterwards
    QTest::addColumn<QString>("transferCloud");
    QTest::addColumn<bool>("unchanged"); // the file's bytes
    const QByteArray transfers = "\n[transfers]\n1\\cloud=127.0.0.1\n1\\image_id=i1\n1\\target=/t/a\n"
                                 "2\\cloud=prod\n2\\image_id=i2\n2\\target=/t/b\nsize=2\n";
    QTest::newRow("moved") << QByteArray("[schema]\nversion=1\n\n[lastImage]\n127.0.0.1=img-a\n" + transfers)
                           << u"img-a"_s << QString() << u"http://127.0.0.1:9/"_s << false;
    QTest::newRow("the endpoint's own kept")
        << QByteArray("[schema]\nversion=1\n\n[lastImage]\n127.0.0.1=img-a\n"
                      "http%253A%252F%252F127.0.0.1%253A9%252F=img-b\n" +
                      transfers)
        << u"img-b"_s << QString() << u"http://127.0.0.1:9/"_s << false;
    QTest::newRow("a cloud of that name")
        << QByteArray("[schema]\nversion=1\n\n[lastImage]\n127.0.0.1=img-a\n\n[clouds]\n"
                      "127.0.0.1\\name=127.0.0.1\n" +
                      transfers)
        << QString() << u"img-a"_s << u"127.0.0.1"_s << true;
    QTest::newRow("a newer file") << QByteArray("[schema]\nversion=9\n\n[lastImage]\n127.0.0.1=img-a\n" +
                                                transfers)
                                  << QString() << u"img-a"_s << u"127.0.0.1"_s << true;
}

void TestAppSettings::adoptsWhatAnEndpointKeptUnderItsHost()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, lastImage);
    QFETCH(QString, hostImage);
    QFETCH(QString, transferCloud);
    QFETCH(bool, unchanged);
    QTemporaryDir dir;
    const QString path = writeFile(dir, text);
    QVERIFY(!path.isEmpty());
    const QString key = endpointKey(QUrl(u"http://127.0.0.1:9"_s));
    {
        QSettings file(path, QSettings::IniFormat);
        AppSettings settings(&file);
        settings.adoptEndpointKey(u"127.0.0.1"_s, key);
        QCOMPARE(settings.lastImage(key), lastImage);
        QCOMPARE(settings.lastImage(u"127.0.0.1"_s), hostImage);
        const QList<StoredTransfer> kept = settings.transfers();
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(0).cloud, transferCloud);
        QCOMPARE(kept.at(0).imageId, u"i1"_s);
        QCOMPARE(kept.at(1).cloud, u"prod"_s); // another cloud's stays its own
        // Once: a second endpoint of the host finds nothing left to take.
        const QString other = endpointKey(QUrl(u"http://127.0.0.1:10"_s));
        settings.adoptEndpointKey(u"127.0.0.1"_s, other);
        if (!unchanged) {
            QCOMPARE(settings.lastImage(other), QString());
            QCOMPARE(settings.transfers().at(0).cloud, key);
        }
    }
    if (unchanged) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), text);
    }
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
