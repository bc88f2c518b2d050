// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/adapterfactory.h"
#include "adapters/imageadapter.h"
#include "controllers/cloudcontroller.h"
#include "democloud/democloud.h"
#include "download/transferqueue.h"
#include "identity/cloudsconfig.h"
#include "identity/cloudsession.h"
#include "models/cloudlistmodel.h"
#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"
#include "settings/appsettings.h"
#include "support/fakeidentity.h"
#include "support/signinfixture.h"
#include "widgets/cloudsidebar.h"
#include "widgets/errorbanner.h"
#include "widgets/firstrunpage.h"
#include "widgets/imagetableview.h"
#include "widgets/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::FakeIdentity;

// The clouds of the sidebar: profiles from clouds.yaml (one entry per region) and from the
// settings (created in the app, kept without secrets), fixed clouds, the last cloud chosen, and
// each profile's session: signed in against a fake identity service, signed out and forgotten,
// also while a window browses it.
class TestCloudController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void profilesFromCloudsYaml_data();
    void profilesFromCloudsYaml();
    void storedProfilesPersistWithoutSecrets();
    void cloudsYamlWinsOverAStoredProfile();
    void savingReplacesAndRemoveDeletes();
    void fixedCloudsAndTheirSecrets();
    void lastCloudIsRemembered();
    void signInThenForget();
    void forgettingUnbindsTheWindowBeforeTheAdapterGoes();
    void howASessionFailedIsSaid_data();
    void howASessionFailedIsSaid();
    void removingTheOnlyCloudLeavesNoTrace();

private:
    CloudProfile profile(const QString& name, bool withPassword) const;
    std::unique_ptr<CloudController> controller(AppSettings* settings);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<DemoCloud> m_demo;
    std::unique_ptr<FakeIdentity> m_identity;
};

void TestCloudController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"Skylight.conf"_s), QSettings::IniFormat);
    m_appSettings = std::make_unique<AppSettings>(m_settings.get());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_demo = std::make_unique<DemoCloud>();
    m_identity = std::make_unique<FakeIdentity>();
    QVERIFY(Test::startCloudBehindIdentity(*m_demo, *m_identity));
}

void TestCloudController::cleanup()
{
    m_identity.reset();
    m_demo.reset();
    m_nam.reset();
    m_appSettings.reset();
    m_settings.reset();
    m_dir.reset();
}

CloudProfile TestCloudController::profile(const QString& name, bool withPassword) const
{
    CloudProfile profile = Test::passwordProfile(*m_identity, name);
    profile.source = u"clouds.yaml"_s;
    if (withPassword)
        profile.auth.password = QString::fromLatin1(FakeIdentity::kPassword);
    return profile;
}

// No keychain: the sessions keep what they know in memory (the keychain has tests of its own).
std::unique_ptr<CloudController> TestCloudController::controller(AppSettings* settings)
{
    auto clouds = std::make_unique<CloudController>(m_nam.get(), settings, nullptr, TransportOptions());
    new QAbstractItemModelTester(clouds->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 clouds.get());
    return clouds;
}

void TestCloudController::profilesFromCloudsYaml_data()
{
    QTest::addColumn<QByteArray>("regions");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QString>("chosen");
    QTest::newRow("no region") << QByteArray() << QStringList{u"prod"_s} << u"prod"_s;
    QTest::newRow("one region") << QByteArray("    region_name: R1\n") << QStringList{u"prod"_s} << u"prod"_s;
    QTest::newRow("regions: the first by default")
        << QByteArray("    regions: [R1, R2]\n") << QStringList{u"prod · R1"_s, u"prod · R2"_s}
        << u"prod · R1"_s;
    QTest::newRow("regions with region_name")
        << QByteArray("    region_name: R2\n    regions: [R1, R2]\n")
        << QStringList{u"prod · R1"_s, u"prod · R2"_s} << u"prod · R2"_s;
}

void TestCloudController::profilesFromCloudsYaml()
{
    QFETCH(QByteArray, regions);
    QFETCH(QStringList, entries);
    QFETCH(QString, chosen);
    const QByteArray yaml = "clouds:\n  prod:\n    auth:\n      auth_url: https://keystone.example:5000/v3\n"
                            "      username: alice\n      password: s3cret\n      project_name: p\n" +
                            regions;
    const auto profiles = CloudsConfig::parseText(yaml, u"clouds.yaml"_s);
    QVERIFY2(profiles.has_value(), profiles ? "" : qPrintable(profiles.error().describe()));
    QCOMPARE(profiles->size(), 1);

    auto clouds = controller(m_appSettings.get());
    QVERIFY(clouds->canStoreProfiles());
    const int row = clouds->addExternalProfile(profiles->first());
    QCOMPARE(clouds->model()->names(), entries);
    QCOMPARE(clouds->model()->entry(row)->name, chosen);
    for (int i = 0; i < entries.size(); ++i) {
        QVERIFY(!clouds->isRemovable(i));
        CloudSession* session = clouds->session(i);
        QVERIFY(session);
        QCOMPARE(session->state(), CloudSession::State::SignedOut);
        QCOMPARE(session->profile().name, entries.at(i));
        // Every region signs in with the cloud's secrets.
        QCOMPARE(session->profile().secretName(), u"prod"_s);
        QVERIFY(session->hasSecret());
        // What the controller hands out (to edit, to show) has no secret.
        const CloudProfile shown = clouds->profile(i);
        QCOMPARE(shown.name, entries.at(i));
        QCOMPARE(shown.auth.username, u"alice"_s);
        QVERIFY(!shown.auth.hasSecret());
        QCOMPARE(clouds->model()->index(i).data(CloudListModel::SourceRole).toString(),
                 profiles->first().source);
    }
    // The secrets of every session are known to the redactor.
    QCOMPARE(clouds->redactor().redact(u"password s3cret"_s).contains(u"s3cret"_s), false);
    QCOMPARE(clouds->session(entries.size()), nullptr);
    QCOMPARE(clouds->profile(entries.size()).name, QString());
}

void TestCloudController::storedProfilesPersistWithoutSecrets()
{
    {
        auto clouds = controller(m_appSettings.get());
        const int remembered = clouds->saveProfile(profile(u"mine"_s, true), true);
        const int notRemembered = clouds->saveProfile(profile(u"shared"_s, true), false);
        QCOMPARE(remembered, 0);
        QCOMPARE(notRemembered, 1);
        QVERIFY(clouds->isRemovable(remembered));
        QVERIFY(clouds->rememberSecret(u"mine"_s));
        QVERIFY(!clouds->rememberSecret(u"shared"_s));
        QVERIFY(clouds->session(remembered)->rememberSecret());
        QVERIFY(!clouds->session(notRemembered)->rememberSecret());
    }
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(FakeIdentity::kPassword));

    // The next start lists them again, created in the app, removable, without their secret.
    auto clouds = controller(m_appSettings.get());
    clouds->loadStoredProfiles();
    QCOMPARE(clouds->model()->names(), (QStringList{u"mine"_s, u"shared"_s}));
    QVERIFY(clouds->isRemovable(0));
    QCOMPARE(clouds->profile(0).auth.authUrl, m_identity->url(u"/v3"_s));
    QVERIFY(!clouds->session(0)->hasSecret());
    QVERIFY(!clouds->session(1)->rememberSecret());

    // Without settings nothing is stored.
    CloudController bare(m_nam.get(), nullptr, nullptr, TransportOptions());
    QVERIFY(!bare.canStoreProfiles());
    QCOMPARE(bare.saveProfile(profile(u"x"_s, false), true), -1);
    bare.loadStoredProfiles();
    QCOMPARE(bare.model()->rowCount(), 0);
}

void TestCloudController::cloudsYamlWinsOverAStoredProfile()
{
    controller(m_appSettings.get())->saveProfile(profile(u"twin"_s, false), true);
    auto clouds = controller(m_appSettings.get());
    CloudProfile external = profile(u"twin"_s, false);
    external.auth.username = u"from-yaml"_s;
    clouds->addExternalProfile(external);
    clouds->loadStoredProfiles();
    QCOMPARE(clouds->model()->names(), QStringList{u"twin"_s});
    QCOMPARE(clouds->profile(0).auth.username, u"from-yaml"_s);
    QVERIFY(!clouds->isRemovable(0));
}

void TestCloudController::savingReplacesAndRemoveDeletes()
{
    auto clouds = controller(m_appSettings.get());
    clouds->addExternalProfile(profile(u"external"_s, false));
    const int old = clouds->saveProfile(profile(u"old name"_s, false), true);
    QPointer<CloudSession> oldSession = clouds->session(old);

    // Renamed: the old entry, its session and its stored settings go.
    const int renamed = clouds->saveProfile(profile(u"new name"_s, false), true, u"old name"_s);
    QCOMPARE(clouds->model()->names(), (QStringList{u"external"_s, u"new name"_s}));
    QCOMPARE(clouds->model()->entry(renamed)->name, u"new name"_s);
    QTRY_VERIFY(oldSession.isNull());
    {
        auto next = controller(m_appSettings.get());
        next->loadStoredProfiles();
        QCOMPARE(next->model()->names(), QStringList{u"new name"_s});
    }

    // Only what was created in the app can be removed.
    clouds->remove(0);
    QCOMPARE(clouds->model()->rowCount(), 2);
    clouds->remove(1);
    QCOMPARE(clouds->model()->names(), QStringList{u"external"_s});
    clouds->remove(7); // no such row
    auto next = controller(m_appSettings.get());
    next->loadStoredProfiles();
    QCOMPARE(next->model()->rowCount(), 0);
}

void TestCloudController::fixedCloudsAndTheirSecrets()
{
    CloudController clouds(m_nam.get(), nullptr, nullptr, TransportOptions());
    const ServiceEndpoint endpoint{.url = m_demo->endpoint(Dialect::GlanceV2),
                                   .token = "fixed-token",
                                   .projectId = DemoCloud::projectId()};
    auto adapter = createImageAdapter(Dialect::GlanceV2, m_nam.get(), endpoint, {}, this);
    QVERIFY(adapter);
    const int demo = clouds.addFixedCloud(u"Demo"_s, *adapter, true);
    const int endpointRow = clouds.addFixedCloud(u"host"_s, nullptr, false);
    QCOMPARE(clouds.model()->entry(demo)->adapter.data(), *adapter);
    QVERIFY(clouds.model()->entry(demo)->isDemo);
    QVERIFY(!clouds.model()->entry(endpointRow)->isDemo);
    QCOMPARE(clouds.session(demo), nullptr);
    QVERIFY(!clouds.isRemovable(demo));
    clouds.remove(demo);
    QCOMPARE(clouds.model()->rowCount(), 2);
    clouds.forget(demo); // no session: nothing to forget
    QCOMPARE(clouds.model()->rowCount(), 2);

    clouds.knowSecret("command-line-token");
    const QString redacted = clouds.redactor().redact(u"fixed-token and command-line-token"_s);
    QVERIFY(!redacted.contains(u"fixed-token"_s));
    QVERIFY(!redacted.contains(u"command-line-token"_s));
    delete *adapter;
}

void TestCloudController::lastCloudIsRemembered()
{
    {
        auto clouds = controller(m_appSettings.get());
        QCOMPARE(clouds->lastCloud(), QString());
        clouds->setLastCloud(u"prod · R2"_s);
    }
    QCOMPARE(controller(m_appSettings.get())->lastCloud(), u"prod · R2"_s);
    CloudController bare(m_nam.get(), nullptr, nullptr, TransportOptions());
    bare.setLastCloud(u"x"_s);
    QCOMPARE(bare.lastCloud(), QString());
}

void TestCloudController::signInThenForget()
{
    auto clouds = controller(m_appSettings.get());
    const int row = clouds->addExternalProfile(profile(u"signed"_s, true));
    CloudSession* session = clouds->session(row);
    QSignalSpy ready(session, &CloudSession::ready);
    session->signIn();
    QVERIFY(ready.wait(15000));
    QCOMPARE(session->state(), CloudSession::State::SignedIn);
    QCOMPARE(clouds->model()->index(row).data(CloudListModel::StateRole).toInt(),
             int(CloudSession::State::SignedIn));
    QPointer<ImageAdapter> adapter = session->adapter();
    QVERIFY(adapter);
    QCOMPARE(adapter->token(), QByteArray("fake-token-1"));
    QVERIFY(!clouds->redactor().redact(u"token fake-token-1"_s).contains(u"fake-token-1"_s));

    QSignalSpy forgotten(session, &CloudSession::forgotten);
    // Its users are told at once, while the adapter is still there; it is deleted later.
    QList<ImageAdapter*> retired;
    bool aliveWhenRetired = false;
    connect(session, &CloudSession::adapterRetired, this, [&](ImageAdapter* gone) {
        retired << gone;
        aliveWhenRetired = !adapter.isNull() && forgotten.isEmpty();
    });
    clouds->forget(row);
    QCOMPARE(retired, QList<ImageAdapter*>{adapter.data()});
    QVERIFY(aliveWhenRetired);
    QVERIFY(adapter);
    QCOMPARE(session->state(), CloudSession::State::SignedOut);
    QCOMPARE(session->adapter(), nullptr);
    QVERIFY(forgotten.wait(15000));
    QTRY_VERIFY(adapter.isNull());
    QCOMPARE(clouds->model()->rowCount(), 1); // forgotten, not removed
    QVERIFY(session->hasSecret());            // the profile's own password stays in the profile

    // Signed in again: a new token, a new adapter.
    m_demo->setToken("fake-token-2");
    session->signIn();
    QVERIFY(ready.wait(15000));
    QCOMPARE(session->adapter()->token(), QByteArray("fake-token-2"));
    QCOMPARE(retired.size(), 1);

    // The session's end retires its adapter too, before deleting it with itself.
    ImageAdapter* second = session->adapter();
    adapter = second;
    clouds.reset();
    QCOMPARE(retired.size(), 2);
    QCOMPARE(retired.last(), second);
    QVERIFY(adapter.isNull());
}

// Forgetting a cloud deletes its adapter while the keychain still forgets the secrets: a row
// click or a status update in between must find the window no longer bound to it.
void TestCloudController::forgettingUnbindsTheWindowBeforeTheAdapterGoes()
{
    TransferQueue queue(m_nam.get(), TransportOptions()); // outlives the window
    auto clouds = controller(m_appSettings.get());
    const int row = clouds->addExternalProfile(profile(u"browsed"_s, true));
    MainWindow window(clouds.get());
    window.setTransferQueue(&queue);
    window.show();
    QSignalSpy listed(&window, &MainWindow::listingFinished);
    window.setCurrentCloud(row);
    window.refresh();
    QVERIFY(listed.wait(15000));
    QVERIFY(window.proxyModel()->rowCount() >= 3);
    int active = -1;
    for (int i = 0; i < window.proxyModel()->rowCount() && active < 0; ++i) {
        if (window.proxyModel()->index(i, ImageTableModel::Status).data().toString().contains(u"active"_s))
            active = i;
    }
    QVERIFY(active >= 0);
    window.imageView()->setCurrentIndex(window.proxyModel()->index(active, 0));
    QVERIFY(window.downloadAction()->isEnabled());

    CloudSession* session = clouds->session(row);
    QPointer<ImageAdapter> adapter = session->adapter();
    QVERIFY(adapter);
    bool boundWhenDeleted = false;
    connect(adapter.data(), &QObject::destroyed, this,
            [&] { boundWhenDeleted = window.downloadAction()->isEnabled(); });
    QSignalSpy forgotten(session, &CloudSession::forgotten);
    clouds->forget(row);
    // The adapter is deleted from the event loop; forgotten() is still to come.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(adapter.isNull());
    QCOMPARE(forgotten.count(), 0);

    // A click on another row and a status update in that window.
    const int other = active == 0 ? 1 : 0;
    window.imageView()->setCurrentIndex(window.proxyModel()->index(other, 0));
    window.filterEdit()->setText(u"cirros"_s);
    window.filterEdit()->clear();
    QVERIFY(!window.downloadAction()->isEnabled());
    QVERIFY(!boundWhenDeleted);

    QVERIFY(forgotten.wait(15000));
    QCOMPARE(window.imageModel()->rowCount(), 0);
    QVERIFY(!window.statusLabel()->text().contains(m_demo->endpoint(Dialect::GlanceV2).host()));
}

// A cloud that cannot be reached was not refused a sign-in: the sidebar and the status bar say
// which (a direct endpoint has no sign-in at all).
void TestCloudController::howASessionFailedIsSaid_data()
{
    QTest::addColumn<bool>("direct");
    QTest::addColumn<QString>("said");
    QTest::newRow("direct endpoint, connection refused") << true << u"Cannot be reached"_s;
    QTest::newRow("identity service, connection refused") << false << u"Cannot be reached"_s;
}

void TestCloudController::howASessionFailedIsSaid()
{
    QFETCH(bool, direct);
    QFETCH(QString, said);
    const QUrl closed(u"http://127.0.0.1:9/"_s); // the discard port: nothing listens here
    CloudProfile cloud = profile(u"failing"_s, false);
    if (direct) {
        cloud.auth.type = AuthSettings::Type::Token;
        cloud.auth.authUrl = QUrl();
        cloud.auth.token = u"a-token"_s;
        cloud.imageEndpoint = closed;
        cloud.dialect = Dialect::Auto;
    } else {
        cloud.auth.authUrl = closed;
        cloud.auth.password = u"pw"_s;
    }
    auto clouds = controller(m_appSettings.get());
    const int row = clouds->addExternalProfile(cloud);
    CloudSession* session = clouds->session(row);
    QSignalSpy failed(session, &CloudSession::failed);
    session->signIn();
    QVERIFY(failed.wait(20000));
    const QString text = clouds->model()->index(row).data(CloudListModel::StateTextRole).toString();
    QCOMPARE(text, said);
    QVERIFY(!text.contains(u"Sign-in failed"_s));
}

namespace {
// Answers the next message box with a key, once it is up; says whether No was its default.
void answerNextBox(Qt::Key key, bool* defaultsToNo)
{
    auto* timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, timer, [timer, key, defaultsToNo] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        *defaultsToNo = box->defaultButton() && box->standardButton(box->defaultButton()) == QMessageBox::No;
        if (key == Qt::Key_Y)
            box->button(QMessageBox::Yes)->click();
        else
            QTest::keyClick(box, key);
    });
    timer->start(20);
}
} // namespace

void TestCloudController::removingTheOnlyCloudLeavesNoTrace()
{
    auto clouds = controller(m_appSettings.get());
    const int row = clouds->saveProfile(profile(u"only cloud"_s, false), true);
    MainWindow window(clouds.get());
    window.setSettings(m_appSettings.get());
    window.show();
    window.setCurrentCloud(row);
    QVERIFY(window.windowTitle().contains(u"only cloud"_s));
    QCOMPARE(m_appSettings->lastCloud(), u"only cloud"_s);
    QAction* remove = window.cloudSidebar()->removeAction();
    QVERIFY(remove->isEnabled());

    // The confirmation defaults to No: Enter keeps the cloud.
    bool defaultsToNo = false;
    answerNextBox(Qt::Key_Return, &defaultsToNo);
    remove->trigger();
    QVERIFY(defaultsToNo);
    QCOMPARE(clouds->model()->rowCount(), 1);

    answerNextBox(Qt::Key_Y, &defaultsToNo);
    remove->trigger();
    QCOMPARE(clouds->model()->rowCount(), 0);
    QCOMPARE(window.currentCloud(), -1);
    QVERIFY2(!window.windowTitle().contains(u"only cloud"_s), qPrintable(window.windowTitle()));
    QVERIFY2(!window.statusLabel()->text().contains(u"only cloud"_s),
             qPrintable(window.statusLabel()->text()));
    QCOMPARE(m_appSettings->lastCloud(), QString());
    QCOMPARE(controller(m_appSettings.get())->lastCloud(), QString());
    // How to get a cloud again: the first-run page, in place of the images (not a banner).
    QVERIFY(window.isFirstRunPageShown());
    QVERIFY(window.firstRunPage()->isVisible());
}

QTEST_MAIN(TestCloudController)
#include "tst_cloudcontroller.moc"
