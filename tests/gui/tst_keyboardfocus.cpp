// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// Issue 16, defect 5: Tab was trapped by the image table and the Downloads table (cell by cell);
// the details tabs and the Downloads buttons were never reached. Tab goes from pane to pane (and
// round; Shift+Tab the other way), arrows move within a pane, and every control Tab stops at has
// a name for assistive technology, through tr().
#include "adapters/glancev2adapter.h"
#include "democloud/democloud.h"
#include "download/transferqueue.h"
#include "i18n/translationinstaller.h"
#include "image/imagerecord.h"
#include "models/imagetablemodel.h"
#include "models/transferlistmodel.h"
#include "net/apierror.h"
#include "widgets/cloudprofiledialog.h"
#include "widgets/cloudsidebar.h"
#include "widgets/comparedialog.h"
#include "widgets/errorbanner.h"
#include "widgets/filterbar.h"
#include "widgets/imagedetailsview.h"
#include "widgets/imagetableview.h"
#include "widgets/mainwindow.h"
#include "widgets/secretprompt.h"
#include "widgets/transferspanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {

const QString kCirros = u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;

// Every text through tr() comes out «marked»: a name without the marks did not go through it.
class MarkingTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* source, const char*, int) const override
    {
        return u"«"_s + QString::fromUtf8(source) + u"»"_s;
    }
};

bool isTabStop(const QWidget* widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !widget->focusProxy();
}

// Where Tab can go: a tab stop shown and enabled.
bool isReachable(const QWidget* widget)
{
    return isTabStop(widget) && widget->isVisible() && widget->isEnabled();
}

QString describe(const QWidget* widget)
{
    if (!widget)
        return u"(nothing)"_s;
    QStringList path;
    for (const QWidget* at = widget; at; at = at->isWindow() ? nullptr : at->parentWidget())
        path.prepend(u"%1(%2)"_s.arg(QString::fromLatin1(at->metaObject()->className()), at->objectName()));
    return path.join(u" > "_s);
}

// What assistive technology calls the control: its accessible name; a button's own text names it.
QString nameOf(const QWidget* widget)
{
    QString name = widget->accessibleName();
    if (name.isEmpty()) {
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            name = QString(button->text()).remove(u'&');
    }
    return name.trimmed();
}

} // namespace

class TestKeyboardFocus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void tabGoesFromPaneToPane();
    void arrowsMoveWithinAPane();
    void everyControlIsNamed_data();
    void everyControlIsNamed();

private:
    // The demo cloud listed, Cirros selected and downloaded, the clouds and the Downloads shown.
    MainWindow* makeWindow();
    // The widgets focused from `start` on, one Tab (or Shift+Tab) at a time, until focus is back
    // at `start` (or has stopped anywhere twice).
    QList<QWidget*> focusCycle(QWidget* start, bool forward);

    QNetworkAccessManager* m_nam = nullptr;
    TransferQueue* m_queue = nullptr; // outlives the windows
    DemoCloud* m_cloud = nullptr;
    QTemporaryDir* m_dir = nullptr;
};

void TestKeyboardFocus::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_queue = new TransferQueue(m_nam, TransportOptions());
    m_cloud = new DemoCloud(this);
    QVERIFY(m_cloud->start());
    m_dir = new QTemporaryDir;
}

void TestKeyboardFocus::cleanup()
{
    delete m_cloud; // and its window, later
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    delete m_queue;
    delete m_nam;
    delete m_dir;
}

MainWindow* TestKeyboardFocus::makeWindow()
{
    auto* adapter = new GlanceV2Adapter(
        m_nam, {.url = m_cloud->glanceV2Endpoint(), .token = m_cloud->token()}, {}, m_cloud);
    auto* window = new MainWindow(adapter, CloudDescription{u"Demo cloud"_s, true});
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_cloud, &QObject::destroyed, window, &QObject::deleteLater);
    window->setTransferQueue(m_queue);
    window->cloudDock()->show();
    window->show();
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitForWindowActive(window))
        return nullptr;
    QSignalSpy finished(window, &MainWindow::listingFinished);
    window->refresh();
    if (!finished.wait(15000) || !window->selectImage(kCirros))
        return nullptr;
    // A finished download: its buttons (Remove, Open Folder...) are enabled and stay so.
    if (!window->downloadSelected(m_dir->filePath(u"cirros.img"_s)))
        return nullptr;
    const QAbstractItemModel* transfers = window->transfersPanel()->model();
    if (!QTest::qWaitFor(
            [transfers] {
                return transfers->rowCount() == 1 &&
                       transfers->index(0, 0).data(TransferListModel::StateRole).toInt() ==
                           int(Transfer::State::Done);
            },
            30000))
        return nullptr;
    return window;
}

QList<QWidget*> TestKeyboardFocus::focusCycle(QWidget* start, bool forward)
{
    start->setFocus(Qt::OtherFocusReason);
    QList<QWidget*> cycle{QApplication::focusWidget()};
    for (int press = 0; press < 200; ++press) {
        QWidget* focused = QApplication::focusWidget();
        if (!focused)
            break;
        if (forward)
            QTest::keyClick(focused, Qt::Key_Tab);
        else
            QTest::keyClick(focused, Qt::Key_Backtab, Qt::ShiftModifier);
        QWidget* next = QApplication::focusWidget();
        if (next == start)
            return cycle;
        const bool again = cycle.contains(next);
        cycle << next;
        if (again)
            break; // trapped: never back at the start
    }
    return cycle;
}

void TestKeyboardFocus::tabGoesFromPaneToPane()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    QListView* clouds = window->cloudSidebar()->findChild<QListView*>(u"cloudList"_s);
    QVERIFY(clouds && clouds->isVisible());
    ImageTableView* images = window->imageView();
    auto* tabs = window->detailsView()->findChild<QTabBar*>();
    QTableView* downloads = window->transfersPanel()->view();
    QVERIFY(tabs && downloads->isVisible());

    // From the image table, one Tab leaves it (not one cell further), for the details' tabs.
    images->setFocus(Qt::OtherFocusReason);
    images->setCurrentIndex(images->model()->index(0, ImageTableModel::Name));
    QCOMPARE(QApplication::focusWidget(), images);
    QTest::keyClick(images, Qt::Key_Tab);
    QVERIFY2(QApplication::focusWidget() == tabs, qPrintable(describe(QApplication::focusWidget())));
    QTest::keyClick(tabs, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), images);
    // The Downloads table too.
    downloads->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(downloads, Qt::Key_Tab);
    QVERIFY2(window->transfersPanel()->isAncestorOf(QApplication::focusWidget()),
             qPrintable(describe(QApplication::focusWidget())));

    const QList<QWidget*> forward = focusCycle(clouds, true);
    QStringList stops;
    for (const QWidget* stop : forward)
        stops << describe(stop);
    const QString chain = stops.join(u"\n  "_s);
    // Round: back at the start, having stopped at each control once.
    QVERIFY2(QSet<QWidget*>(forward.cbegin(), forward.cend()).size() == forward.size(), qPrintable(chain));
    QVERIFY2(!forward.contains(nullptr), qPrintable(chain));
    // Pane after pane: the clouds, the filter box, the images, the details' tabs and what the tab
    // shows, the Downloads and their buttons.
    const qsizetype filterAt = forward.indexOf(window->filterEdit());
    const qsizetype imagesAt = forward.indexOf(images);
    const qsizetype tabsAt = forward.indexOf(tabs);
    const qsizetype contentAt = forward.indexOf(window->detailsView()->table(ImageDetailsView::OverviewTab));
    const qsizetype downloadsAt = forward.indexOf(downloads);
    qsizetype buttonAt = -1;
    for (QPushButton* button : window->transfersPanel()->findChildren<QPushButton*>()) {
        if (button->isEnabled() && forward.contains(button))
            buttonAt = std::max(buttonAt, forward.indexOf(button));
    }
    QVERIFY2(0 < filterAt && filterAt < imagesAt && imagesAt < tabsAt && tabsAt < contentAt &&
                 contentAt < downloadsAt && downloadsAt < buttonAt,
             qPrintable(chain));
    QVERIFY2(forward.at(imagesAt + 1) == tabs, qPrintable(chain));
    // Every control Tab can stop at is reached (whatever controls the panes hold).
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (widget->window() == window && isReachable(widget))
            QVERIFY2(forward.contains(widget), qPrintable(describe(widget) + u"\nnot in\n  "_s + chain));
    }

    // Shift+Tab: the same stops the other way round.
    const QList<QWidget*> backward = focusCycle(clouds, false);
    QList<QWidget*> expected{clouds};
    for (qsizetype i = forward.size() - 1; i > 0; --i)
        expected << forward.at(i);
    QStringList back;
    for (const QWidget* stop : backward)
        back << describe(stop);
    QVERIFY2(backward == expected, qPrintable(back.join(u"\n  "_s)));
}

void TestKeyboardFocus::arrowsMoveWithinAPane()
{
    MainWindow* window = makeWindow();
    QVERIFY(window);
    ImageTableView* images = window->imageView();
    QVERIFY(images->model()->rowCount() > 2);
    images->setFocus(Qt::OtherFocusReason);
    images->setCurrentIndex(images->model()->index(0, ImageTableModel::Name));
    QTest::keyClick(images, Qt::Key_Down);
    QCOMPARE(images->currentIndex().row(), 1);
    QTest::keyClick(images, Qt::Key_Down);
    QCOMPARE(images->currentIndex().row(), 2);
    QTest::keyClick(images, Qt::Key_Up);
    QCOMPARE(images->currentIndex().row(), 1);
    QCOMPARE(QApplication::focusWidget(), images);

    // The details' tabs: Tab reaches them, arrows change the tab.
    QTest::keyClick(images, Qt::Key_Tab);
    auto* tabs = window->detailsView()->findChild<QTabBar*>();
    QCOMPARE(QApplication::focusWidget(), tabs);
    window->detailsView()->setCurrentIndex(ImageDetailsView::OverviewTab);
    QTest::keyClick(tabs, Qt::Key_Right);
    QCOMPARE(window->detailsView()->currentIndex(), int(ImageDetailsView::PropertiesTab));
    QCOMPARE(QApplication::focusWidget(), tabs);
    // ...and the next Tab goes into the tab shown: the properties' filter box.
    QTest::keyClick(tabs, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), window->detailsView()->propertiesFilter());
}

void TestKeyboardFocus::everyControlIsNamed_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("marked") << u"marked"_s; // every name through tr()
    QTest::newRow("de") << u"de"_s;
}

void TestKeyboardFocus::everyControlIsNamed()
{
    QFETCH(QString, language);
    TranslationInstaller installer(QCoreApplication::instance());
    MarkingTranslator marking;
    if (language == u"marked"_s)
        QVERIFY(QCoreApplication::installTranslator(&marking));
    else
        QCOMPARE(installer.install(QLocale(language)), language);

    QNetworkAccessManager nam;
    TransferQueue queue(&nam, TransportOptions());
    auto* adapter = new GlanceV2Adapter(&nam, {.url = QUrl(u"http://127.0.0.1:9/v2"_s), .token = "t"}, {});
    MainWindow window(adapter, CloudDescription{u"Demo cloud"_s, true});
    adapter->setParent(&window);
    window.setTransferQueue(&queue);
    window.cloudDock()->show();
    ApiError error;
    error.kind = ApiError::Kind::Network;
    error.message = u"Connection refused"_s;
    error.requestId = u"req-1"_s;
    window.errorBanner()->showError(error); // with Retry and Details

    // The dialogs: New Cloud, the secret prompt, Compare.
    auto* profile = new CloudProfileDialog(&window);
    auto* prompt = new SecretPrompt(u"Demo cloud"_s, u"password"_s, u"Refused."_s, true, &window);
    auto* compare =
        new CompareDialog(ImageRecord{.id = u"a"_s}, u"A"_s, ImageRecord{.id = u"b"_s}, u"B"_s, &window);
    QStringList missing;
    for (QWidget* top : QList<QWidget*>{&window, profile, prompt, compare}) {
        for (QWidget* widget : top->findChildren<QWidget*>()) {
            if (widget->window() != top || !isTabStop(widget))
                continue;
            const QString name = nameOf(widget);
            if (name.isEmpty())
                missing << u"no name: "_s + describe(widget);
            else if (language == u"marked"_s && !name.contains(u'«'))
                missing << u"name not through tr(): \"%1\" "_s.arg(name) + describe(widget);
            // A button showing only an icon says what it does when hovered too (but for the arrows
            // Qt's tab bar scrolls with, named by Qt).
            if (const auto* button = qobject_cast<const QAbstractButton*>(widget);
                button && button->text().isEmpty() && button->toolTip().isEmpty() &&
                !qobject_cast<const QTabBar*>(button->parentWidget()))
                missing << u"no tooltip: "_s + describe(widget);
        }
    }
    QCoreApplication::removeTranslator(&marking);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

QTEST_MAIN(TestKeyboardFocus)
#include "tst_keyboardfocus.moc"
