// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// Issue 16, defect 4: community images were invisible. Glance lists other projects' community
// images only when asked; the window's visibility scope asks the server (visibility=,
// member_status=), typing visibility:community switches to it, clearing the box goes back to the
// scope before, and the choice is kept per cloud. Other dialects have no scope: the selector is off.

#include "adapters/adapterfactory.h"
#include "adapters/glancev2adapter.h"
#include "democloud/democloud.h"
#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"
#include "settings/appsettings.h"
#include "widgets/errorbanner.h"
#include "widgets/filterbar.h"
#include "widgets/imagetableview.h"
#include "widgets/mainwindow.h"
#include "widgets/scopeselector.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestVisibilityScope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void choosingAScopeListsFromTheServer();
    void typingAVisibilityTermSwitchesTheScope_data();
    void typingAVisibilityTermSwitchesTheScope();
    void clearingOtherTextKeepsTheScope();
    void choiceIsKeptPerCloud();
    void otherDialectsHaveNoScope();

private:
    MainWindow* makeWindow(AppSettings* settings = nullptr);
    static QComboBox* combo(MainWindow* window);
    // Chooses the entry called `label` as the user does (the list's activated()); waits for the
    // listing it starts.
    static bool choose(MainWindow* window, const QString& label);
    // The visibility= and member_status= of the image listings asked for since the last clear.
    QStringList listedScopes() const;
    static QSet<QString> visibilities(MainWindow* window);

    QNetworkAccessManager* m_nam = nullptr;
    DemoCloud* m_cloud = nullptr;
    QTemporaryDir* m_dir = nullptr;
};

void TestVisibilityScope::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_cloud = new DemoCloud(this);
    QVERIFY(m_cloud->start());
    m_dir = new QTemporaryDir;
}

void TestVisibilityScope::cleanup()
{
    delete m_cloud; // and its windows, later
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    delete m_nam;
    delete m_dir;
}

MainWindow* TestVisibilityScope::makeWindow(AppSettings* settings)
{
    auto* adapter = new GlanceV2Adapter(
        m_nam, {.url = m_cloud->glanceV2Endpoint(), .token = m_cloud->token()}, {}, m_cloud);
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

QComboBox* TestVisibilityScope::combo(MainWindow* window)
{
    auto* selector = window->findChild<ScopeSelector*>();
    return selector ? selector->comboBox() : nullptr;
}

bool TestVisibilityScope::choose(MainWindow* window, const QString& label)
{
    QComboBox* box = combo(window);
    const int index = box ? box->findText(label) : -1;
    if (index < 0)
        return false;
    QSignalSpy finished(window, &MainWindow::listingFinished);
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
    return finished.wait(15000);
}

QStringList TestVisibilityScope::listedScopes() const
{
    QStringList listed;
    for (const DemoRequest& request : m_cloud->requests()) {
        if (!request.url.path().endsWith(u"/v2/images"_s))
            continue;
        const QUrlQuery query = request.query();
        QString scope = query.queryItemValue(u"visibility"_s);
        if (query.hasQueryItem(u"member_status"_s))
            scope += u'/' + query.queryItemValue(u"member_status"_s);
        listed << scope;
    }
    return listed;
}

QSet<QString> TestVisibilityScope::visibilities(MainWindow* window)
{
    QSet<QString> found;
    ImageTableModel* rows = window->imageModel();
    for (int row = 0; row < rows->rowCount(); ++row)
        found.insert(rows->index(row, ImageTableModel::Visibility).data().toString());
    return found;
}

void TestVisibilityScope::choosingAScopeListsFromTheServer()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    QComboBox* box = combo(window);
    QVERIFY(box);
    QVERIFY(box->isEnabled());
    QCOMPARE(box->accessibleName(), u"Visibility scope"_s);
    QCOMPARE(box->currentText(), u"Default (project, public, shared)"_s);
    // What Glance lists by default: no community image.
    QCOMPARE(window->imageModel()->rowCount(), 48);
    QVERIFY(!visibilities(window).contains(u"community"_s));

    m_cloud->clearRequests();
    QVERIFY(choose(window, u"Community"_s));
    QCOMPARE(listedScopes(), QStringList{u"community"_s});
    QCOMPARE(window->imageModel()->rowCount(), 14);
    QCOMPARE(visibilities(window), QSet<QString>{u"community"_s});
    QVERIFY(window->statusLabel()->text().contains(u"visibility:community"_s));

    m_cloud->clearRequests();
    QVERIFY(choose(window, u"All (with community)"_s));
    QCOMPARE(listedScopes(), QStringList{u"all"_s});
    QCOMPARE(window->imageModel()->rowCount(), 62);
    QCOMPARE(window->proxyModel()->rowCount(), 62);

    m_cloud->clearRequests();
    QVERIFY(choose(window, u"Shared, awaiting acceptance"_s));
    QCOMPARE(listedScopes(), QStringList{u"shared/pending"_s});
    QCOMPARE(visibilities(window), QSet<QString>{u"shared"_s});

    m_cloud->clearRequests();
    QVERIFY(choose(window, u"Default (project, public, shared)"_s));
    QCOMPARE(listedScopes(), QStringList{QString()});
    QCOMPARE(window->imageModel()->rowCount(), 48);
}

void TestVisibilityScope::typingAVisibilityTermSwitchesTheScope_data()
{
    QTest::addColumn<QString>("before"); // the scope chosen first
    QTest::addColumn<QString>("beforeSent");
    QTest::addColumn<int>("beforeCount");
    QTest::addColumn<QString>("clear");
    QTest::newRow("default, escape") << u"Default (project, public, shared)"_s << QString() << 48
                                     << u"escape"_s;
    QTest::newRow("default, deleted")
        << u"Default (project, public, shared)"_s << QString() << 48 << u"delete"_s;
    QTest::newRow("public, escape") << u"Public"_s << u"public"_s << 17 << u"escape"_s;
}

void TestVisibilityScope::typingAVisibilityTermSwitchesTheScope()
{
    QFETCH(QString, before);
    QFETCH(QString, beforeSent);
    QFETCH(int, beforeCount);
    QFETCH(QString, clear);
    MainWindow* window = makeWindow();
    QVERIFY(window);
    QComboBox* box = combo(window);
    QVERIFY(box);
    if (box->currentText() != before)
        QVERIFY(choose(window, before));
    QCOMPARE(window->imageModel()->rowCount(), beforeCount);

    // Typed, not entered: after the debounce the scope switches and the server is asked.
    m_cloud->clearRequests();
    QSignalSpy finished(window, &MainWindow::listingFinished);
    QLineEdit* edit = window->filterEdit();
    edit->setFocus();
    QTest::keyClicks(edit, u"visibility:community"_s);
    QVERIFY(finished.wait(15000));
    QCOMPARE(box->currentText(), u"Community"_s);
    QCOMPARE(listedScopes(), QStringList{u"community"_s});
    QCOMPARE(window->imageModel()->rowCount(), 14);
    QCOMPARE(window->proxyModel()->rowCount(), 14);
    QVERIFY(window->errorBanner()->isVisible());
    QVERIFY(window->errorBanner()->message().contains(u"Community"_s));
    QVERIFY(window->errorBanner()->message().contains(before));
    QVERIFY(box->toolTip().contains(before));

    // Cleared: back to the scope before, listed again.
    m_cloud->clearRequests();
    if (clear == u"escape"_s) {
        QTest::keyClick(edit, Qt::Key_Escape);
    } else {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
    }
    QVERIFY(finished.wait(15000));
    QVERIFY(edit->text().isEmpty());
    QCOMPARE(box->currentText(), before);
    QCOMPARE(listedScopes(), QStringList{beforeSent});
    QCOMPARE(window->imageModel()->rowCount(), beforeCount);
    QCOMPARE(window->proxyModel()->rowCount(), beforeCount);
    QVERIFY(!window->statusLabel()->text().contains(u"visibility:community"_s));
}

void TestVisibilityScope::clearingOtherTextKeepsTheScope()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    QVERIFY(choose(window, u"Community"_s));
    QLineEdit* edit = window->filterEdit();
    edit->setText(u"ubuntu"_s);
    window->filterBar()->applyNow();
    QVERIFY(window->proxyModel()->rowCount() < 14);
    m_cloud->clearRequests();
    edit->clear();
    window->filterBar()->applyNow();
    QTest::qWait(50);
    QCOMPARE(combo(window)->currentText(), u"Community"_s);
    QCOMPARE(window->proxyModel()->rowCount(), 14);
    QCOMPARE(listedScopes(), QStringList()); // nothing asked again: the scope stays

    // A term typed while a scope was chosen, then another choice: the choice stays when the term
    // goes.
    QSignalSpy finished(window, &MainWindow::listingFinished);
    edit->setText(u"visibility:public"_s);
    window->filterBar()->applyNow();
    QVERIFY(finished.wait(15000));
    QCOMPARE(combo(window)->currentText(), u"Public"_s);
    QVERIFY(choose(window, u"All (with community)"_s));
    m_cloud->clearRequests();
    edit->clear();
    window->filterBar()->applyNow();
    QTest::qWait(50);
    QCOMPARE(combo(window)->currentText(), u"All (with community)"_s);
    QCOMPARE(listedScopes(), QStringList());
    QCOMPARE(window->proxyModel()->rowCount(), 62);
}

void TestVisibilityScope::choiceIsKeptPerCloud()
{
    QSettings file(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    AppSettings settings(&file);
    {
        MainWindow* window = makeWindow(&settings);
        QVERIFY(window);
        QVERIFY(choose(window, u"Community"_s));
        // A scope switched by typing is not kept.
        QSignalSpy finished(window, &MainWindow::listingFinished);
        window->filterEdit()->setText(u"visibility:all"_s);
        window->filterBar()->applyNow();
        QVERIFY(finished.wait(15000));
        QCOMPARE(window->imageModel()->rowCount(), 62);
        window->close();
    }
    QCOMPARE(settings.listScope(u"Demo cloud"_s), ListScope{ListScope::Visibility::Community});
    QCOMPARE(settings.listScope(u"another cloud"_s), ListScope{});
    m_cloud->clearRequests();
    MainWindow* again = makeWindow(&settings);
    QVERIFY(again);
    QCOMPARE(combo(again)->currentText(), u"Community"_s);
    QCOMPARE(listedScopes(), QStringList{u"community"_s});
    QCOMPARE(again->imageModel()->rowCount(), 14);
}

void TestVisibilityScope::otherDialectsHaveNoScope()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    QVERIFY(combo(window)->isEnabled());
    const ServiceEndpoint endpoint{.url = m_cloud->endpoint(Dialect::GlanceV1), .token = m_cloud->token()};
    window->addCloud(*createImageAdapter(Dialect::GlanceV1, m_nam, endpoint, {}, m_cloud),
                     CloudDescription{u"Demo v1"_s, true});
    QSignalSpy finished(window, &MainWindow::listingFinished);
    window->setCurrentCloud(1);
    window->refresh();
    QVERIFY(finished.wait(15000));
    QComboBox* box = combo(window);
    QVERIFY(!box->isEnabled());
    QVERIFY(box->toolTip().contains(u"no visibility scope"_s));
    // Every image the dialect lists, community ones too; typing the term filters them.
    QCOMPARE(window->imageModel()->rowCount(), 62);
    m_cloud->clearRequests();
    window->filterEdit()->setText(u"visibility:public"_s);
    window->filterBar()->applyNow();
    QTest::qWait(50);
    QCOMPARE(listedScopes(), QStringList());
    QVERIFY(window->proxyModel()->rowCount() < 62);
    QVERIFY(!box->isEnabled());

    window->filterEdit()->clear();
    window->filterBar()->applyNow();
    window->setCurrentCloud(0); // back on the v2 cloud: on again
    QTRY_VERIFY(box->isEnabled());
}

QTEST_MAIN(TestVisibilityScope)
#include "tst_visibilityscope.moc"
