// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/cloudcontroller.h"
#include "download/transferqueue.h"
#include "identity/cloudsconfig.h"
#include "identity/cloudsession.h"
#include "identity/secretstore.h"
#include "models/cloudlistmodel.h"
#include "models/imagetablemodel.h"
#include "models/keyvaluetablemodel.h"
#include "models/linktablemodel.h"
#include "models/overviewmodel.h"
#include "peer/peerclient.h"
#include "settings/appsettings.h"
#include "support/secretpromptwait.h"
#include "widgets/errorbanner.h"
#include "widgets/filterbar.h"
#include "widgets/imagedetailsview.h"
#include "widgets/imagetableview.h"
#include "widgets/mainwindow.h"
#include "widgets/secretprompt.h"

#include <QApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Skylight::Test::PeerClient;

// The browser on a real cloud profile: a clouds.yaml cloud signed in to the real Keystone (the
// password asked once, kept in gnome-keyring), its images listed from the real Glance, details in
// every tab, the server's own filter and sort, and a download from the window.
class TestPeerBrowser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void signsInListsAndShowsDetails();
    void serverFiltersAndSorts();
    void downloadsFromTheWindow();

private:
    bool signInAndList();
    SecretPrompt* waitForPrompt(int ms);

    PeerClient m_peer;
    QString m_prefix;
    QHash<QString, QString> m_ids; // "active", "qcow2", "queued"
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<CloudController> m_clouds;
    std::unique_ptr<MainWindow> m_window;
    QString m_cloud;
};

void TestPeerBrowser::initTestCase()
{
    QString error;
    QVERIFY2(m_peer.connect(&error), qPrintable(error));
    m_prefix = u"skylight-browser-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const struct
    {
        const char* key;
        QJsonObject fields;
        qint64 bytes;
    } images[] = {
        {"active",
         QJsonObject{{u"name"_s, QString(m_prefix + u"-a"_s)},
                     {u"disk_format"_s, u"raw"_s},
                     {u"container_format"_s, u"bare"_s},
                     {u"tags"_s, QJsonArray{u"browser"_s}},
                     {u"skylight_colour"_s, u"green"_s}},
         65536},
        {"qcow2",
         QJsonObject{{u"name"_s, QString(m_prefix + u"-b"_s)},
                     {u"disk_format"_s, u"qcow2"_s},
                     {u"container_format"_s, u"bare"_s}},
         131072},
        {"queued",
         QJsonObject{{u"name"_s, QString(m_prefix + u"-c"_s)},
                     {u"disk_format"_s, u"vmdk"_s},
                     {u"container_format"_s, u"bare"_s}},
         0},
    };
    for (const auto& image : images) {
        const QString id = m_peer.createImage(image.fields, image.bytes, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        m_ids.insert(QString::fromLatin1(image.key), id);
    }
}

void TestPeerBrowser::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"Skylight.conf"_s), QSettings::IniFormat);
    m_appSettings = std::make_unique<AppSettings>(m_settings.get());
    m_secrets = std::make_unique<SecretStore>(u"skylight-peer-browser"_s, m_appSettings.get());
    m_cloud = u"peer-browser-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    // The cloud as a user's clouds.yaml describes it (no password: it is asked for).
    const QByteArray clouds = "clouds:\n  " + m_cloud.toUtf8() +
                              ":\n    region_name: RegionOne\n    auth:\n" +
                              "      auth_url: " + m_peer.value(u"KEYSTONE_URL"_s).toUtf8() +
                              "\n      username: demo\n      project_name: demo\n"
                              "      user_domain_name: Default\n      project_domain_name: Default\n";
    const auto profiles = CloudsConfig::parseText(clouds, u"clouds.yaml"_s);
    QVERIFY2(profiles.has_value(), profiles ? "" : qPrintable(profiles.error().describe()));
    m_clouds = std::make_unique<CloudController>(m_peer.nam(), m_appSettings.get(), m_secrets.get(),
                                                 TransportOptions());
    m_clouds->addExternalProfile(profiles->first());
    m_window = std::make_unique<MainWindow>(m_clouds.get());
    m_window->setSettings(m_appSettings.get());
    m_window->show();
}

void TestPeerBrowser::cleanup()
{
    m_window.reset();
    bool done = false;
    m_secrets->forget(m_cloud, [&done](const SecretResult&) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_secrets->pendingJobs(), 0, 10000);
    m_clouds.reset();
}

SecretPrompt* TestPeerBrowser::waitForPrompt(int ms)
{
    return Test::waitForSecretPrompt(ms);
}

bool TestPeerBrowser::signInAndList()
{
    QSignalSpy listed(m_window.get(), &MainWindow::listingFinished);
    m_window->setCurrentCloud(0);
    m_window->refresh();
    SecretPrompt* prompt = waitForPrompt(60000);
    if (!prompt)
        return false;
    QTest::keyClicks(prompt->secretEdit(), u"demopass"_s);
    QTest::keyClick(prompt->secretEdit(), Qt::Key_Return);
    return listed.wait(60000) && !m_window->errorBanner()->isVisible();
}

void TestPeerBrowser::signsInListsAndShowsDetails()
{
    QVERIFY2(signInAndList(), qPrintable(m_window->errorBanner()->message()));
    QCOMPARE(m_clouds->model()->index(0).data(CloudListModel::StateRole).toInt(),
             int(CloudSession::State::SignedIn));
    QVERIFY2(m_window->statusLabel()->text().contains(u"glance-v2"_s),
             qPrintable(m_window->statusLabel()->text()));
    for (const QString& id : std::as_const(m_ids))
        QVERIFY2(m_window->imageModel()->rowOf(id) >= 0, qPrintable(id));

    QSignalSpy details(m_window.get(), &MainWindow::detailsFinished);
    QVERIFY(m_window->selectImage(m_ids.value(u"active"_s)));
    QVERIFY(details.wait(60000));
    ImageDetailsView* view = m_window->detailsView();
    const int idRow = view->overviewModel()->rowOf(u"id"_s);
    QVERIFY(idRow >= 0);
    QCOMPARE(view->overviewModel()->index(idRow, 1).data().toString(), m_ids.value(u"active"_s));
    QStringList keys;
    for (int r = 0; r < view->propertiesModel()->rowCount(); ++r)
        keys << view->propertiesModel()->index(r, 0).data().toString();
    QVERIFY2(keys.contains(u"skylight_colour"_s), qPrintable(keys.join(u',')));
    QStringList relations;
    for (int r = 0; r < view->linksModel()->rowCount(); ++r)
        relations << view->linksModel()->index(r, 0).data().toString();
    QVERIFY2(relations.contains(u"self"_s) && relations.contains(u"file"_s),
             qPrintable(relations.join(u',')));
    QVERIFY(view->rawText().contains(m_ids.value(u"active"_s)));
    QVERIFY(!view->rawText().contains(QString::fromLatin1(m_peer.token())));
}

void TestPeerBrowser::serverFiltersAndSorts()
{
    QVERIFY2(signInAndList(), qPrintable(m_window->errorBanner()->message()));
    // Enter: the real Glance filters (status=queued) and sends only those.
    QSignalSpy listed(m_window.get(), &MainWindow::listingFinished);
    m_window->filterEdit()->setText(u"status:queued"_s);
    m_window->filterBar()->applyNow();
    QTest::keyClick(m_window->filterEdit(), Qt::Key_Return);
    QVERIFY(listed.wait(60000));
    QVERIFY(m_window->statusLabel()->text().contains(u"status:queued"_s));
    ImageTableModel* model = m_window->imageModel();
    QVERIFY(model->rowOf(m_ids.value(u"queued"_s)) >= 0);
    QCOMPARE(model->rowOf(m_ids.value(u"active"_s)), -1);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->record(row)->status, std::optional<QString>(u"queued"_s));

    // The table sorted by name, descending: the next listing comes from Glance in that order.
    m_window->filterBar()->clear();
    m_window->imageView()->sortByColumn(ImageTableModel::Name, Qt::DescendingOrder);
    listed.clear();
    m_window->refresh();
    QVERIFY(listed.wait(60000));
    QVERIFY(model->rowCount() >= 3);
    for (int row = 1; row < model->rowCount(); ++row) {
        const QString before = model->record(row - 1)->name.value_or(QString());
        const QString after = model->record(row)->name.value_or(QString());
        QVERIFY2(before >= after, qPrintable(before + u" before "_s + after));
    }
}

void TestPeerBrowser::downloadsFromTheWindow()
{
    TransferQueue queue(m_peer.nam(), TransportOptions());
    m_window->setTransferQueue(&queue);
    QVERIFY2(signInAndList(), qPrintable(m_window->errorBanner()->message()));
    QVERIFY(m_window->selectImage(m_ids.value(u"qcow2"_s)));
    const QString target = m_dir->filePath(u"b.qcow2"_s);
    QVERIFY(m_window->downloadSelected(target));
    QTRY_COMPARE_WITH_TIMEOUT(queue.transfers().first().state, Transfer::State::Done, 60000);
    QVERIFY(queue.transfers().first().verified);
    QCOMPARE(QFileInfo(target).size(), 131072);
    m_window.reset(); // before the queue it uses
}

QTEST_MAIN(TestPeerBrowser)
#include "tst_peerbrowser.moc"
