// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/cloudcontroller.h"
#include "controllers/endpointcloud.h"
#include "controllers/selectionactions.h"
#include "democloud/democloud.h"
#include "identity/cloudsession.h"
#include "models/cloudlistmodel.h"
#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"
#include "net/endpointkey.h"
#include "settings/appsettings.h"
#include "widgets/errorbanner.h"
#include "widgets/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

// `skylight --endpoint URL`: the endpoint is a cloud of the sidebar, named after the whole
// endpoint, also when it cannot be reached (issue 16, defect 12), and what the window remembers of
// it is its own, not shared with another endpoint of the same host (defect 14).
class TestEndpointCloud : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void anEndpointThatCannotBeReachedIsShownAndSaidSo_data();
    void anEndpointThatCannotBeReachedIsShownAndSaidSo();
    void anEndpointWithoutATokenIsBrowsedWithoutOne();
    void endpointsOfOneHostKeepTheirOwnLastImage_data();
    void endpointsOfOneHostKeepTheirOwnLastImage();

private:
    struct Window
    {
        std::unique_ptr<CloudController> clouds;
        std::unique_ptr<MainWindow> window;
    };
    Window open(const QUrl& url, const QByteArray& token, AppSettings* settings);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestEndpointCloud::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestEndpointCloud::cleanup()
{
    m_nam.reset();
    m_dir.reset();
}

// As main() opens it: a window of no profiles, the endpoint, then the first listing.
TestEndpointCloud::Window TestEndpointCloud::open(const QUrl& url, const QByteArray& token,
                                                  AppSettings* settings)
{
    Window opened;
    opened.clouds = std::make_unique<CloudController>(m_nam.get(), nullptr, nullptr, TransportOptions());
    new QAbstractItemModelTester(opened.clouds->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, opened.clouds.get());
    opened.window = std::make_unique<MainWindow>(opened.clouds.get());
    opened.window->setSettings(settings);
    const QString refused = openEndpointCloud(opened.window.get(), url, Dialect::Auto, token, settings);
    if (!refused.isEmpty())
        qWarning() << refused;
    opened.window->show();
    opened.window->refresh();
    return opened;
}

void TestEndpointCloud::anEndpointThatCannotBeReachedIsShownAndSaidSo_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("name");
    // Port 9 (discard) of the loopback: nothing listens there.
    QTest::newRow("root") << u"http://127.0.0.1:9/"_s << u"127.0.0.1:9"_s;
    QTest::newRow("no path") << u"http://127.0.0.1:9"_s << u"127.0.0.1:9"_s;
    QTest::newRow("path, trailing slash") << u"http://127.0.0.1:9/image/v2/"_s << u"127.0.0.1:9/image/v2"_s;
}

void TestEndpointCloud::anEndpointThatCannotBeReachedIsShownAndSaidSo()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, name);
    Window opened = open(QUrl(endpoint, QUrl::StrictMode), QByteArray("a-token"), nullptr);
    MainWindow* window = opened.window.get();
    CloudListModel* model = opened.clouds->model();
    // In the sidebar at once, named after the whole endpoint as a person reads it (not the
    // settings key), and current.
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0).data().toString(), name);
    QCOMPARE(model->entry(0)->name, endpointKey(QUrl(endpoint)));
    QCOMPARE(window->windowTitle(), u"%1 — Skylight"_s.arg(name));
    QCOMPARE(window->currentCloud(), 0);
    QVERIFY(window->cloudDock()->isVisible());
    QVERIFY2(window->statusLabel()->text().startsWith(name), qPrintable(window->statusLabel()->text()));
    // ...and how it failed: it cannot be reached (the connection was refused), not "No cloud".
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0).data(CloudListModel::StateTextRole).toString(),
                              QCoreApplication::translate("Skylight::CloudListModel", "Cannot be reached"),
                              15000);
    QVERIFY2(window->statusLabel()->text().contains(
                 QCoreApplication::translate("Skylight::CloudListModel", "Cannot be reached")),
             qPrintable(window->statusLabel()->text()));
    QVERIFY2(window->errorBanner()->message().contains(u"refused"_s, Qt::CaseInsensitive),
             qPrintable(window->errorBanner()->message()));
    QCOMPARE(window->imageModel()->rowCount(), 0);
}

// OS_TOKEN unset: the endpoint is browsed without a token, as given (a cloud that needs none),
// not asked for one first.
void TestEndpointCloud::anEndpointWithoutATokenIsBrowsedWithoutOne()
{
    DemoCloud cloud;
    cloud.setToken({});
    QVERIFY(cloud.start());
    Window opened = open(cloud.endpoint(Dialect::GlanceV2), {}, nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(opened.window->imageModel()->rowCount() > 0 && !opened.window->isLoading(),
                             15000);
    QCOMPARE(opened.clouds->session(0)->state(), CloudSession::State::SignedIn);
}

void TestEndpointCloud::endpointsOfOneHostKeepTheirOwnLastImage_data()
{
    QTest::addColumn<bool>("otherPort");
    QTest::addColumn<bool>("otherPath");
    QTest::newRow("another path") << false << true;
    QTest::newRow("another port") << true << false;
}

// Two endpoints of 127.0.0.1 (another port, or another path of the same port): the image last
// selected in one is not what the other selects.
void TestEndpointCloud::endpointsOfOneHostKeepTheirOwnLastImage()
{
    QFETCH(bool, otherPort);
    QFETCH(bool, otherPath);
    DemoCloud first;
    QVERIFY(first.start());
    DemoCloud second;
    if (otherPort)
        QVERIFY(second.start());
    const QUrl one = first.endpoint(Dialect::GlanceV2);
    const QUrl two = otherPort ? second.endpoint(Dialect::GlanceV2) : first.endpoint(Dialect::GlanceV1);
    QCOMPARE(one.host(), two.host());
    QVERIFY(otherPath ? one.path() != two.path() : one.port() != two.port());

    QSettings file(m_dir->filePath(u"Skylight.conf"_s), QSettings::IniFormat);
    AppSettings settings(&file);
    QString chosen;
    QString oneName;
    {
        Window opened = open(one, first.token(), &settings);
        MainWindow* window = opened.window.get();
        QTRY_VERIFY_WITH_TIMEOUT(window->imageModel()->rowCount() > 2 && !window->isLoading(), 15000);
        oneName = opened.clouds->model()->entry(0)->name;
        QCOMPARE(oneName, endpointKey(one));
        chosen = window->proxyModel()->index(2, 0).data(ImageTableModel::IdRole).toString();
        QVERIFY(window->selectImage(chosen));
        window->close(); // remembers the image selected
    }
    QCOMPARE(settings.lastImage(oneName), chosen);

    Window opened = open(two, otherPort ? second.token() : first.token(), &settings);
    MainWindow* window = opened.window.get();
    QTRY_VERIFY_WITH_TIMEOUT(window->imageModel()->rowCount() > 2 && !window->isLoading(), 15000);
    const QString twoName = opened.clouds->model()->entry(0)->name;
    QVERIFY2(twoName != oneName, qPrintable(twoName));
    QCOMPARE(settings.lastImage(twoName), QString());
    // The other endpoint selects its first row, not the image chosen in the first.
    QTRY_VERIFY(!window->selectionActions()->currentId().isEmpty());
    QVERIFY(window->selectionActions()->currentId() != chosen);
}

QTEST_MAIN(TestEndpointCloud)
#include "tst_endpointcloud.moc"
