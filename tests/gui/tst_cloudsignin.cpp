// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/cloudcontroller.h"
#include "controllers/schemacontroller.h"
#include "democloud/democloud.h"
#include "download/transferqueue.h"
#include "identity/cloudsession.h"
#include "identity/secretstore.h"
#include "models/cloudlistmodel.h"
#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"
#include "settings/appsettings.h"
#include "support/fakeidentity.h"
#include "support/secretpromptwait.h"
#include "support/signinfixture.h"
#include "widgets/cloudprofiledialog.h"
#include "widgets/cloudsidebar.h"
#include "widgets/errorbanner.h"
#include "widgets/imagetableview.h"
#include "widgets/mainwindow.h"
#include "widgets/secretprompt.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::FakeIdentity;

// Signing in from the window: a cloud from clouds.yaml asks for its password once, is signed in
// from the keychain on the next start, signs in again when its token is refused, forgets its
// secrets on request; clouds created in the app persist without their secrets. Real keychain
// (gnome-keyring on a private bus), fake identity service, demo cloud as the image service.
class TestCloudSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void asksOnceThenSignsInFromTheKeychain();
    void refusedTokenSignsInAgainWithoutAsking();
    void forgetThisCloud();
    void regionsShareOneSignIn();
    void keychainStateIsSaid();
    void refusedDownloadSignsInAgainAndResumes();
    void newCloudDialogPersistsWithoutSecrets();
    void profileDialogValidates_data();
    void profileDialogValidates();
    void profileDialogKeepsTheImageService();

private:
    struct App
    {
        std::unique_ptr<CloudController> clouds;
        std::unique_ptr<MainWindow> window;
    };
    App start(); // a "start of the app" on the same settings and keychain
    CloudProfile profile() const;
    SecretPrompt* waitForPrompt(int ms = 15000);
    // Browses the first cloud, answers the password prompt, waits for the list.
    bool signInAndList(App& app);
    void answer(SecretPrompt* prompt, const QString& secret);
    void scanForSecrets();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<DemoCloud> m_demo;
    std::unique_ptr<FakeIdentity> m_identity;
    QString m_name;
};

void TestCloudSignIn::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"Skylight.conf"_s), QSettings::IniFormat);
    m_appSettings = std::make_unique<AppSettings>(m_settings.get());
    m_secrets = std::make_unique<SecretStore>(u"skylight-test"_s, m_appSettings.get());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_demo = std::make_unique<DemoCloud>();
    m_identity = std::make_unique<FakeIdentity>();
    QVERIFY(Test::startCloudBehindIdentity(*m_demo, *m_identity));
    m_name = u"gui-cloud-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
}

void TestCloudSignIn::cleanup()
{
    bool done = false;
    m_secrets->forget(m_name, [&done](const SecretResult&) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_secrets->pendingJobs(), 0, 10000);
    m_identity.reset();
    m_demo.reset();
}

CloudProfile TestCloudSignIn::profile() const
{
    CloudProfile profile = Test::passwordProfile(*m_identity, m_name);
    profile.source = u"clouds.yaml"_s;
    return profile;
}

TestCloudSignIn::App TestCloudSignIn::start()
{
    App app;
    app.clouds = std::make_unique<CloudController>(m_nam.get(), m_appSettings.get(), m_secrets.get(),
                                                   TransportOptions());
    new QAbstractItemModelTester(app.clouds->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 app.clouds.get());
    app.clouds->addExternalProfile(profile());
    app.clouds->loadStoredProfiles();
    app.window = std::make_unique<MainWindow>(app.clouds.get());
    app.window->show();
    return app;
}

SecretPrompt* TestCloudSignIn::waitForPrompt(int ms)
{
    return Test::waitForSecretPrompt(ms);
}

bool TestCloudSignIn::signInAndList(App& app)
{
    QSignalSpy listed(app.window.get(), &MainWindow::listingFinished);
    app.window->setCurrentCloud(0);
    app.window->refresh();
    SecretPrompt* prompt = waitForPrompt();
    if (!prompt)
        return false;
    answer(prompt, QString::fromLatin1(FakeIdentity::kPassword));
    return listed.wait(15000);
}

void TestCloudSignIn::answer(SecretPrompt* prompt, const QString& secret)
{
    QTest::keyClicks(prompt->secretEdit(), secret);
    QCOMPARE(prompt->secretEdit()->echoMode(), QLineEdit::Password);
    QTest::keyClick(prompt->secretEdit(), Qt::Key_Return);
}

void TestCloudSignIn::scanForSecrets()
{
    m_settings->sync();
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(FakeIdentity::kPassword), qPrintable(file.fileName()));
        QVERIFY2(!content.contains("fake-token-"), qPrintable(file.fileName()));
    }
}

void TestCloudSignIn::asksOnceThenSignsInFromTheKeychain()
{
    {
        App app = start();
        QSignalSpy listed(app.window.get(), &MainWindow::listingFinished);
        app.window->setCurrentCloud(0);
        app.window->refresh();
        SecretPrompt* prompt = waitForPrompt();
        QVERIFY(prompt);
        // Offered when a keychain can keep it (without one, the window says the secret stays in
        // memory for this session only, and the box is off).
        QCOMPARE(prompt->findChild<QCheckBox*>(u"rememberSecret"_s)->isChecked(),
                 m_secrets->keychainAvailable());
        answer(prompt, u"wrong"_s);
        // Refused: asked again, saying why.
        QTRY_VERIFY_WITH_TIMEOUT(
            waitForPrompt() && waitForPrompt()->findChild<QLabel*>(u"secretPromptReason"_s), 15000);
        answer(waitForPrompt(), QString::fromLatin1(FakeIdentity::kPassword));
        QVERIFY(listed.wait(15000));
        QVERIFY(!app.window->errorBanner()->isVisible());
        QVERIFY(app.window->imageModel()->rowCount() > 0);
        const QModelIndex row = app.clouds->model()->index(0);
        QCOMPARE(row.data(CloudListModel::StateRole).toInt(), int(CloudSession::State::SignedIn));
        QVERIFY(app.window->cloudDock()->isVisible());
        QCOMPARE(m_identity->tokensIssued(), 1);
    }
    // The next start: no question, no identity request (the kept token), same images. Without a
    // keychain nothing was kept (the box was off): asked again.
    const bool kept = m_secrets->keychainAvailable();
    if (!kept)
        m_demo->setToken("fake-token-2"); // the demo takes the token the next sign-in issues
    App again = start();
    QSignalSpy listed(again.window.get(), &MainWindow::listingFinished);
    again.window->setCurrentCloud(0);
    again.window->refresh();
    if (!kept) {
        SecretPrompt* prompt = waitForPrompt();
        QVERIFY(prompt);
        answer(prompt, QString::fromLatin1(FakeIdentity::kPassword));
    }
    QVERIFY(listed.wait(15000));
    QVERIFY(!waitForPrompt(500));
    QVERIFY(again.window->imageModel()->rowCount() > 0);
    QCOMPARE(m_identity->tokensIssued(), kept ? 1 : 2);
    QCOMPARE(again.clouds->lastCloud(), m_name);
    scanForSecrets();
}

// A clouds.yaml cloud with `regions: [RegionOne, RegionTwo]`: one sidebar entry per region, each
// listing its region's image endpoint, the password asked once for the cloud.
void TestCloudSignIn::regionsShareOneSignIn()
{
    m_identity->setEndpoint(u"image"_s, m_demo->endpoint(Dialect::GlanceV2), u"RegionTwo"_s);
    CloudProfile cloud = profile();
    cloud.regions = {u"RegionOne"_s, u"RegionTwo"_s};
    cloud.regionName = u"RegionTwo"_s;
    CloudController clouds(m_nam.get(), m_appSettings.get(), m_secrets.get(), TransportOptions());
    QAbstractItemModelTester tester(clouds.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(clouds.addExternalProfile(cloud), 1); // the row of region_name
    QCOMPARE(clouds.model()->rowCount(), 2);
    QCOMPARE(clouds.model()->index(0).data().toString(), m_name + u" · RegionOne"_s);
    QCOMPARE(clouds.model()->index(1).data().toString(), m_name + u" · RegionTwo"_s);
    QCOMPARE(clouds.profile(1).regionName, u"RegionTwo"_s);
    QCOMPARE(clouds.profile(1).secretName(), m_name);

    MainWindow window(&clouds);
    window.show();
    QSignalSpy listed(&window, &MainWindow::listingFinished);
    QSignalSpy details(&window, &MainWindow::detailsFinished);
    window.setCurrentCloud(0);
    window.refresh();
    SecretPrompt* prompt = waitForPrompt();
    QVERIFY(prompt);
    answer(prompt, QString::fromLatin1(FakeIdentity::kPassword));
    QVERIFY(listed.wait(15000));
    QVERIFY(window.imageModel()->rowCount() > 0);
    // The first row's details and the image schema (with its metadata definitions, several
    // requests) answered before the demo takes the next token only: a RegionOne request refused
    // then would be renewed for RegionOne, as it should, and take the token meant for RegionTwo.
    QTRY_VERIFY_WITH_TIMEOUT(details.count() > 0, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.schemaController()->isFetching(), 15000);
    QCOMPARE(m_identity->tokensIssued(), 1);

    // The other region: signed in with the password kept for the cloud, without asking (the demo
    // cloud takes one token at a time: the one the second sign-in will issue).
    m_demo->setToken("fake-token-2");
    listed.clear();
    window.setCurrentCloud(1);
    window.refresh();
    QVERIFY(listed.wait(15000));
    QVERIFY(!waitForPrompt(300));
    QVERIFY2(!window.errorBanner()->isVisible(), qPrintable(window.errorBanner()->message()));
    QVERIFY(window.imageModel()->rowCount() > 0);
    QCOMPARE(m_identity->tokensIssued(), 2);
    QCOMPARE(clouds.model()->index(1).data(CloudListModel::StateRole).toInt(),
             int(CloudSession::State::SignedIn));

    // Forgetting one region forgets the cloud's secrets and that region's session.
    QSignalSpy forgotten(clouds.session(1), &CloudSession::forgotten);
    clouds.forget(1);
    QVERIFY(forgotten.wait(10000));
    bool done = false;
    SecretResult left;
    m_secrets->read(m_name, u"password"_s, [&](const SecretResult& result) {
        left = result;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(!left);
    m_secrets->forget(m_name + u" · RegionOne"_s, [](const SecretResult&) {});
    QTRY_COMPARE_WITH_TIMEOUT(m_secrets->pendingJobs(), 0, 10000);
    scanForSecrets();
}

void TestCloudSignIn::refusedTokenSignsInAgainWithoutAsking()
{
    App app = start();
    QVERIFY(signInAndList(app));
    QSignalSpy listed(app.window.get(), &MainWindow::listingFinished);
    // Revoked: the next listing is refused, the window signs in again with the kept password and
    // lists again; the user sees the images, not an error.
    QTest::qWait(20);
    m_demo->setToken("fake-token-2");
    const int before = m_identity->tokensIssued();
    listed.clear();
    app.window->refresh();
    QVERIFY(listed.wait(15000));
    QCOMPARE(m_identity->tokensIssued(), before + 1);
    QVERIFY(app.window->imageModel()->rowCount() > 0);
    QVERIFY(!app.window->errorBanner()->isVisible());

    // Refused again at once: one more attempt would loop; an error is shown instead.
    m_demo->setToken("never");
    listed.clear();
    app.window->refresh();
    QVERIFY(listed.wait(15000));
    QTRY_VERIFY(app.window->errorBanner()->isVisible());
    QTest::qWait(300);
    QCOMPARE(m_identity->tokensIssued(), before + 1);
    QVERIFY(!waitForPrompt(500)); // a password is kept: nothing to ask
}

void TestCloudSignIn::forgetThisCloud()
{
    App app = start();
    QVERIFY(signInAndList(app));
    if (m_secrets->keychainAvailable())
        QVERIFY(!m_secrets->knownKinds(m_name).isEmpty());
    QVERIFY(app.window->cloudSidebar()->forgetAction()->isEnabled());
    app.window->cloudSidebar()->forgetCloud(0);
    QTRY_VERIFY(m_secrets->knownKinds(m_name).isEmpty());
    QTRY_COMPARE(app.clouds->model()->index(0).data(CloudListModel::StateRole).toInt(),
                 int(CloudSession::State::SignedOut));
    QTRY_COMPARE(app.window->imageModel()->rowCount(), 0);
    QVERIFY(app.window->errorBanner()->message().contains(u"Signed out"_s));
    // Browsing it again asks again.
    app.window->refresh();
    QVERIFY(waitForPrompt());
}

// Under CTest this runs with gnome-keyring and again with no session bus
// (SKYLIGHT_EXPECT_KEYCHAIN=0): then the window says so, lastingly, and signing in still works.
void TestCloudSignIn::keychainStateIsSaid()
{
    const bool expectKeychain = qEnvironmentVariable("SKYLIGHT_EXPECT_KEYCHAIN") != u"0"_s;
    App app = start();
    QVERIFY(signInAndList(app));
    QVERIFY(app.window->imageModel()->rowCount() > 0);
    QCOMPARE(m_secrets->keychainAvailable(), expectKeychain);
    QCOMPARE(app.window->noticeLabel()->isVisible(), !expectKeychain);
    if (!expectKeychain) {
        QVERIFY(app.window->noticeLabel()->toolTip().contains(u"memory for this session only"_s));
        QVERIFY(app.window->noticeLabel()->toolTip().contains(u"cannot be reached"_s));
    }
    // Asked again (signed out): the prompt offers to remember only what a keychain can keep.
    QSignalSpy forgotten(app.clouds->session(0), &CloudSession::forgotten);
    app.clouds->forget(0);
    QVERIFY(forgotten.wait(10000));
    app.window->refresh();
    SecretPrompt* prompt = waitForPrompt();
    QVERIFY(prompt);
    auto* remember = prompt->findChild<QCheckBox*>(u"rememberSecret"_s);
    QVERIFY(remember);
    QCOMPARE(remember->isEnabled(), expectKeychain);
    QCOMPARE(remember->isChecked(), expectKeychain);
    if (!expectKeychain)
        QVERIFY2(remember->toolTip().contains(u"memory for this session only"_s),
                 qPrintable(remember->toolTip()));
    prompt->reject();
    scanForSecrets();
}

void TestCloudSignIn::refusedDownloadSignsInAgainAndResumes()
{
    TransferQueue queue(m_nam.get(), TransportOptions()); // outlives the window
    App app = start();
    app.window->setTransferQueue(&queue);
    QVERIFY(signInAndList(app));
    // Select an active image.
    for (int row = 0; row < app.window->proxyModel()->rowCount(); ++row) {
        const QModelIndex index = app.window->proxyModel()->index(row, ImageTableModel::Status);
        if (index.data().toString().contains(u"active"_s, Qt::CaseInsensitive)) {
            app.window->imageView()->setCurrentIndex(index);
            break;
        }
    }
    QVERIFY(app.window->downloadAction()->isEnabled());

    // The token is revoked before the download starts: refused, signed in again, resumed.
    m_demo->setToken("fake-token-2");
    QTemporaryDir downloads;
    QVERIFY(app.window->downloadSelected(downloads.filePath(u"image.img"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(queue.transfers().first().state, Transfer::State::Done, 30000);
    QCOMPARE(m_identity->tokensIssued(), 2);
    QVERIFY(queue.transfers().first().reauthenticated);
    QVERIFY(QFile::exists(downloads.filePath(u"image.img"_s)));
    scanForSecrets();
}

void TestCloudSignIn::newCloudDialogPersistsWithoutSecrets()
{
    {
        App app = start();
        QVERIFY(app.window->cloudSidebar()->newAction()->isEnabled());
        app.window->cloudSidebar()->editCloud(-1);
        CloudProfileDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = app.window->findChild<CloudProfileDialog*>()) != nullptr);
        dialog->findChild<QLineEdit*>(u"profileName"_s)->setText(m_name + u"-new"_s);
        auto* method = dialog->findChild<QComboBox*>(u"authMethod"_s);
        method->setCurrentIndex(method->findData(int(AuthSettings::Type::Token)));
        dialog->findChild<QLineEdit*>(u"imageEndpoint"_s)
            ->setText(m_demo->endpoint(Dialect::GlanceV1).toString());
        auto* dialect = dialog->findChild<QComboBox*>(u"dialect"_s);
        dialect->setCurrentIndex(dialect->findData(u"glance-v1"_s));
        dialog->accept();
        QTRY_COMPARE(app.clouds->model()->rowCount(), 2);
        QCOMPARE(app.window->cloudSidebar()->currentRow(), 1);
        QSignalSpy listed(app.window.get(), &MainWindow::listingFinished);
        m_demo->setToken("pasted-token");
        SecretPrompt* prompt = waitForPrompt();
        QVERIFY(prompt);
        answer(prompt, u"pasted-token"_s);
        QVERIFY(listed.wait(15000));
        QVERIFY(app.window->imageModel()->rowCount() > 0);
    }
    // Kept in the settings, without the token; the token is in the keychain.
    App again = start();
    QCOMPARE(again.clouds->model()->rowCount(), 2);
    QVERIFY(again.clouds->isRemovable(1));
    QCOMPARE(again.clouds->profile(1).imageEndpoint, m_demo->endpoint(Dialect::GlanceV1));
    scanForSecrets();
    m_settings->sync();
    QFile settings(m_settings->fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains("pasted-token"));
    QSignalSpy listed(again.window.get(), &MainWindow::listingFinished);
    again.window->setCurrentCloud(1);
    again.window->refresh();
    QVERIFY(listed.wait(15000));
    QVERIFY(!waitForPrompt(500));
    // Removing it takes its secrets too.
    again.window->cloudSidebar()->removeCloud(1);
    QCOMPARE(again.clouds->model()->rowCount(), 1);
    QTRY_VERIFY(m_secrets->knownKinds(m_name + u"-new"_s).isEmpty());
    bool done = false;
    m_secrets->forget(m_name + u"-new"_s, [&done](const SecretResult&) { done = true; });
    QTRY_VERIFY(done);
}

void TestCloudSignIn::profileDialogValidates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("authUrl");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("mentions");
    const int password = int(AuthSettings::Type::Password);
    const int token = int(AuthSettings::Type::Token);
    QTest::newRow("no name") << QString() << password << u"https://k/v3"_s << QString() << u"u"_s
                             << u"name"_s;
    QTest::newRow("taken name") << u"taken"_s << password << u"https://k/v3"_s << QString() << u"u"_s
                                << u"already"_s;
    QTest::newRow("bad url") << u"a"_s << password << u"ftp://k"_s << QString() << u"u"_s
                             << u"identity URL"_s;
    QTest::newRow("no url") << u"a"_s << password << QString() << QString() << u"u"_s
                            << u"identity service"_s;
    QTest::newRow("no user") << u"a"_s << password << u"https://k/v3"_s << QString() << QString()
                             << u"user"_s;
    QTest::newRow("token without endpoint")
        << u"a"_s << token << QString() << QString() << QString() << u"image endpoint"_s;
    QTest::newRow("valid password") << u"a"_s << password << u"https://k/v3"_s << QString() << u"u"_s
                                    << QString();
    QTest::newRow("valid token") << u"a"_s << token << QString() << u"http://127.0.0.1:9292"_s << QString()
                                 << QString();
}

void TestCloudSignIn::profileDialogValidates()
{
    QFETCH(QString, name);
    QFETCH(int, method);
    QFETCH(QString, authUrl);
    QFETCH(QString, endpoint);
    QFETCH(QString, user);
    QFETCH(QString, mentions);
    CloudProfileDialog dialog;
    dialog.setTakenNames({u"taken"_s});
    dialog.findChild<QLineEdit*>(u"profileName"_s)->setText(name);
    auto* methods = dialog.findChild<QComboBox*>(u"authMethod"_s);
    methods->setCurrentIndex(methods->findData(method));
    dialog.findChild<QLineEdit*>(u"authUrl"_s)->setText(authUrl);
    dialog.findChild<QLineEdit*>(u"imageEndpoint"_s)->setText(endpoint);
    dialog.findChild<QLineEdit*>(u"username"_s)->setText(user);
    const QString error = dialog.validationError();
    if (mentions.isEmpty()) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else {
        QVERIFY2(error.contains(mentions), qPrintable(error));
        dialog.accept(); // refused: stays open, says why
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.findChild<QLabel*>(u"validationError"_s)->text(), error);
    }
}

// The image service of Compute-family downloads (issue 13): a labelled, explained field of the
// dialog, validated, kept in the settings with the cloud and shown again when it is edited.
void TestCloudSignIn::profileDialogKeepsTheImageService()
{
    const QString images = u"https://images.example:9292/v2"_s;
    CloudProfileDialog dialog;
    auto* field = dialog.findChild<QLineEdit*>(u"imageDataEndpoint"_s);
    QVERIFY(field);
    QVERIFY(!field->accessibleName().isEmpty());
    QVERIFY(field->toolTip().contains(u"Compute"_s));
    bool labelled = false;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        labelled = labelled || (label->buddy() == field && label->text().contains(u'&'));
    QVERIFY(labelled);
    dialog.findChild<QLineEdit*>(u"profileName"_s)->setText(m_name);
    dialog.findChild<QLineEdit*>(u"authUrl"_s)->setText(m_identity->url(u"/v3"_s).toString());
    dialog.findChild<QLineEdit*>(u"username"_s)->setText(u"u"_s);
    auto* dialect = dialog.findChild<QComboBox*>(u"dialect"_s);
    dialect->setCurrentIndex(dialect->findData(u"compute"_s));
    field->setText(u"ftp://images.example"_s);
    QVERIFY2(dialog.validationError().contains(u"image service"_s), qPrintable(dialog.validationError()));
    field->setText(images);
    QVERIFY2(dialog.validationError().isEmpty(), qPrintable(dialog.validationError()));
    QCOMPARE(dialog.profile().imageDataEndpoint, QUrl(images));

    {
        CloudController clouds(m_nam.get(), m_appSettings.get(), m_secrets.get(), TransportOptions());
        QVERIFY(clouds.saveProfile(dialog.profile(), false) >= 0);
    }
    CloudController again(m_nam.get(), m_appSettings.get(), m_secrets.get(), TransportOptions());
    again.loadStoredProfiles();
    const int row = again.model()->rowOf(m_name);
    QVERIFY(row >= 0);
    QCOMPARE(again.profile(row).imageDataEndpoint, QUrl(images));
    CloudProfileDialog edit;
    edit.setProfile(again.profile(row), false);
    QCOMPARE(edit.findChild<QLineEdit*>(u"imageDataEndpoint"_s)->text(), images);
}

QTEST_MAIN(TestCloudSignIn)
#include "tst_cloudsignin.moc"
