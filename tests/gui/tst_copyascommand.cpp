// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// Copy as Command in the window: the selected images as openstack and skylight-cli lines, one per
// image, for the cloud as it was opened (the demo, clouds.yaml, an endpoint), with ids from a
// hostile server quoted or left out, never able to run a command of their own.
#include "adapters/glancev2adapter.h"
#include "controllers/cloudcontroller.h"
#include "controllers/copyascommand.h"
#include "controllers/endpointcloud.h"
#include "controllers/selectionactions.h"
#include "democloud/democloud.h"
#include "identity/cloudsconfig.h"
#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"
#include "widgets/imagetableview.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestCopyAsCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void demoImagesAsCommands();
    void inTheMenus();
    void hostileIdsFromTheServer_data();
    void hostileIdsFromTheServer();
    void theCloudAsItWasOpened();

private:
    std::unique_ptr<MainWindow> openWindow(const CloudDescription& cloud);
    static void selectAll(MainWindow* window);
    static QString copied(QAction* action);

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<DemoCloud> m_cloud;
};

void TestCopyAsCommand::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_cloud = std::make_unique<DemoCloud>();
    QVERIFY(m_cloud->start());
    QGuiApplication::clipboard()->clear();
}

void TestCopyAsCommand::cleanup()
{
    m_cloud.reset();
    m_nam.reset();
}

std::unique_ptr<MainWindow> TestCopyAsCommand::openWindow(const CloudDescription& cloud)
{
    auto* adapter = new GlanceV2Adapter(
        m_nam.get(), {.url = m_cloud->glanceV2Endpoint(), .token = m_cloud->token()}, {}, m_cloud.get());
    auto window = std::make_unique<MainWindow>(adapter, cloud);
    window->show();
    QSignalSpy finished(window.get(), &MainWindow::listingFinished);
    window->refresh();
    if (!finished.wait(15000))
        return nullptr;
    return window;
}

void TestCopyAsCommand::selectAll(MainWindow* window)
{
    window->imageView()->setFocus();
    window->imageView()->selectAll();
}

QString TestCopyAsCommand::copied(QAction* action)
{
    QGuiApplication::clipboard()->setText(u"<nothing copied>"_s);
    action->trigger();
    return QGuiApplication::clipboard()->text();
}

void TestCopyAsCommand::demoImagesAsCommands()
{
    const std::unique_ptr<MainWindow> window = openWindow(CloudDescription{u"Demo cloud"_s, true});
    QVERIFY(window);
    CopyAsCommand* commands = window->copyAsCommand();
    const QString cirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;
    const QString fake7 = u"70a599e0-31e7-49b7-b260-868f441e862b"_s;
    window->imageView()->selectionModel()->clearSelection();
    QVERIFY(!commands->imageShowAction()->isEnabled());
    QVERIFY(window->selectImage(cirros));
    QVERIFY(commands->imageShowAction()->isEnabled());
    QCOMPARE(copied(commands->imageShowAction()), u"openstack image show "_s + cirros);
    QCOMPARE(copied(commands->serverCreateAction()),
             u"openstack server create --image %1 --flavor FLAVOR SERVER_NAME"_s.arg(cirros));
    QVERIFY2(window->statusBar()->currentMessage().contains(u"FLAVOR"_s),
             qPrintable(window->statusBar()->currentMessage()));
    QCOMPARE(copied(commands->downloadAction()), u"skylight-cli --demo download "_s + cirros);

    // Two selected: one line each, in the table's order.
    const QModelIndex second = window->proxyModel()->mapFromSource(
        window->imageModel()->index(window->imageModel()->rowOf(fake7), 0));
    window->imageView()->selectionModel()->select(second,
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QStringList lines = copied(commands->downloadAction()).split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.contains(u"skylight-cli --demo download "_s + cirros));
    QVERIFY(lines.contains(u"skylight-cli --demo download "_s + fake7));
}

void TestCopyAsCommand::inTheMenus()
{
    const std::unique_ptr<MainWindow> window = openWindow(CloudDescription{u"Demo cloud"_s, true});
    QVERIFY(window);
    // Edit > Copy as Command holds the three.
    QMenu* submenu = nullptr;
    for (QAction* top : window->menuBar()->actions()) {
        if (!top->menu())
            continue;
        for (QAction* item : top->menu()->actions()) {
            if (item->menu() && item->menu()->objectName() == u"copyAsCommandMenu"_s)
                submenu = item->menu();
        }
    }
    QVERIFY(submenu);
    const QList<QAction*> actions = submenu->actions();
    QVERIFY(actions.contains(window->copyAsCommand()->imageShowAction()));
    QVERIFY(actions.contains(window->copyAsCommand()->serverCreateAction()));
    QVERIFY(actions.contains(window->copyAsCommand()->downloadAction()));
}

void TestCopyAsCommand::hostileIdsFromTheServer_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("line"); // the image show line; empty: left out
    QTest::newRow("command substitution")
        << u"$(touch pwned)"_s << u"openstack image show '$(touch pwned)'"_s;
    QTest::newRow("quote breaks out")
        << u"x'; touch pwned; echo '"_s << u"openstack image show 'x'\\''; touch pwned; echo '\\'''"_s;
    QTest::newRow("backquotes") << u"`id`"_s << u"openstack image show '`id`'"_s;
    QTest::newRow("newline") << u"abc\ntouch pwned"_s << QString();
    QTest::newRow("escape") << u"abc\x1b[201~"_s << QString();
    QTest::newRow("an option") << u"--os-auth-url=http://evil.example"_s << QString();
}

void TestCopyAsCommand::hostileIdsFromTheServer()
{
    QFETCH(QString, id);
    QFETCH(QString, line);
    const QString good = u"a0c3ef1e-5d4c-4bd3-9b1a-2b0c6a1f0e99"_s;
    const QJsonObject body{
        {u"images"_s,
         QJsonArray{QJsonObject{{u"id"_s, id}, {u"name"_s, u"hostile"_s}, {u"status"_s, u"active"_s}},
                    QJsonObject{{u"id"_s, good}, {u"name"_s, u"good"_s}, {u"status"_s, u"active"_s}}}}};
    m_cloud->injectFault(
        {u"/image/v2/images"_s, 1, DemoResponse::json(QJsonDocument(body).toJson(QJsonDocument::Compact))});
    const std::unique_ptr<MainWindow> window = openWindow(CloudDescription{u"Hostile"_s, true});
    QVERIFY(window);
    QCOMPARE(window->imageModel()->rowCount(), 2);
    selectAll(window.get());
    QCOMPARE(window->selectionActions()->selectedRecords().size(), 2);
    const QStringList lines = copied(window->copyAsCommand()->imageShowAction()).split(u'\n');
    QStringList expected{u"openstack image show "_s + good};
    if (!line.isEmpty())
        expected << line;
    QCOMPARE(QSet<QString>(lines.cbegin(), lines.cend()), QSet<QString>(expected.cbegin(), expected.cend()));
    if (line.isEmpty()) {
        QVERIFY2(window->statusBar()->currentMessage().contains(u"left out"_s),
                 qPrintable(window->statusBar()->currentMessage()));
    }
}

void TestCopyAsCommand::theCloudAsItWasOpened()
{
    // An endpoint given on the command line: --endpoint URL --api DIALECT.
    CloudController clouds(m_nam.get(), nullptr, nullptr, TransportOptions());
    MainWindow window(&clouds);
    QVERIFY(
        openEndpointCloud(&window, m_cloud->glanceV2Endpoint(), Dialect::GlanceV2, m_cloud->token(), nullptr)
            .isEmpty());
    window.show();
    QSignalSpy finished(&window, &MainWindow::listingFinished);
    window.refresh();
    QVERIFY(finished.wait(15000));
    const QString cirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;
    QVERIFY(window.selectImage(cirros));
    QCOMPARE(copied(window.copyAsCommand()->downloadAction()),
             u"skylight-cli --endpoint %1 --api glance-v2 download %2"_s.arg(
                 m_cloud->glanceV2Endpoint().toString(), cirros));

    // A clouds.yaml cloud: --os-cloud NAME (quoted), a region entry by its cloud's name.
    const auto profiles = CloudsConfig::parseText(
        "clouds:\n  \"team's prod\":\n    auth:\n      auth_url: http://127.0.0.1:9/v3\n"
        "      username: me\n      project_name: mine\n    regions: [RegionOne, RegionTwo]\n",
        u"clouds.yaml"_s);
    QVERIFY2(profiles, profiles ? "" : qPrintable(profiles.error().describe()));
    const int row = clouds.addExternalProfile(profiles->first());
    const std::optional<CliCloud> cloud = clouds.cliCloud(row);
    QVERIFY(cloud);
    QCOMPARE(cloud->kind, CliCloud::Kind::OsCloud);
    QCOMPARE(cloud->osCloud, u"team's prod"_s);
    QCOMPARE(ImageCommands::build(ImageCommands::Kind::SkylightDownload, {cirros}, *cloud).text(),
             u"skylight-cli --os-cloud 'team'\\''s prod' download "_s + cirros);
}

QTEST_MAIN(TestCopyAsCommand)
#include "tst_copyascommand.moc"
