// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "identity/cloudprofilestore.h"
#include "settings/appsettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

// Clouds created in the app: every setting survives a restart; no secret is ever written.
class TestCloudProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void authTypeNames();
    void removeAndReplace();
    void lastImagesOfAnOldFileAreNotClouds();
};

void TestCloudProfileStore::roundTrip_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("remember");
    QTest::newRow("password") << int(AuthSettings::Type::Password) << u"prod"_s << true;
    QTest::newRow("app credential") << int(AuthSettings::Type::ApplicationCredential) << u"ci"_s << true;
    QTest::newRow("pasted token") << int(AuthSettings::Type::Token) << u"lab / west"_s << false;
    QTest::newRow("v2") << int(AuthSettings::Type::V2Password) << u"old"_s << true;
    QTest::newRow("rackspace") << int(AuthSettings::Type::RackspaceApiKey) << u"rax DFW"_s << true;
    QTest::newRow("huawei") << int(AuthSettings::Type::Huawei) << u"华为 cn-north-4"_s << false;
}

void TestCloudProfileStore::roundTrip()
{
    QFETCH(int, type);
    QFETCH(QString, name);
    QFETCH(bool, remember);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"Skylight.conf"_s);
    CloudProfile profile;
    profile.name = name;
    profile.auth.type = static_cast<AuthSettings::Type>(type);
    profile.auth.authUrl = QUrl(u"https://keystone.example:5000/v3"_s);
    profile.auth.username = u"alice"_s;
    profile.auth.userDomainName = u"Default"_s;
    profile.auth.projectName = u"images"_s;
    profile.auth.projectDomainName = u"Default"_s;
    profile.auth.applicationCredentialId = u"ac-1"_s;
    profile.regionName = u"RegionTwo"_s;
    profile.interface = u"internal"_s;
    profile.caCertFile = u"/etc/ssl/private-ca.pem"_s;
    profile.verify = false;
    profile.dialect = Dialect::HuaweiEcs;
    profile.imageEndpoint = QUrl(u"https://ecs.example/v2.1"_s);
    profile.auth.password = u"SENTINEL-password"_s;
    profile.auth.apiKey = u"SENTINEL-apikey"_s;
    profile.auth.token = u"SENTINEL-token"_s;
    profile.auth.applicationCredentialSecret = u"SENTINEL-appsecret"_s;
    {
        QSettings settings(file, QSettings::IniFormat);
        AppSettings appSettings(&settings);
        CloudProfileStore(&appSettings).save(profile, remember);
    }
    QSettings settings(file, QSettings::IniFormat);
    AppSettings appSettings(&settings);
    const CloudProfileStore store(&appSettings);
    const QList<CloudProfile> loaded = store.load();
    QCOMPARE(loaded.size(), 1);
    const CloudProfile& back = loaded.first();
    QCOMPARE(back.name, name);
    QCOMPARE(back.source, CloudProfileStore::sourceName());
    QCOMPARE(int(back.auth.type), type);
    QCOMPARE(back.auth.authUrl, profile.auth.authUrl);
    QCOMPARE(back.auth.username, u"alice"_s);
    QCOMPARE(back.auth.userDomainName, u"Default"_s);
    QCOMPARE(back.auth.projectName, u"images"_s);
    QCOMPARE(back.auth.projectDomainName, u"Default"_s);
    QCOMPARE(back.auth.applicationCredentialId, u"ac-1"_s);
    QCOMPARE(back.regionName, u"RegionTwo"_s);
    QCOMPARE(back.interface, u"internal"_s);
    QCOMPARE(back.caCertFile, profile.caCertFile);
    QCOMPARE(back.verify, false);
    QCOMPARE(back.dialect, Dialect::HuaweiEcs);
    QCOMPARE(back.imageEndpoint, profile.imageEndpoint);
    QCOMPARE(store.rememberSecret(name), remember);
    QVERIFY(!back.auth.hasSecret());

    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(!written.readAll().contains("SENTINEL"));
}

void TestCloudProfileStore::authTypeNames()
{
    for (const auto type :
         {AuthSettings::Type::Password, AuthSettings::Type::ApplicationCredential, AuthSettings::Type::Token,
          AuthSettings::Type::V2Password, AuthSettings::Type::RackspaceApiKey, AuthSettings::Type::Huawei})
        QCOMPARE(CloudProfileStore::authTypeFromName(CloudProfileStore::authTypeName(type)), type);
    QCOMPARE(CloudProfileStore::authTypeFromName(u"v3password"_s), AuthSettings::Type::Password);
    QVERIFY(!CloudProfileStore::authTypeFromName(u"saml2"_s));
}

void TestCloudProfileStore::removeAndReplace()
{
    QTemporaryDir dir;
    QSettings file(dir.filePath(u"Skylight.conf"_s), QSettings::IniFormat);
    AppSettings settings(&file);
    CloudProfileStore store(&settings);
    CloudProfile a;
    a.name = u"a/b"_s;
    a.regionName = u"One"_s;
    CloudProfile c;
    c.name = u"c"_s;
    store.save(a, true);
    store.save(c, true);
    QVERIFY(store.contains(u"a/b"_s));
    a.regionName = QString(); // replacing drops settings no longer given
    store.save(a, false);
    QCOMPARE(store.load().size(), 2);
    for (const CloudProfile& profile : store.load()) {
        if (profile.name == u"a/b"_s)
            QVERIFY(profile.regionName.isEmpty());
    }
    store.remove(u"a/b"_s);
    QVERIFY(!store.contains(u"a/b"_s));
    QCOMPARE(store.load().size(), 1);
    QCOMPARE(store.load().first().name, u"c"_s);
}

// Skylight 0.x kept each cloud's last image in "clouds/lastImage/<cloud>", inside the group of the
// clouds created in the app: the list showed a cloud called "lastImage". Migrated, it does not.
void TestCloudProfileStore::lastImagesOfAnOldFileAreNotClouds()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"Skylight.conf"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[clouds]\nlastImage\\prod=70a599e0\nprod\\name=prod\nprod\\verify=maybe\n");
    }
    QSettings settings(path, QSettings::IniFormat);
    AppSettings appSettings(&settings);
    QCOMPARE(CloudProfileStore(&appSettings).load().size(), 2); // the unmigrated file: a "lastImage" cloud
    QVERIFY(appSettings.migrate());
    const QList<CloudProfile> loaded = CloudProfileStore(&appSettings).load();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().name, u"prod"_s);
    QVERIFY(loaded.first().verify); // an unreadable value is the default
    QCOMPARE(appSettings.lastImage(u"prod"_s), u"70a599e0"_s);
}

QTEST_GUILESS_MAIN(TestCloudProfileStore)
#include "tst_cloudprofilestore.moc"
