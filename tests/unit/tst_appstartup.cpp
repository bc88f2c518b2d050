// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "startup/appstartup.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

// What both executables set up: the demo cloud's endpoints, and which settings each one keeps.
class TestAppStartup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoEndpoints();
    void theCommandLineKeepsNoWindowSettings();
};

void TestAppStartup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // never the user's own settings
    QCoreApplication::setOrganizationName(u"Skylight-test"_s);
    QCoreApplication::setApplicationName(u"tst_appstartup"_s);
}

void TestAppStartup::demoEndpoints()
{
    AppStartup startup(AppStartup::Front::Window);
    QVERIFY(startup.demoEndpoints().isEmpty()); // not started
    const auto demo = startup.startDemo();
    QVERIFY2(demo, demo ? "" : qPrintable(demo.error()));
    QCOMPARE(startup.startDemo().value(), *demo); // once
    const QList<AppStartup::DemoEndpoint> endpoints = startup.demoEndpoints();
    QCOMPARE(endpoints.size(), 6); // five dialects and Compute's XML
    QSet<QUrl> urls;
    QSet<QString> names;
    for (const AppStartup::DemoEndpoint& endpoint : endpoints) {
        QCOMPARE(endpoint.endpoint.url.host(), u"127.0.0.1"_s);
        QCOMPARE(endpoint.endpoint.token, (*demo)->token());
        urls.insert(endpoint.endpoint.url);
        names.insert(endpoint.name);
    }
    QCOMPARE(urls.size(), 6);
    QCOMPARE(names.size(), 6);
    QCOMPARE(startup.settings()->schemaVersion(), AppSettings::kSchemaVersion); // migrated at start
}

void TestAppStartup::theCommandLineKeepsNoWindowSettings()
{
    AppStartup startup(AppStartup::Front::CommandLine);
    startup.settings()->setDownloadConcurrency(5);
    QCOMPARE(startup.settings()->downloadConcurrency(), AppSettings::kDefaultConcurrency);
    QCOMPARE(startup.settings()->schemaVersion(), 0);
    QVERIFY(startup.network());
    QVERIFY(startup.secrets());
    QVERIFY(startup.rangeSupport());
}

QTEST_GUILESS_MAIN(TestAppStartup)
#include "tst_appstartup.moc"
