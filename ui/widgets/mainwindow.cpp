// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/mainwindow.h"

#include "adapters/imageadapter.h"
#include "controllers/browsingcontroller.h"
#include "controllers/changingimages.h"
#include "controllers/cloudcontroller.h"
#include "controllers/cloudinfocontroller.h"
#include "controllers/copyascommand.h"
#include "controllers/downloadcontroller.h"
#include "controllers/imagesharingcontroller.h"
#include "controllers/imagetaskscontroller.h"
#include "controllers/inspectcontroller.h"
#include "controllers/linkopener.h"
#include "controllers/schemacontroller.h"
#include "controllers/scopecontroller.h"
#include "controllers/selectionactions.h"
#include "download/transferqueue.h"
#include "identity/cloudsession.h"
#include "models/cloudlistmodel.h"
#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"
#include "models/transferlistmodel.h"
#include "settings/appsettings.h"
#include "widgets/cloudsidebar.h"
#include "widgets/errorbanner.h"
#include "widgets/filterbar.h"
#include "widgets/firstrunpage.h"
#include "widgets/helpmenu.h"
#include "widgets/imagedetailsview.h"
#include "widgets/imagetableview.h"
#include "widgets/panefocus.h"
#include "widgets/scopeselector.h"
#include "widgets/themecolors.h"
#include "widgets/transferspanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

MainWindow::MainWindow(ImageAdapter* adapter, CloudDescription cloud, QWidget* parent)
    : MainWindow(static_cast<CloudController*>(nullptr), parent)
{
    if (adapter) {
        addCloud(adapter, cloud);
    } else {
        m_banner->showMessage(
            MessageKind::Information,
            tr("No cloud chosen. Start Skylight with --demo to browse the built-in demo cloud, "
               "or with --endpoint URL (token in OS_TOKEN)."));
    }
}

MainWindow::MainWindow(CloudController* clouds, QWidget* parent)
    : QMainWindow(parent)
    , m_clouds(clouds ? clouds : new CloudController(nullptr, nullptr, nullptr, TransportOptions(), this))
    , m_proxy(new ImageFilterProxyModel(this))
    , m_view(new ImageTableView(this))
    , m_details(new ImageDetailsView(this))
    , m_banner(new ErrorBanner(this))
    , m_filterBar(new FilterBar(nullptr, m_proxy, this))
    , m_selection(nullptr)
    , m_statusLabel(new QLabel(this))
    , m_noticeLabel(new QLabel(this))
{
    setWindowTitle(tr("Skylight"));
    setObjectName(u"mainWindow"_s);

    m_selection = new SelectionActions(m_view, m_proxy, this);
    m_commands = new CopyAsCommand(m_selection, this);
    m_browsing = new BrowsingController(
        {m_clouds, m_proxy, m_view, m_filterBar, m_selection, m_details, m_banner}, this);
    m_view->setModel(m_proxy); // with its columns: the controller gave it the (empty) rows to show
    m_selection->watchView();
    // What the window acts on is the selection (SelectionActions): the details and the actions.
    connect(m_selection, &SelectionActions::currentImageChanged, m_browsing,
            &BrowsingController::fetchDetails);
    connect(m_selection, &SelectionActions::targetChanged, this, &MainWindow::updateActions);
    connect(m_browsing, &BrowsingController::statusChanged, this, &MainWindow::updateStatus);
    connect(m_browsing, &BrowsingController::statusChanged, this, &MainWindow::updateActions);
    connect(m_browsing, &BrowsingController::adapterBound, this, &MainWindow::resumeRestored);
    connect(m_browsing, &BrowsingController::listingFinished, this, &MainWindow::listingFinished);
    connect(m_browsing, &BrowsingController::pageAdded, this, &MainWindow::pageAdded);
    connect(m_browsing, &BrowsingController::detailsFinished, this, &MainWindow::detailsFinished);
    connect(m_selection, &SelectionActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_commands, &CopyAsCommand::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    m_inspect = new InspectController(this);
    m_inspect->attach({m_selection, m_browsing, m_details});
    // The Sharing and Tasks tabs ask the server only while in sight.
    auto* sharing = new ImageSharingController(this);
    sharing->attach({m_selection, m_browsing, m_details});
    connect(sharing, &ImageSharingController::message, m_banner,
            [this](MessageKind kind, const QString& text) { m_banner->showMessage(kind, text); });
    (new ImageTasksController(this))->attach({m_selection, m_browsing, m_details});
    m_schema = new SchemaController(this);
    m_schema->attach({m_browsing, m_details, m_filterBar});
    connect(m_inspect, &InspectController::failed, m_banner, [this](const QString&, const ApiError& error) {
        m_banner->showError(error, ErrorBanner::Retry::No);
    });
    connect(m_view, &ImageTableView::detailsRequested, this, [this] {
        m_details->setCurrentIndex(ImageDetailsView::OverviewTab);
        m_details->setFocus(Qt::ShortcutFocusReason);
    });
    auto* links = new LinkOpener(
        m_browsing, [this] { downloadSelected(); }, this);
    connect(m_details, &ImageDetailsView::linkActivated, links, &LinkOpener::open);
    connect(links, &LinkOpener::message, m_banner,
            [this](MessageKind kind, const QString& text) { m_banner->showMessage(kind, text); });
    wireChangingImages();

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    // The images, or (with no cloud at all) the first-run page in their place.
    auto* browse = new QWidget(this);
    auto* browseLayout = new QVBoxLayout(browse);
    browseLayout->setContentsMargins(0, 0, 0, 0);
    m_scopes = new ScopeSelector(browse);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_scopes);
    filterRow->addWidget(m_filterBar, 1);
    browseLayout->addLayout(filterRow);
    browseLayout->addWidget(splitter, 1);
    m_firstRun = new FirstRunPage(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(browse);
    m_pages->addWidget(m_firstRun);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    new ScopeController({m_browsing, m_proxy, m_filterBar, m_scopes, m_banner}, this);
    setCentralWidget(central);
    connect(m_filterBar, &FilterBar::filterChanged, m_browsing, &BrowsingController::onFilterChanged);
    connect(m_filterBar->lineEdit(), &QLineEdit::returnPressed, m_browsing,
            &BrowsingController::askServerToFilter);

    buildActions();
    m_statusLabel->setObjectName(u"statusLabel"_s);
    statusBar()->addWidget(m_statusLabel, 1);

    connect(m_banner, &ErrorBanner::retryRequested, this, &MainWindow::refresh);
    m_banner->setRedactor([this] { return m_clouds->redactor(); });

    // The clouds, in a sidebar (shown when there is a choice to make).
    m_sidebar = new CloudSidebar(m_clouds, this);
    m_dock = new QDockWidget(tr("Clouds"), this);
    m_dock->setObjectName(u"cloudDock"_s);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable);
    m_dock->setWidget(m_sidebar);
    addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    m_dock->setVisible(m_clouds->canStoreProfiles());
    addActions({m_sidebar->newAction()});
    connect(m_sidebar, &CloudSidebar::currentCloudChanged, this, [this](int row) {
        if (row == currentCloud())
            return;
        setCurrentCloud(row);
        if (!isLoading() && imageModel()->rowCount() == 0)
            refresh(); // a cloud not listed yet, or whose browser was dropped
    });
    connect(m_browsing, &BrowsingController::secretRequired, m_sidebar, &CloudSidebar::askForSecret);
    connect(m_sidebar, &CloudSidebar::signInCancelled, this, [this](const QString& cloud) {
        m_banner->showMessage(
            MessageKind::Information,
            tr("Not signed in to %1. Choose Sign In in the cloud list to try again.").arg(cloud));
    });
    // Said once, and kept in sight: a banner would be gone with the next listing.
    m_noticeLabel->setObjectName(u"noticeLabel"_s);
    QFont bold = m_noticeLabel->font();
    bold.setBold(true);
    m_noticeLabel->setFont(bold);
    m_noticeLabel->hide();
    statusBar()->addPermanentWidget(m_noticeLabel);
    connect(m_clouds, &CloudController::notice, this, &MainWindow::showNotice);
    // ...and when the one cloud signs in (--endpoint): its state is said there, with Sign In.
    connect(m_clouds->model(), &QAbstractItemModel::rowsInserted, this, [this] {
        m_dock->setVisible(m_clouds->canStoreProfiles() || cloudCount() > 1 || m_clouds->session(0));
    });
    connect(m_clouds->model(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::followCloudList);
    connect(m_clouds->model(), &QAbstractItemModel::rowsInserted, this, &MainWindow::followCloudList);
    m_firstRun->setCloudActions(m_sidebar->newAction(), m_sidebar->readConfigAction());
    connect(m_sidebar, &CloudSidebar::message, m_banner,
            [this](MessageKind kind, const QString& text) { m_banner->showMessage(kind, text); });
    buildMenus();
    applyThemeColors();
    followCloudList(); // none yet: says how to add one
    updateTabOrder();
    resize(1280, 760);
}

void MainWindow::wireChangingImages()
{
    // Images still changing on the server refresh by themselves while shown (the cloud shown,
    // its rows, the selection and the scroll position say what is shown).
    m_changing = new ChangingImages(m_browsing, m_proxy, m_view, m_selection, this);
    connect(m_changing, &ChangingImages::refreshed, this, [this](const ImageRecord& record) {
        if (m_selection->currentId() == record.id)
            m_details->showRecord(record);
        updateActions(); // an image that became active can be downloaded
    });
    connect(m_changing, &ChangingImages::gone, this, [this](const QString& id, const QString& name) {
        statusBar()->showMessage(
            tr("%1 is no longer on the cloud: it was deleted.").arg(name.isEmpty() ? id : name), 15000);
    });
}

void MainWindow::followCloudList()
{
    if (currentCloud() < 0) { // none shown (the one shown was removed): nothing of it stays in sight
        m_cloud = CloudDescription{};
        setWindowTitle(tr("Skylight"));
        if (m_demoBadgeAction)
            m_demoBadgeAction->setVisible(false);
    }
    // No cloud at all: how to get one, in place of the images (the first-run page).
    showFirstRunPage(m_clouds->canStoreProfiles() && cloudCount() == 0);
    updateActions();
    updateStatus();
}

bool MainWindow::isFirstRunPageShown() const
{
    return m_pages->currentWidget() == m_firstRun;
}

void MainWindow::showFirstRunPage(bool shown)
{
    m_pages->setCurrentWidget(shown ? static_cast<QWidget*>(m_firstRun) : m_pages->widget(0));
}

void MainWindow::addCloud(ImageAdapter* adapter, const CloudDescription& cloud)
{
    m_clouds->addFixedCloud(cloud.name, adapter, cloud.isDemo);
    if (currentCloud() < 0)
        setCurrentCloud(0);
}

int MainWindow::cloudCount() const
{
    return m_clouds->model()->rowCount();
}

int MainWindow::currentCloud() const
{
    return m_browsing->currentRow();
}

CloudBrowsers* MainWindow::browsers() const
{
    return m_browsing->browsers();
}

ImageTableModel* MainWindow::imageModel() const
{
    return m_browsing->rows();
}

void MainWindow::setCurrentCloud(int index)
{
    const CloudEntry* entry = m_clouds->model()->entry(index);
    if (!entry || index == currentCloud())
        return;
    m_browsing->show(index); // first: the sidebar then tells of the cloud already shown
    if (m_sidebar->currentRow() != index)
        m_sidebar->setCurrentRow(index);
    if (!entry->isDemo) // the next start without --demo opens the user's own cloud
        m_clouds->setLastCloud(entry->name);
    m_cloud = CloudDescription{entry->name, entry->isDemo};
    setWindowTitle(tr("%1 — Skylight").arg(entry->shownName()));
    if (m_demoBadgeAction)
        m_demoBadgeAction->setVisible(m_cloud.isDemo);
    updateActions();
    updateStatus();
}

bool MainWindow::selectImage(const QString& id)
{
    return m_selection->selectImage(id);
}

void MainWindow::setSettings(AppSettings* settings)
{
    m_settings = settings;
    m_browsing->setSettings(settings);
    if (m_downloads)
        m_downloads->setSettings(settings);
    if (settings && settings->isReadOnly()) // a newer Skylight's file: nothing is saved to it
        showNotice(AppSettings::readOnlySummary(), settings->readOnlyReason());
}

void MainWindow::showNotice(const QString& summary, const QString& message)
{
    // Never the message cut at its first full stop: a path, a host or a detail has one too, and
    // a Chinese sentence ends with '。'.
    m_noticeLabel->setText(tr("⚠ %1").arg(summary));
    m_noticeLabel->setToolTip(message);
    m_noticeLabel->setAccessibleName(message);
    m_noticeLabel->show();
    m_banner->showMessage(MessageKind::Warning, message);
}

QLineEdit* MainWindow::filterEdit() const
{
    return m_filterBar->lineEdit();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_downloadAction = new QAction(QIcon(u":/icons/actions/download.svg"_s), tr("&Download…"), this);
    m_downloadAction->setObjectName(u"downloadAction"_s);
    m_downloadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_downloadAction->setToolTip(tr("Download the selected image's binary, verified and resumable (Ctrl+D)"));
    m_downloadAction->setEnabled(false);
    connect(m_downloadAction, &QAction::triggered, this, [this] { downloadSelected(); });

    auto* refreshAction = new QAction(QIcon(u":/icons/actions/refresh.svg"_s), tr("&Refresh"), this);
    refreshAction->setObjectName(u"refreshAction"_s);
    refreshAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    refreshAction->setToolTip(tr("Reload the image list (Ctrl+R)"));
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    auto* findAction = new QAction(tr("&Filter"), this);
    findAction->setObjectName(u"findAction"_s);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, m_filterBar, &FilterBar::focusFilter);

    toolbar->addAction(refreshAction);
    toolbar->addAction(m_downloadAction);
    toolbar->addAction(m_inspect->action());
    toolbar->addAction(m_selection->compareAction());
    toolbar->addAction(m_selection->exportAction());

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        menu.addActions({m_downloadAction, m_inspect->action()});
        menu.addSeparator();
        menu.addActions(
            {m_selection->copyCellAction(), m_selection->copyIdAction(), m_selection->copyNameAction()});
        menu.addMenu(m_commands->createMenu(&menu));
        menu.addSeparator();
        menu.addActions(
            {m_selection->pinAction(), m_selection->compareAction(), m_selection->exportAction()});
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });

    auto* badge = new QLabel(tr("Demo cloud"), this);
    badge->setObjectName(u"demoBadge"_s);
    badge->setAccessibleName(tr("Demo cloud badge"));
    badge->setToolTip(tr("You are browsing Skylight's built-in demo cloud, served from this computer."));
    toolbar->addSeparator();
    m_demoBadgeAction = toolbar->addWidget(badge);
    m_demoBadgeAction->setVisible(false);
    addActions({refreshAction, findAction});
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyThemeColors();
}

void MainWindow::applyThemeColors()
{
    const QPalette around = palette();
    QPalette notice = m_noticeLabel->palette();
    notice.setColor(QPalette::WindowText, ThemeColors::color(ThemeColors::Role::WarningText, around));
    m_noticeLabel->setPalette(notice);
    if (auto* badge = findChild<QLabel*>(u"demoBadge"_s)) {
        badge->setStyleSheet(u"QLabel { background: %1; color: %2; font-weight: bold; border-radius: 8px;"
                             u" padding: 3px 10px; margin-left: 8px; }"_s.arg(
                                 ThemeColors::color(ThemeColors::Role::AccentBackground, around).name(),
                                 ThemeColors::color(ThemeColors::Role::AccentText, around).name()));
    }
}

void MainWindow::buildMenus()
{
    auto* refreshAction = findChild<QAction*>(u"refreshAction"_s);
    auto* findAction = findChild<QAction*>(u"findAction"_s);
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_sidebar->newAction());
    file->addAction(m_selection->exportAction());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    if (quit->shortcut().isEmpty()) // platforms with no standard binding for it (offscreen, some desktops)
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions(
        {m_selection->copyCellAction(), m_selection->copyIdAction(), m_selection->copyNameAction()});
    edit->addMenu(m_commands->createMenu(edit));
    edit->addSeparator();
    edit->addAction(findAction);
    QAction* clearFilter = edit->addAction(tr("C&lear Filter"), m_filterBar, &FilterBar::clear);
    clearFilter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(refreshAction);
    view->addMenu(m_view->columnsMenu());
    view->addSeparator();
    QAction* clouds = m_dock->toggleViewAction();
    clouds->setText(tr("C&louds"));
    view->addAction(clouds);
    m_cloudInfo = new CloudInfoController(new CloudInfoPanel(this), m_browsing, this); // a dock, hidden
    view->addAction(m_cloudInfo->panel()->createDock(this)->toggleViewAction());
    m_viewMenu = view;

    QMenu* image = menuBar()->addMenu(tr("&Image"));
    QAction* details = image->addAction(tr("Show De&tails"), this, [this] {
        m_details->setCurrentIndex(ImageDetailsView::OverviewTab);
        m_details->setFocus(Qt::ShortcutFocusReason);
    });
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    image->addActions({m_downloadAction, m_inspect->action()});
    image->addSeparator();
    image->addActions({m_selection->pinAction(), m_selection->compareAction()});

    menuBar()->addMenu(new HelpMenu(this));
}

bool MainWindow::isLoading() const
{
    return m_browsing->isLoading();
}

void MainWindow::refresh()
{
    m_browsing->refresh();
}

void MainWindow::updateActions()
{
    if (!m_downloadAction) // still being built
        return;
    const std::optional<ImageRecord> record = m_selection->currentRecord();
    m_downloadAction->setEnabled(m_queue && m_browsing->adapter() && record && record->status == u"active"_s);
    m_selection->updateActions();
    m_commands->setCloud(m_clouds->cliCloud(currentCloud())); // the dialect is known once signed in
}

void MainWindow::setTransferQueue(TransferQueue* queue)
{
    Q_ASSERT_X(queue && !m_queue, "MainWindow::setTransferQueue", "set once, with a queue");
    if (!queue || m_queue)
        return;
    m_queue = queue;
    m_transfers = new TransfersPanel(queue, this);
    m_transfers->model()->setRedactor([this] { return m_clouds->redactor(); });
    m_transfersDock = new QDockWidget(tr("Downloads"), this);
    m_transfersDock->setObjectName(u"transfersDock"_s);
    m_transfersDock->setWidget(m_transfers);
    addDockWidget(Qt::BottomDockWidgetArea, m_transfersDock);
    m_transfersDock->hide();
    QAction* toggle = m_transfersDock->toggleViewAction();
    toggle->setText(tr("Do&wnloads"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_viewMenu->addAction(toggle);
    connect(queue, &TransferQueue::added, this, [this] { m_transfersDock->show(); });
    m_downloads = new DownloadController(queue, this, this);
    m_downloads->setSettings(m_settings);
    // The banner's Retry lists again: a download is retried from the Downloads panel.
    connect(m_downloads, &DownloadController::failed, m_banner,
            [this](const ApiError& error) { m_banner->showError(error, ErrorBanner::Retry::No); });
    connect(m_downloads, &DownloadController::message, m_banner,
            qOverload<MessageKind, const QString&, const QString&>(&ErrorBanner::showMessage));
    connect(queue, &TransferQueue::sourceNeeded, this,
            [this](int id) { m_downloads->locateAndResume(id, m_browsing->adapter(), m_cloud.name); });
    // A download refused for its token: renewed through the cloud's adapter, then it resumes.
    connect(queue, &TransferQueue::changed, this,
            [this](int row) { m_downloads->renewRefused(row, m_browsing->adapter(), m_cloud.name); });
    updateTabOrder();
    updateActions();
}

void MainWindow::restoreDownloads(AppSettings* settings)
{
    if (!m_queue)
        return;
    m_queue->restoreState(settings);
    resumeRestored();
}

void MainWindow::resumeRestored()
{
    if (m_downloads)
        m_downloads->resumeWaiting(m_browsing->adapter(), m_cloud.name);
}

bool MainWindow::downloadSelected(const QString& path)
{
    const std::optional<ImageRecord> record = m_selection->currentRecord();
    if (!m_downloads || !m_browsing->adapter() || !record)
        return false;
    return m_downloads->download(m_browsing->adapter(), m_cloud.name, *record, path);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_downloads && !m_downloads->mayQuit()) {
        event->ignore();
        return;
    }
    if (m_settings) {
        if (m_queue)
            m_queue->saveState(m_settings); // the next start resumes them
        m_browsing->rememberSelection();
        saveLayout(m_settings);
    }
    QMainWindow::closeEvent(event);
}

MainWindow::Layout MainWindow::currentLayout() const
{
    return Layout{saveGeometry(), saveState(), m_view->columnLayout()};
}

void MainWindow::saveLayout(AppSettings* settings) const
{
    const Layout now = currentLayout();
    const bool restored = m_restoredLayout.has_value();
    if (!restored || now.geometry != m_restoredLayout->geometry)
        settings->setWindowGeometry(now.geometry);
    if (!restored || now.state != m_restoredLayout->state)
        settings->setWindowState(now.state);
    if (!restored || now.columns != m_restoredLayout->columns)
        m_view->saveColumns(settings);
    settings->sync();
}

void MainWindow::restoreLayout(AppSettings* settings)
{
    restoreGeometry(settings->windowGeometry());
    restoreState(settings->windowState());
    m_view->restoreColumns(settings);
    m_restoredLayout = currentLayout();
    m_layoutSettles = !isVisible();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!std::exchange(m_layoutSettles, false))
        return;
    // Restored before it was shown: as the window system and the first layout placed it.
    QTimer::singleShot(0, this, [this] { m_restoredLayout = currentLayout(); });
}

void MainWindow::updateTabOrder()
{
    // Arrows move within a pane (the tables do not take Tab); Tab and Shift+Tab go from one to
    // the next, and round.
    chainPaneFocus(
        {m_sidebar, m_banner, m_scopes, m_filterBar, m_view, m_details, m_cloudInfo->panel(), m_transfers});
}

void MainWindow::updateStatus()
{
    m_statusLabel->setText(m_browsing->statusText());
}

} // namespace Skylight
