// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// The first run: with no cloud at all (no clouds.yaml, no OS_*, none created), the window shows
// how to get one in place of the images, with three ways on (the demo cloud, New Cloud, reading
// clouds.yaml), and is gone once a cloud exists. With the demo open, New Cloud works too.
#include "adapters/glancev2adapter.h"
#include "controllers/cloudcontroller.h"
#include "democloud/democloud.h"
#include "models/cloudlistmodel.h"
#include "models/imagetablemodel.h"
#include "settings/appsettings.h"
#include "widgets/cloudprofiledialog.h"
#include "widgets/cloudsidebar.h"
#include "widgets/errorbanner.h"
#include "widgets/firstrunpage.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestFirstRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void shownWithNoCloudAtAll();
    void notShownWithACloud();
    void openTheDemoCloud();
    void newCloud();
    void readCloudsYamlFromItsUsualPlace();
    void readCloudsYamlFromAChosenFile();
    void aBrokenCloudsYamlIsSaid();
    void newCloudWithTheDemoOpen();

private:
    std::unique_ptr<CloudController> controller();
    void openDemo(MainWindow* window);
    CloudProfile endpointProfile(const QString& name) const;
    static void acceptNewCloudDialog(MainWindow* window, const CloudProfile& profile);
    QString writeCloudsYaml(const QString& folder, const QString& cloud) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<DemoCloud> m_demo;
};

void TestFirstRun::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(u"home"_s));
    QVERIFY(QDir(m_dir->path()).mkpath(u"work"_s));
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"Skylight.conf"_s), QSettings::IniFormat);
    m_appSettings = std::make_unique<AppSettings>(m_settings.get());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_demo = std::make_unique<DemoCloud>();
    QVERIFY(m_demo->start());
}

void TestFirstRun::cleanup()
{
    m_demo.reset();
    m_nam.reset();
    m_appSettings.reset();
    m_settings.reset();
    m_dir.reset();
}

// As a normal start builds it: profiles can be stored; clouds.yaml is looked for in folders of
// the test only (an empty environment, current and home folders).
std::unique_ptr<CloudController> TestFirstRun::controller()
{
    auto clouds =
        std::make_unique<CloudController>(m_nam.get(), m_appSettings.get(), nullptr, TransportOptions());
    clouds->setConfigLocations(QProcessEnvironment(), m_dir->filePath(u"work"_s), m_dir->filePath(u"home"_s));
    return clouds;
}

void TestFirstRun::openDemo(MainWindow* window)
{
    window->addCloud(new GlanceV2Adapter(m_nam.get(),
                                         {.url = m_demo->glanceV2Endpoint(), .token = m_demo->token()}, {},
                                         m_demo.get()),
                     CloudDescription{u"Demo cloud · Image API v2"_s, true});
    window->refresh();
}

CloudProfile TestFirstRun::endpointProfile(const QString& name) const
{
    CloudProfile profile;
    profile.name = name;
    profile.auth.type = AuthSettings::Type::Token;
    profile.imageEndpoint = m_demo->glanceV2Endpoint();
    profile.dialect = Dialect::GlanceV2;
    return profile;
}

void TestFirstRun::acceptNewCloudDialog(MainWindow* window, const CloudProfile& profile)
{
    CloudProfileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<CloudProfileDialog*>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    dialog->setProfile(profile, false);
    dialog->accept();
}

QString TestFirstRun::writeCloudsYaml(const QString& folder, const QString& cloud) const
{
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(u"clouds.yaml"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(u"clouds:\n  %1:\n    auth:\n      auth_url: http://127.0.0.1:9/v3\n      username: me\n"
               u"      project_name: mine\n"_s.arg(cloud)
                   .toUtf8());
    return path;
}

void TestFirstRun::shownWithNoCloudAtAll()
{
    const auto clouds = controller();
    MainWindow window(clouds.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isFirstRunPageShown());
    FirstRunPage* page = window.firstRunPage();
    QVERIFY(page->isVisible());
    // Not an error: no banner, and the three ways on (the demo only where it can be opened).
    QVERIFY(!window.errorBanner()->isVisible());
    QVERIFY(!page->demoButton()->isVisible());
    window.firstRunPage()->setDemoOpener([] {});
    QVERIFY(page->demoButton()->isVisible());
    QVERIFY(page->newCloudButton()->isVisible());
    QVERIFY(page->readConfigButton()->isVisible());
}

void TestFirstRun::notShownWithACloud()
{
    const auto clouds = controller();
    clouds->saveProfile(endpointProfile(u"mine"_s), false);
    MainWindow window(clouds.get());
    window.show();
    QVERIFY(!window.isFirstRunPageShown());
    QVERIFY(!window.firstRunPage()->isVisible());
    // Without profiles (the old window of one fixed cloud, none given): the hint stays a banner.
    MainWindow none(nullptr, CloudDescription{});
    none.show();
    QVERIFY(!none.isFirstRunPageShown());
}

void TestFirstRun::openTheDemoCloud()
{
    const auto clouds = controller();
    MainWindow window(clouds.get());
    int asked = 0;
    window.firstRunPage()->setDemoOpener([&] {
        ++asked;
        openDemo(&window);
    });
    window.show();
    QSignalSpy finished(&window, &MainWindow::listingFinished);
    QTest::mouseClick(window.firstRunPage()->demoButton(), Qt::LeftButton);
    QCOMPARE(asked, 1);
    QVERIFY(finished.wait(15000));
    QVERIFY(!window.isFirstRunPageShown());
    QCOMPARE(window.currentCloud(), 0);
    QVERIFY(window.imageModel()->rowCount() > 0);
    QVERIFY(window.cloudDock()->isVisible());
    // The demo is not what the next start opens.
    QCOMPARE(m_appSettings->lastCloud(), QString());
}

void TestFirstRun::newCloud()
{
    const auto clouds = controller();
    MainWindow window(clouds.get());
    window.show();
    QTimer::singleShot(0, &window, [&] { acceptNewCloudDialog(&window, endpointProfile(u"created"_s)); });
    QTest::mouseClick(window.firstRunPage()->newCloudButton(), Qt::LeftButton);
    QTRY_COMPARE(clouds->model()->rowCount(), 1);
    QCOMPARE(clouds->model()->entry(0)->name, u"created"_s);
    QTRY_VERIFY(!window.isFirstRunPageShown());
    QCOMPARE(window.currentCloud(), 0);
    // Removed again: the page is back.
    window.cloudSidebar()->removeCloud(0);
    QVERIFY(window.isFirstRunPageShown());
}

void TestFirstRun::readCloudsYamlFromItsUsualPlace()
{
    const auto clouds = controller();
    MainWindow window(clouds.get());
    window.show();
    // Written after the start, where the OpenStack client looks: ~/.config/openstack/.
    QVERIFY(!writeCloudsYaml(m_dir->filePath(u"home/.config/openstack"_s), u"lab"_s).isEmpty());
    QTest::mouseClick(window.firstRunPage()->readConfigButton(), Qt::LeftButton);
    QCOMPARE(clouds->model()->rowCount(), 1);
    QCOMPARE(clouds->model()->entry(0)->name, u"lab"_s);
    QVERIFY(!window.isFirstRunPageShown());
    QCOMPARE(window.currentCloud(), 0);
    // Read again: nothing new, said without an error.
    QVERIFY(
        !window.cloudSidebar()->readCloudsConfig(m_dir->filePath(u"home/.config/openstack/clouds.yaml"_s)));
    QVERIFY(window.errorBanner()->isVisible());
    QVERIFY2(window.errorBanner()->message().contains(u"No new cloud"_s),
             qPrintable(window.errorBanner()->message()));
    QCOMPARE(clouds->model()->rowCount(), 1);
}

void TestFirstRun::readCloudsYamlFromAChosenFile()
{
    const auto clouds = controller();
    MainWindow window(clouds.get());
    window.show();
    const QString file = writeCloudsYaml(m_dir->filePath(u"elsewhere"_s), u"picked"_s);
    QVERIFY(window.cloudSidebar()->readCloudsConfig(file));
    QCOMPARE(clouds->model()->rowCount(), 1);
    QCOMPARE(clouds->model()->entry(0)->name, u"picked"_s);
    QVERIFY(!window.isFirstRunPageShown());
}

void TestFirstRun::aBrokenCloudsYamlIsSaid()
{
    const auto clouds = controller();
    MainWindow window(clouds.get());
    window.show();
    const QString file = m_dir->filePath(u"broken.yaml"_s);
    QFile broken(file);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("clouds: [not, a, mapping]\n");
    broken.close();
    QVERIFY(!window.cloudSidebar()->readCloudsConfig(file));
    QVERIFY(window.errorBanner()->isVisible());
    QVERIFY2(window.errorBanner()->message().contains(u"broken.yaml"_s),
             qPrintable(window.errorBanner()->message()));
    QVERIFY(window.isFirstRunPageShown());
}

// skylight --demo: the demo's clouds, and New Cloud adds one beside them (it used to be off).
void TestFirstRun::newCloudWithTheDemoOpen()
{
    const auto clouds = controller();
    MainWindow window(clouds.get());
    QSignalSpy finished(&window, &MainWindow::listingFinished);
    openDemo(&window);
    window.show();
    QVERIFY(finished.wait(15000));
    QVERIFY(!window.isFirstRunPageShown());
    QAction* newCloud = window.cloudSidebar()->newAction();
    QVERIFY(newCloud->isEnabled());
    QTimer::singleShot(0, &window, [&] { acceptNewCloudDialog(&window, endpointProfile(u"created"_s)); });
    newCloud->trigger();
    QTRY_COMPARE(clouds->model()->rowCount(), 2);
    QCOMPARE(clouds->model()->entry(0)->name, u"Demo cloud · Image API v2"_s);
    QCOMPARE(clouds->model()->entry(1)->name, u"created"_s);
    QVERIFY(window.cloudDock()->isVisible());
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
