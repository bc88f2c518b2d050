// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "identity/cloudsconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestCloudsConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passwordCloud();
    void secureYamlIsMerged();
    void authTypes_data();
    void authTypes();
    void regions_data();
    void regions();
    void errors_data();
    void errors();
    void environment_data();
    void environment();
    void searchOrder();
    void loadFindsFilesAndEnvironment();
};

void TestCloudsConfig::passwordCloud()
{
    const QByteArray yaml = R"(
clouds:
  prod:
    region_name: RegionOne
    interface: internal
    verify: false
    cacert: /etc/ssl/ca.pem
    profile: vexxhost
    skylight_dialect: glance-v1
    auth:
      auth_url: https://keystone.example.com:5000/v3
      username: alice
      project_name: images
      user_domain_name: Default
      project_domain_id: default
)";
    const auto profiles = CloudsConfig::parseText(yaml, u"clouds.yaml"_s);
    QVERIFY2(profiles.has_value(), profiles ? "" : qPrintable(profiles.error().describe()));
    QCOMPARE(profiles->size(), 1);
    const CloudProfile& prod = profiles->first();
    QCOMPARE(prod.name, u"prod"_s);
    QCOMPARE(prod.source, u"clouds.yaml"_s);
    QCOMPARE(prod.auth.type, AuthSettings::Type::Password);
    QCOMPARE(prod.auth.authUrl, QUrl(u"https://keystone.example.com:5000/v3"_s));
    QCOMPARE(prod.auth.username, u"alice"_s);
    QCOMPARE(prod.auth.projectName, u"images"_s);
    QCOMPARE(prod.auth.userDomainName, u"Default"_s);
    QCOMPARE(prod.auth.projectDomainId, u"default"_s);
    QCOMPARE(prod.regionName, u"RegionOne"_s);
    QCOMPARE(prod.interface, u"internal"_s);
    QCOMPARE(prod.verify, false);
    QCOMPARE(prod.caCertFile, u"/etc/ssl/ca.pem"_s);
    QCOMPARE(prod.profile, u"vexxhost"_s);
    QCOMPARE(prod.dialect, Dialect::GlanceV1);
    QVERIFY(!prod.auth.hasSecret());
}

void TestCloudsConfig::secureYamlIsMerged()
{
    const QByteArray clouds = R"(
clouds:
  prod:
    auth: {auth_url: "https://k:5000/v3", username: alice, project_name: p}
  other:
    auth: {auth_url: "https://k:5000/v3", username: bob}
)";
    const QByteArray secure = R"(
clouds:
  prod:
    auth:
      password: s3cret
  unknown-cloud:
    auth: {password: ignored}
)";
    const auto profiles = CloudsConfig::parseText(clouds, u"clouds.yaml"_s, secure, u"secure.yaml"_s);
    QVERIFY2(profiles.has_value(), profiles ? "" : qPrintable(profiles.error().describe()));
    QCOMPARE(profiles->size(), 2);
    const auto prod = std::find_if(profiles->cbegin(), profiles->cend(),
                                   [](const CloudProfile& p) { return p.name == u"prod"_s; });
    QVERIFY(prod != profiles->cend());
    QCOMPARE(prod->auth.password, u"s3cret"_s);
    QCOMPARE(prod->auth.username, u"alice"_s); // kept from clouds.yaml
    const auto other = std::find_if(profiles->cbegin(), profiles->cend(),
                                    [](const CloudProfile& p) { return p.name == u"other"_s; });
    QVERIFY(other != profiles->cend());
    QVERIFY(other->auth.password.isEmpty());
}

void TestCloudsConfig::authTypes_data()
{
    QTest::addColumn<QByteArray>("cloud");
    QTest::addColumn<int>("type");
    QTest::newRow("default is password")
        << QByteArray("auth: {auth_url: 'http://k/v3', username: u}") << int(AuthSettings::Type::Password);
    QTest::newRow("v3password") << QByteArray(
                                       "auth_type: v3password\nauth: {auth_url: 'http://k/v3', user_id: 123}")
                                << int(AuthSettings::Type::Password);
    QTest::newRow("application credential")
        << QByteArray("auth_type: v3applicationcredential\nauth: {auth_url: 'http://k/v3', "
                      "application_credential_id: abc, application_credential_secret: xyz}")
        << int(AuthSettings::Type::ApplicationCredential);
    QTest::newRow("token")
        << QByteArray("auth_type: token\nauth: {auth_url: 'http://k/v3', token: gAAAA, project_id: p}")
        << int(AuthSettings::Type::Token);
    QTest::newRow("v2password")
        << QByteArray("auth_type: v2password\nauth: {auth_url: 'http://k/v2.0', username: u, tenant_name: t}")
        << int(AuthSettings::Type::V2Password);
    QTest::newRow("rackspace api key")
        << QByteArray("auth_type: rackspace_apikey\nauth: {username: u, api_key: k}")
        << int(AuthSettings::Type::RackspaceApiKey);
    QTest::newRow("huawei") << QByteArray(
                                   "auth_type: huawei\nauth: {auth_url: 'https://iam.myhuaweicloud.com/v3', "
                                   "username: u, project_name: cn-north-4, domain_name: acme}")
                            << int(AuthSettings::Type::Huawei);
}

void TestCloudsConfig::authTypes()
{
    QFETCH(QByteArray, cloud);
    QFETCH(int, type);
    QByteArray indented;
    for (const QByteArray& line : cloud.split('\n'))
        indented += "    " + line + '\n';
    const auto profiles = CloudsConfig::parseText("clouds:\n  c:\n" + indented, u"clouds.yaml"_s);
    QVERIFY2(profiles.has_value(), profiles ? "" : qPrintable(profiles.error().describe()));
    QCOMPARE(int(profiles->first().auth.type), type);
}

void TestCloudsConfig::regions_data()
{
    QTest::addColumn<QByteArray>("settings");
    QTest::addColumn<QStringList>("regions");
    QTest::addColumn<QString>("regionName");
    QTest::newRow("none") << QByteArray() << QStringList() << QString();
    QTest::newRow("region_name only") << QByteArray("region_name: R1\n") << QStringList() << u"R1"_s;
    QTest::newRow("list: the first by default")
        << QByteArray("regions: [R1, R2]\n") << QStringList{u"R1"_s, u"R2"_s} << u"R1"_s;
    QTest::newRow("list with region_name")
        << QByteArray("region_name: R2\nregions: [R1, R2]\n") << QStringList{u"R1"_s, u"R2"_s} << u"R2"_s;
    QTest::newRow("mappings with values")
        << QByteArray("regions:\n  - name: R1\n    values: {interface: internal}\n  - {name: R2}\n")
        << QStringList{u"R1"_s, u"R2"_s} << u"R1"_s;
    QTest::newRow("repeated") << QByteArray("regions: [R1, R1, R2]\n") << QStringList{u"R1"_s, u"R2"_s}
                              << u"R1"_s;
}

void TestCloudsConfig::regions()
{
    QFETCH(QByteArray, settings);
    QFETCH(QStringList, regions);
    QFETCH(QString, regionName);
    QByteArray indented;
    for (const QByteArray& line : settings.split('\n'))
        indented += "    " + line + '\n';
    const auto profiles = CloudsConfig::parseText(
        "clouds:\n  c:\n    auth: {auth_url: 'http://k/v3', username: u}\n" + indented, u"clouds.yaml"_s);
    QVERIFY2(profiles.has_value(), profiles ? "" : qPrintable(profiles.error().describe()));
    QCOMPARE(profiles->first().regions, regions);
    QCOMPARE(profiles->first().regionName, regionName);
    QCOMPARE(profiles->first().secretName(), u"c"_s);
}

void TestCloudsConfig::errors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<int>("line");
    QTest::newRow("malformed yaml") << QByteArray("clouds:\n  prod:\n    auth: {auth_url: [\n") << QString()
                                    << u"not valid YAML"_s << 4;
    QTest::newRow("tabs and colons") << QByteArray("clouds:\n\tprod: : :\n") << QString()
                                     << u"not valid YAML"_s << 2;
    QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << QString() << u"mapping"_s << 0;
    QTest::newRow("clouds is a list") << QByteArray("clouds: [a, b]\n") << u"clouds"_s << u"mapping"_s << 0;
    QTest::newRow("cloud is a string")
        << QByteArray("clouds:\n  prod: yes\n") << u"clouds.prod"_s << u"mapping"_s << 0;
    QTest::newRow("cloud name is a list") // YAML's complex keys; yaml-cpp throws for them as text
        << QByteArray("clouds:\n  ? [a, b]\n  : {auth: {auth_url: 'http://k', username: u}}\n") << u"clouds"_s
        << u"mapping"_s << 0;
    QTest::newRow("unknown auth type")
        << QByteArray("clouds:\n  prod:\n    auth_type: kerberos\n    auth: {auth_url: 'http://k'}\n")
        << u"clouds.prod.auth_type"_s << u"kerberos"_s << 0;
    QTest::newRow("missing auth_url") << QByteArray("clouds:\n  prod:\n    auth: {username: u}\n")
                                      << u"clouds.prod.auth.auth_url"_s << u"missing"_s << 0;
    QTest::newRow("auth_url not http")
        << QByteArray("clouds:\n  prod:\n    auth: {auth_url: 'ftp://k', username: u}\n")
        << u"clouds.prod.auth.auth_url"_s << u"ftp://k"_s << 0;
    QTest::newRow("missing username") << QByteArray("clouds:\n  prod:\n    auth: {auth_url: 'http://k/v3'}\n")
                                      << u"clouds.prod.auth.username"_s << u"username"_s << 0;
    QTest::newRow("missing app credential id")
        << QByteArray("clouds:\n  prod:\n    auth_type: v3applicationcredential\n    auth: {auth_url: "
                      "'http://k/v3'}\n")
        << u"clouds.prod.auth.application_credential_id"_s << u"missing"_s << 0;
    QTest::newRow("auth is a list") << QByteArray("clouds:\n  prod:\n    auth: [1, 2]\n")
                                    << u"clouds.prod.auth"_s << u"mapping"_s << 0;
    QTest::newRow("password is a map")
        << QByteArray("clouds:\n  prod:\n    auth: {auth_url: 'http://k', username: u, password: {a: b}}\n")
        << u"clouds.prod.auth.password"_s << u"single value"_s << 0;
    QTest::newRow("bad interface")
        << QByteArray(
               "clouds:\n  prod:\n    interface: sideways\n    auth: {auth_url: 'http://k', username: u}\n")
        << u"clouds.prod.interface"_s << u"sideways"_s << 0;
    QTest::newRow("bad verify")
        << QByteArray("clouds:\n  prod:\n    verify: maybe\n    auth: {auth_url: 'http://k', username: u}\n")
        << u"clouds.prod.verify"_s << u"true or false"_s << 0;
    QTest::newRow("regions not a list")
        << QByteArray("clouds:\n  prod:\n    regions: R1\n    auth: {auth_url: 'http://k', username: u}\n")
        << u"clouds.prod.regions"_s << u"list of region names"_s << 0;
    QTest::newRow("region without a name") << QByteArray("clouds:\n  prod:\n    regions: [{values: {}}]\n    "
                                                         "auth: {auth_url: 'http://k', username: u}\n")
                                           << u"clouds.prod.regions"_s << u"list of region names"_s << 0;
    QTest::newRow("bad dialect") << QByteArray("clouds:\n  prod:\n    skylight_dialect: swift\n    auth: "
                                               "{auth_url: 'http://k', username: u}\n")
                                 << u"clouds.prod.skylight_dialect"_s << u"swift"_s << 0;
}

void TestCloudsConfig::errors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, key);
    QFETCH(QString, mentions);
    QFETCH(int, line);
    const auto profiles = CloudsConfig::parseText(yaml, u"/home/u/.config/openstack/clouds.yaml"_s);
    QVERIFY(!profiles.has_value());
    const CloudConfigError& error = profiles.error();
    QCOMPARE(error.file, u"/home/u/.config/openstack/clouds.yaml"_s);
    QCOMPARE(error.key, key);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    if (line > 0)
        QCOMPARE(error.line, line);
    QVERIFY(error.describe().startsWith(u"/home/u/.config/openstack/clouds.yaml"_s));
}

void TestCloudsConfig::environment_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("project");
    QTest::newRow("v3 password") << QStringList{u"OS_AUTH_URL=http://k:5000/v3"_s, u"OS_USERNAME=demo"_s,
                                                u"OS_PASSWORD=demopass"_s, u"OS_PROJECT_NAME=demo"_s,
                                                u"OS_USER_DOMAIN_NAME=Default"_s}
                                 << int(AuthSettings::Type::Password) << u"demo"_s;
    QTest::newRow("v2 by version") << QStringList{u"OS_AUTH_URL=http://k:5000/"_s,
                                                  u"OS_IDENTITY_API_VERSION=2"_s, u"OS_USERNAME=u"_s,
                                                  u"OS_TENANT_NAME=t"_s}
                                   << int(AuthSettings::Type::V2Password) << u"t"_s;
    QTest::newRow("v2 by url") << QStringList{u"OS_AUTH_URL=http://k:5000/v2.0"_s, u"OS_USERNAME=u"_s}
                               << int(AuthSettings::Type::V2Password) << QString();
    QTest::newRow("token") << QStringList{u"OS_AUTH_URL=http://k:5000/v3"_s, u"OS_TOKEN=gAAAA"_s,
                                          u"OS_PROJECT_ID=p1"_s}
                           << int(AuthSettings::Type::Token) << QString();
    QTest::newRow("application credential")
        << QStringList{u"OS_AUTH_URL=http://k:5000/v3"_s, u"OS_APPLICATION_CREDENTIAL_ID=a"_s,
                       u"OS_APPLICATION_CREDENTIAL_SECRET=s"_s}
        << int(AuthSettings::Type::ApplicationCredential) << QString();
    QTest::newRow("explicit auth type")
        << QStringList{u"OS_AUTH_URL=http://k/v3"_s, u"OS_AUTH_TYPE=v3token"_s, u"OS_TOKEN=x"_s,
                       u"OS_PASSWORD=y"_s}
        << int(AuthSettings::Type::Token) << QString();
}

void TestCloudsConfig::environment()
{
    QFETCH(QStringList, variables);
    QFETCH(int, type);
    QFETCH(QString, project);
    QProcessEnvironment env;
    for (const QString& variable : variables)
        env.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    env.insert(u"OS_REGION_NAME"_s, u"RegionTwo"_s);
    env.insert(u"OS_INTERFACE"_s, u"internalURL"_s);
    const auto profile = CloudsConfig::fromEnvironment(env);
    QVERIFY(profile.has_value());
    QCOMPARE(profile->name, u"envvars"_s);
    QCOMPARE(int(profile->auth.type), type);
    QCOMPARE(profile->auth.projectName, project);
    QCOMPARE(profile->regionName, u"RegionTwo"_s);
    QCOMPARE(profile->interface, u"internal"_s);
    QVERIFY(!CloudsConfig::fromEnvironment(QProcessEnvironment()).has_value());
}

void TestCloudsConfig::searchOrder()
{
    QProcessEnvironment env;
    QCOMPARE(CloudsConfig::searchPaths(u"clouds.yaml"_s, env, u"/work"_s, u"/home/u"_s),
             (QStringList{u"/work/clouds.yaml"_s, u"/home/u/.config/openstack/clouds.yaml"_s,
                          u"/etc/openstack/clouds.yaml"_s}));
    env.insert(u"OS_CLIENT_CONFIG_FILE"_s, u"/tmp/mine.yaml"_s);
    QCOMPARE(CloudsConfig::searchPaths(u"clouds.yaml"_s, env, u"/work"_s, u"/home/u"_s).first(),
             u"/tmp/mine.yaml"_s);
    QCOMPARE(CloudsConfig::searchPaths(u"secure.yaml"_s, env, u"/work"_s, u"/home/u"_s).first(),
             u"/work/secure.yaml"_s);
    env.insert(u"OS_CLIENT_SECURE_FILE"_s, u"/tmp/secure.yaml"_s);
    QCOMPARE(CloudsConfig::searchPaths(u"secure.yaml"_s, env, u"/work"_s, u"/home/u"_s).first(),
             u"/tmp/secure.yaml"_s);
}

void TestCloudsConfig::loadFindsFilesAndEnvironment()
{
    QTemporaryDir home;
    QTemporaryDir cwd;
    QVERIFY(home.isValid() && cwd.isValid());
    QVERIFY(QDir(home.path()).mkpath(u".config/openstack"_s));
    const auto write = [](const QString& path, const QByteArray& text) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write(home.filePath(u".config/openstack/clouds.yaml"_s),
          "clouds:\n  home: {auth: {auth_url: 'http://h/v3', username: u}}\n");
    write(home.filePath(u".config/openstack/secure.yaml"_s),
          "clouds:\n  home: {auth: {password: from-secure}}\n");
    QProcessEnvironment env;
    auto profiles = CloudsConfig::load(env, cwd.path(), home.path());
    QVERIFY(profiles.has_value());
    QCOMPARE(profiles->size(), 1);
    QCOMPARE(profiles->first().auth.password, u"from-secure"_s);

    // A clouds.yaml in the current directory wins; OS_* adds "envvars".
    write(cwd.filePath(u"clouds.yaml"_s),
          "clouds:\n  here: {auth: {auth_url: 'http://c/v3', username: u}}\n");
    env.insert(u"OS_AUTH_URL"_s, u"http://e/v3"_s);
    env.insert(u"OS_USERNAME"_s, u"e"_s);
    profiles = CloudsConfig::load(env, cwd.path(), home.path());
    QVERIFY(profiles.has_value());
    QCOMPARE(profiles->size(), 2);
    QCOMPARE(profiles->at(0).name, u"here"_s);
    QCOMPARE(profiles->at(1).name, u"envvars"_s);

    write(cwd.filePath(u"clouds.yaml"_s), "clouds: {here: [broken\n");
    profiles = CloudsConfig::load(env, cwd.path(), home.path());
    QVERIFY(!profiles.has_value());
    QCOMPARE(profiles.error().file, cwd.filePath(u"clouds.yaml"_s));
}

QTEST_GUILESS_MAIN(TestCloudsConfig)
#include "tst_cloudsconfig.moc"
