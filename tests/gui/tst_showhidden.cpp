// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// Issue 18, hidden images: Glance leaves images with os_hidden out of every listing unless asked
// (os_hidden=true), and then lists those alone. The window's "Show hidden" adds them after the
// others, marked (italics, ", hidden", a tooltip), keeps the choice in the settings, says so in
// the status bar, and is off where the dialect has no scope. A server that ignores os_hidden (a
// Glance older than Image API v2.7) lists nothing twice and reports no repeats.

#include "adapters/adapterfactory.h"
#include "adapters/glancev2adapter.h"
#include "democloud/democloud.h"
#include "models/imagetablemodel.h"
#include "settings/appsettings.h"
#include "widgets/errorbanner.h"
#include "widgets/mainwindow.h"
#include "widgets/scopeselector.h"

#include <QCheckBox>
#include <QFont>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestShowHidden : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showHiddenAddsTheHiddenImagesMarked();
    void choiceIsKeptInTheSettings();
    void serverIgnoringOsHiddenListsNothingTwice();
    void hiddenListingRefusedIsAWarning();
    void otherDialectsHaveNoHiddenImages();

private:
    MainWindow* makeWindow(ImageAdapter* adapter, AppSettings* settings = nullptr);
    static QCheckBox* checkBox(MainWindow* window);
    // Ticks or clears "Show hidden" as the user does; waits for the listing it starts.
    static bool click(MainWindow* window);
    // The os_hidden= of the image listings asked for since the last clear ("" when not sent).
    QStringList listedHidden() const;
    static QStringList hiddenNames(MainWindow* window);

    QNetworkAccessManager* m_nam = nullptr;
    DemoCloud* m_cloud = nullptr;
    QTemporaryDir* m_dir = nullptr;
};

void TestShowHidden::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_cloud = new DemoCloud(this);
    QVERIFY(m_cloud->start());
    m_dir = new QTemporaryDir;
}

void TestShowHidden::cleanup()
{
    delete m_cloud; // and its windows, later
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    delete m_nam;
    delete m_dir;
}

MainWindow* TestShowHidden::makeWindow(ImageAdapter* adapter, AppSettings* settings)
{
    auto* window = new MainWindow(adapter, CloudDescription{u"Demo cloud"_s, true});
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_cloud, &QObject::destroyed, window, &QObject::deleteLater);
    if (settings)
        window->setSettings(settings);
    window->show();
    QSignalSpy finished(window, &MainWindow::listingFinished);
    window->refresh();
    if (!finished.wait(15000))
        return nullptr;
    return window;
}

QCheckBox* TestShowHidden::checkBox(MainWindow* window)
{
    auto* selector = window->findChild<ScopeSelector*>();
    return selector ? selector->hiddenCheckBox() : nullptr;
}

bool TestShowHidden::click(MainWindow* window)
{
    QCheckBox* box = checkBox(window);
    if (!box || !box->isEnabled())
        return false;
    QSignalSpy finished(window, &MainWindow::listingFinished);
    box->click();
    return finished.wait(15000);
}

QStringList TestShowHidden::listedHidden() const
{
    QStringList listed;
    for (const DemoRequest& request : m_cloud->requests()) {
        if (request.url.path().endsWith(u"/v2/images"_s))
            listed << request.query().queryItemValue(u"os_hidden"_s);
    }
    return listed;
}

QStringList TestShowHidden::hiddenNames(MainWindow* window)
{
    QStringList names;
    ImageTableModel* rows = window->imageModel();
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QModelIndex visibility = rows->index(row, ImageTableModel::Visibility);
        if (visibility.data().toString().endsWith(u", hidden"_s))
            names << rows->index(row, ImageTableModel::Name).data().toString();
    }
    names.sort();
    return names;
}

void TestShowHidden::showHiddenAddsTheHiddenImagesMarked()
{
    QSettings file(m_dir->filePath(u"skylight.conf"_s), QSettings::IniFormat);
    AppSettings settings(&file);
    auto* adapter = new GlanceV2Adapter(
        m_nam, {.url = m_cloud->glanceV2Endpoint(), .token = m_cloud->token()}, {}, m_cloud);
    MainWindow* window = makeWindow(adapter, &settings);
    QVERIFY(window);
    QCheckBox* box = checkBox(window);
    QVERIFY(box);
    QVERIFY(box->isEnabled());
    QVERIFY(!box->isChecked());
    QCOMPARE(box->accessibleName(), u"Show hidden images"_s);
    const int listed = window->imageModel()->rowCount();
    QCOMPARE(listed, 48);
    QVERIFY(hiddenNames(window).isEmpty());

    m_cloud->clearRequests();
    QVERIFY(click(window));
    QVERIFY(box->isChecked());
    // The others first, then the hidden ones alone (Glance lists them only when asked).
    QCOMPARE(listedHidden(), (QStringList{QString(), u"true"_s}));
    const QStringList hidden{u"cirros-0.5.2-x86_64-disk (superseded)"_s,
                             u"debian-11-genericcloud-amd64 (old build)"_s};
    QCOMPARE(hiddenNames(window), hidden);
    QCOMPARE(window->imageModel()->rowCount(), listed + 2);
    QVERIFY(settings.showHidden());
    QVERIFY(window->statusLabel()->text().contains(u"hidden images too"_s));
    // After every other row, in italics, with a tooltip saying why it is not listed by default.
    ImageTableModel* rows = window->imageModel();
    for (int row = 0; row < rows->rowCount(); ++row) {
        const bool isHidden = row >= listed;
        const QModelIndex name = rows->index(row, ImageTableModel::Name);
        QCOMPARE(name.data(Qt::FontRole).value<QFont>().italic(), isHidden);
        QCOMPARE(name.data(Qt::ToolTipRole).toString().contains(u"os_hidden"_s), isHidden);
        QCOMPARE(rows->index(row, ImageTableModel::Visibility).data().toString().endsWith(u", hidden"_s),
                 isHidden);
    }
    QVERIFY(!window->errorBanner()->isVisible());

    m_cloud->clearRequests();
    QVERIFY(click(window));
    QVERIFY(!box->isChecked());
    QCOMPARE(listedHidden(), QStringList{QString()});
    QCOMPARE(window->imageModel()->rowCount(), listed);
    QVERIFY(!settings.showHidden());
    QVERIFY(!window->statusLabel()->text().contains(u"hidden images too"_s));
}

void TestShowHidden::choiceIsKeptInTheSettings()
{
    QSettings file(m_dir->filePath(u"skylight.conf"_s), QSettings::IniFormat);
    AppSettings settings(&file);
    settings.setShowHidden(true);
    auto* adapter = new GlanceV2Adapter(
        m_nam, {.url = m_cloud->glanceV2Endpoint(), .token = m_cloud->token()}, {}, m_cloud);
    m_cloud->clearRequests();
    MainWindow* window = makeWindow(adapter, &settings);
    QVERIFY(window);
    QTRY_VERIFY(checkBox(window)->isChecked());
    QCOMPARE(window->imageModel()->rowCount(), 50);
    QCOMPARE(hiddenNames(window).size(), 2);
    QVERIFY(listedHidden().contains(u"true"_s));
}

void TestShowHidden::serverIgnoringOsHiddenListsNothingTwice()
{
    // One page, whatever the query: one image hidden, two not.
    QJsonArray images;
    for (int i = 0; i < 3; ++i) {
        images.append(QJsonObject{{u"id"_s, u"00000000-0000-0000-0000-00000000000%1"_s.arg(i)},
                                  {u"name"_s, u"image-%1"_s.arg(i)},
                                  {u"status"_s, u"active"_s},
                                  {u"visibility"_s, u"public"_s},
                                  {u"os_hidden"_s, i == 2}});
    }
    const QByteArray page = QJsonDocument(QJsonObject{{u"images"_s, images}}).toJson(QJsonDocument::Compact);
    QStringList queries;
    QHttpServer server;
    server.setMissingHandler([&](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        const QString path = request.url().path();
        if (path.endsWith(u"/v2/images"_s)) {
            queries << request.url().query();
            responder.write(page, "application/json");
            return;
        }
        for (const QJsonValue& image : std::as_const(images)) { // the details of the row selected
            if (path.endsWith(u'/' + image[u"id"_s].toString()))
                return responder.write(QJsonDocument(image.toObject()), QHttpServerResponder::StatusCode::Ok);
        }
        responder.write(QHttpServerResponder::StatusCode::NotFound);
    });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    QSettings file(m_dir->filePath(u"skylight.conf"_s), QSettings::IniFormat);
    AppSettings settings(&file);
    settings.setShowHidden(true);
    const QUrl endpoint(u"http://127.0.0.1:%1/v2"_s.arg(port));
    auto* adapter = new GlanceV2Adapter(m_nam, {.url = endpoint, .token = "token"}, {}, m_cloud);
    MainWindow* window = makeWindow(adapter, &settings);
    QVERIFY(window);
    QCOMPARE(queries.size(), 2);
    QVERIFY(queries.at(1).contains(u"os_hidden=true"_s));
    QCOMPARE(window->imageModel()->rowCount(), 3);
    QCOMPARE(hiddenNames(window), QStringList{u"image-2"_s});
    // The second listing's copies are not the server repeating itself.
    QVERIFY2(!window->errorBanner()->isVisible(), qPrintable(window->errorBanner()->message()));
}

// The others are listed; the hidden ones are refused (a policy may allow one and not the other):
// a warning about the hidden images, not the listing's error, and the rows stay.
void TestShowHidden::hiddenListingRefusedIsAWarning()
{
    QJsonArray images;
    for (int i = 0; i < 3; ++i) {
        images.append(QJsonObject{{u"id"_s, u"00000000-0000-0000-0000-00000000000%1"_s.arg(i)},
                                  {u"name"_s, u"image-%1"_s.arg(i)},
                                  {u"status"_s, u"active"_s}});
    }
    const QByteArray page = QJsonDocument(QJsonObject{{u"images"_s, images}}).toJson(QJsonDocument::Compact);
    QHttpServer server;
    server.setMissingHandler([&](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        if (!request.url().path().endsWith(u"/v2/images"_s))
            return responder.write(QHttpServerResponder::StatusCode::NotFound);
        if (request.url().query().contains(u"os_hidden"_s))
            return responder.write(QHttpServerResponder::StatusCode::Forbidden);
        responder.write(page, "application/json");
    });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    QSettings file(m_dir->filePath(u"skylight.conf"_s), QSettings::IniFormat);
    AppSettings settings(&file);
    settings.setShowHidden(true);
    const QUrl endpoint(u"http://127.0.0.1:%1/v2"_s.arg(port));
    auto* adapter = new GlanceV2Adapter(m_nam, {.url = endpoint, .token = "token"}, {}, m_cloud);
    MainWindow* window = makeWindow(adapter, &settings);
    QVERIFY(window);
    QCOMPARE(window->imageModel()->rowCount(), 3);
    ErrorBanner* banner = window->errorBanner();
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), MessageKind::Warning);
    QVERIFY2(banner->message().contains(u"hidden ones could not be"_s), qPrintable(banner->message()));
    QVERIFY(!window->statusLabel()->text().contains(u"hidden images too"_s));
}

void TestShowHidden::otherDialectsHaveNoHiddenImages()
{
    QSettings file(m_dir->filePath(u"skylight.conf"_s), QSettings::IniFormat);
    AppSettings settings(&file);
    settings.setShowHidden(true);
    const ServiceEndpoint endpoint{.url = m_cloud->endpoint(Dialect::GlanceV1), .token = m_cloud->token()};
    m_cloud->clearRequests();
    MainWindow* window =
        makeWindow(*createImageAdapter(Dialect::GlanceV1, m_nam, endpoint, {}, m_cloud), &settings);
    QVERIFY(window);
    QCheckBox* box = checkBox(window);
    QVERIFY(!box->isEnabled());
    QVERIFY(box->toolTip().contains(u"no visibility scope"_s));
    QVERIFY(!window->statusLabel()->text().contains(u"hidden images too"_s));
    for (const DemoRequest& request : m_cloud->requests())
        QVERIFY(!request.url.query().contains(u"os_hidden"_s));
}

QTEST_MAIN(TestShowHidden)
#include "tst_showhidden.moc"
