#include "widgets/mainwindow.h"

#include "adapters/imageadapter.h"
#include "adapters/imagelistloader.h"
#include "controllers/cloudcontroller.h"
#include "controllers/downloadcontroller.h"
#include "controllers/selectionactions.h"
#include "controllers/skippedentriesnotice.h"
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
#include "widgets/imagedetailsview.h"
#include "widgets/imagetableview.h"
#include "widgets/themecolors.h"
#include "widgets/transferspanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr int kPageSize = 1000; // Glance's usual api_limit_max
} // namespace

MainWindow::MainWindow(ImageAdapter* adapter, CloudDescription cloud, QWidget* parent)
    : MainWindow(static_cast<CloudController*>(nullptr), parent)
{
    if (adapter) {
        addCloud(adapter, cloud);
    } else {
        m_banner->showMessage(
            tr("No cloud chosen. Start Skylight with --demo to browse the built-in demo cloud, "
               "or with --endpoint URL (token in OS_TOKEN)."));
    }
}

MainWindow::MainWindow(CloudController* clouds, QWidget* parent)
    : QMainWindow(parent)
    , m_clouds(clouds ? clouds : new CloudController(nullptr, nullptr, nullptr, TransportOptions(), this))
    , m_model(new ImageTableModel(this))
    , m_proxy(new ImageFilterProxyModel(this))
    , m_view(new ImageTableView(this))
    , m_details(new ImageDetailsView(this))
    , m_banner(new ErrorBanner(this))
    , m_filterBar(new FilterBar(m_model, m_proxy, this))
    , m_selection(nullptr)
    , m_statusLabel(new QLabel(this))
    , m_noticeLabel(new QLabel(this))
    , m_skipped(new SkippedEntriesNotice(m_banner, this))
{
    setWindowTitle(tr("Skylight"));
    setObjectName(u"mainWindow"_s);

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_selection = new SelectionActions(
        m_view, m_model, m_proxy, [this] { return m_cloud.name; }, this);
    connect(m_selection, &SelectionActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_view, &ImageTableView::detailsRequested, this, [this] {
        m_details->setCurrentIndex(ImageDetailsView::OverviewTab);
        m_details->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_details, &ImageDetailsView::linkActivated, this, &MainWindow::openLink);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_filterBar);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::onFilterChanged);
    connect(m_filterBar->lineEdit(), &QLineEdit::returnPressed, this, &MainWindow::askServerToFilter);

    buildActions();
    m_statusLabel->setObjectName(u"statusLabel"_s);
    statusBar()->addWidget(m_statusLabel, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, m_selection,
            &SelectionActions::updateActions);
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
        if (row == m_current)
            return;
        setCurrentCloud(row);
        if (!isLoading() && m_model->rowCount() == 0)
            refresh();
    });
    connect(m_sidebar, &CloudSidebar::signInCancelled, this, [this](const QString& cloud) {
        m_banner->showMessage(
            tr("Not signed in to %1. Choose Sign In in the cloud list to try again.").arg(cloud));
    });
    // Said once, and kept in sight: a banner would be gone with the next listing.
    m_noticeLabel->setObjectName(u"noticeLabel"_s);
    QFont bold = m_noticeLabel->font();
    bold.setBold(true);
    m_noticeLabel->setFont(bold);
    m_noticeLabel->hide();
    statusBar()->addPermanentWidget(m_noticeLabel);
    connect(m_clouds, &CloudController::notice, this, [this](const QString& message) {
        m_noticeLabel->setText(tr("⚠ %1").arg(message.section(u'.', 0, 0)));
        m_noticeLabel->setToolTip(message);
        m_noticeLabel->setAccessibleName(message);
        m_noticeLabel->show();
        m_banner->showMessage(message);
    });
    connect(m_clouds->model(), &QAbstractItemModel::rowsInserted, this,
            [this] { m_dock->setVisible(m_clouds->canStoreProfiles() || cloudCount() > 1); });
    connect(m_clouds->model(), &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex&, int first) {
        if (m_current == first) {
            m_current = -1;
            bindAdapter(nullptr);
            m_model->clear();
            m_details->clearRecord();
            updateStatus();
        } else if (m_current > first) {
            --m_current;
        }
    });
    buildMenus();
    applyThemeColors();
    if (m_clouds->canStoreProfiles() && cloudCount() == 0)
        m_banner->showMessage(tr("No cloud yet: add one with New Cloud (Ctrl+N), or put it in clouds.yaml."));
    updateStatus();
    resize(1280, 760);
}

void MainWindow::addCloud(ImageAdapter* adapter, const CloudDescription& cloud)
{
    m_clouds->addFixedCloud(cloud.name, adapter, cloud.isDemo);
    if (m_current < 0)
        setCurrentCloud(0);
}

int MainWindow::cloudCount() const
{
    return m_clouds->model()->rowCount();
}

CloudSession* MainWindow::currentSession() const
{
    return m_clouds->session(m_current);
}

void MainWindow::setCurrentCloud(int index)
{
    const CloudEntry* entry = m_clouds->model()->entry(index);
    if (!entry || index == m_current)
        return;
    stashCurrent();
    m_current = index;
    if (m_sidebar->currentRow() != index)
        m_sidebar->setCurrentRow(index);
    m_clouds->setLastCloud(entry->name);
    m_cloud = CloudDescription{entry->name, entry->isDemo};
    m_reauthenticating = false;
    setWindowTitle(tr("%1 — Skylight").arg(m_cloud.name));
    if (m_demoBadgeAction)
        m_demoBadgeAction->setVisible(m_cloud.isDemo);
    m_banner->dismiss();
    m_model->clear();
    m_details->clearRecord();
    m_pendingSelection = m_settings ? m_settings->lastImage(m_cloud.name) : QString();
    if (CloudSession* session = entry->session) {
        connectSession(session);
        bindAdapter(session->state() == CloudSession::State::SignedIn ? session->adapter() : nullptr);
    } else {
        bindAdapter(entry->adapter);
    }
    if (m_adapter)
        showStashed();
    updateStatus();
}

void MainWindow::stashCurrent()
{
    if (m_current < 0 || isLoading() || m_model->rowCount() == 0 || m_loader == nullptr ||
        m_loader->error().has_value())
        return;
    rememberSelection();
    m_stash.insert(m_cloud.name, Stash{m_model->takeRecords(), m_listedFilters});
}

bool MainWindow::showStashed()
{
    const auto it = m_stash.find(m_cloud.name);
    if (it == m_stash.end())
        return false;
    Stash stash = std::move(*it);
    m_stash.erase(it);
    m_listedFilters = stash.filters;
    m_model->append(stash.records);
    onPageLoaded();
    return true;
}

void MainWindow::rememberSelection()
{
    const std::optional<ImageRecord> record = selectedRecord();
    if (!record || !m_settings || m_cloud.name.isEmpty())
        return;
    m_settings->setLastImage(m_cloud.name, record->id);
}

bool MainWindow::selectImage(const QString& id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ImageTableModel::Name));
    if (row < 0 || !index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void MainWindow::setSettings(AppSettings* settings)
{
    m_settings = settings;
    if (m_downloads)
        m_downloads->setSettings(settings);
    // A cloud chosen before (a fixed one, given to the constructor): its last image, once listed.
    if (m_settings && m_pendingSelection.isEmpty() && !m_cloud.name.isEmpty() && m_model->rowCount() == 0)
        m_pendingSelection = m_settings->lastImage(m_cloud.name);
}

QLineEdit* MainWindow::filterEdit() const
{
    return m_filterBar->lineEdit();
}

void MainWindow::bindAdapter(ImageAdapter* adapter)
{
    if (m_showJob)
        m_showJob->abort();
    delete m_loader;
    m_loader = nullptr;
    m_adapter = adapter;
    updateActions();
    if (!adapter)
        return;
    QMetaObject::invokeMethod(this, &MainWindow::resumeRestored, Qt::QueuedConnection);
    m_loader = new ImageListLoader(m_adapter, this);
    connect(m_loader, &ImageListLoader::pageLoaded, this, [this](const QList<ImageRecord>& images) {
        m_lastRequestMs = m_requestTimer.restart();
        m_lastRequestAt = QDateTime::currentDateTime();
        m_model->append(images);
        onPageLoaded();
        Q_EMIT pageAdded();
    });
    connect(m_loader, &ImageListLoader::finished, this, &MainWindow::onListingFinished);
    m_skipped->watch(m_loader);
}

void MainWindow::connectSession(CloudSession* session)
{
    if (m_connectedSessions.contains(session))
        return;
    m_connectedSessions.append(session);
    connect(session, &QObject::destroyed, this, [this, session] { m_connectedSessions.removeAll(session); });
    connect(session, &CloudSession::ready, this, [this, session] {
        if (session != currentSession())
            return;
        if (m_adapter != session->adapter())
            bindAdapter(session->adapter());
        startListing();
        resumeRestored(); // downloads waiting for this cloud or for a new token
    });
    connect(session, &CloudSession::secretRequired, this,
            [this, session](const QString& kind, const QString& reason) {
                if (session != currentSession())
                    return;
                updateStatus();
                m_sidebar->askForSecret(session, kind, reason);
            });
    connect(session, &CloudSession::failed, this, [this, session](const ApiError& error) {
        if (session != currentSession())
            return;
        m_banner->showError(error);
        updateStatus();
        if (m_reauthenticating) { // the listing that was refused ends here
            m_reauthenticating = false;
            Q_EMIT listingFinished();
        }
    });
    connect(session, &CloudSession::stateChanged, this, &MainWindow::updateStatus);
    connect(session, &CloudSession::forgotten, this, [this, session] {
        if (session != currentSession())
            return;
        bindAdapter(nullptr);
        m_model->clear();
        m_details->clearRecord();
        m_banner->showMessage(
            tr("Signed out of %1; its secrets are no longer in the keychain.").arg(session->profile().name));
        updateStatus();
    });
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
    toolbar->addAction(m_selection->compareAction());
    toolbar->addAction(m_selection->exportAction());

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        menu.addAction(m_downloadAction);
        menu.addSeparator();
        menu.addActions(
            {m_selection->copyCellAction(), m_selection->copyIdAction(), m_selection->copyNameAction()});
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

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions(
        {m_selection->copyCellAction(), m_selection->copyIdAction(), m_selection->copyNameAction()});
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
    m_viewMenu = view;

    QMenu* image = menuBar()->addMenu(tr("&Image"));
    QAction* details = image->addAction(tr("Show &Details"), this, [this] {
        m_details->setCurrentIndex(ImageDetailsView::OverviewTab);
        m_details->setFocus(Qt::ShortcutFocusReason);
    });
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    image->addAction(m_downloadAction);
    image->addSeparator();
    image->addActions({m_selection->pinAction(), m_selection->compareAction()});
}

bool MainWindow::isLoading() const
{
    return m_loader && m_loader->isRunning();
}

void MainWindow::refresh()
{
    // A profile signs in first (from the keychain, or by asking), and again shortly before its
    // token expires; ready() then lists.
    if (CloudSession* session = currentSession()) {
        m_banner->dismiss();
        if (session->state() != CloudSession::State::SignedIn) {
            session->signIn();
            updateStatus();
            return;
        }
        if (session->needsRefresh()) {
            session->reauthenticate();
            updateStatus();
            return;
        }
    }
    startListing();
}

void MainWindow::startListing()
{
    if (!m_loader)
        return;
    m_banner->dismiss();
    m_skipped->reset();
    if (const std::optional<ImageRecord> record = selectedRecord())
        m_pendingSelection = record->id; // a refresh keeps the selection
    m_model->clear();
    m_details->clearRecord();
    const PageRequest first = firstPage();
    m_listedFilters = first.filters;
    m_requestTimer.start();
    // A server whose `next` never ends stops at the cap (settings: listing/maxImages).
    if (m_settings)
        m_loader->setImageCap(m_settings->imageCap());
    m_loader->start(first);
    updateStatus();
}

PageRequest MainWindow::firstPage() const
{
    PageRequest first;
    first.limit = kPageSize;
    if (!m_adapter)
        return first;
    // The server's own order (so the first page holds the first rows) and filters, where the
    // dialect has them; the table sorts and filters the rest itself.
    const QString key = ImageTableModel::serverSortKey(m_view->horizontalHeader()->sortIndicatorSection());
    if (m_adapter->sortsOnServer() && !key.isEmpty()) {
        const bool ascending = m_view->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder;
        first.sort = key + (ascending ? u":asc"_s : u":desc"_s);
    }
    first.filters = m_proxy->query().serverFilters(m_adapter->serverFilterKeys());
    return first;
}

void MainWindow::askServerToFilter()
{
    // Enter in the filter box: terms the server answers itself (Glance v2: status:, tag:,
    // owner:...) list again with them, so a large cloud sends only what matches. While typing,
    // the table filters what it has.
    m_filterBar->applyNow();
    if (m_adapter && m_proxy->query().serverFilters(m_adapter->serverFilterKeys()) != m_listedFilters)
        refresh();
}

void MainWindow::onFilterChanged()
{
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    updateStatus();
}

void MainWindow::onPageLoaded()
{
    if (!m_pendingSelection.isEmpty() && selectImage(m_pendingSelection))
        m_pendingSelection.clear();
    else if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0 && m_pendingSelection.isEmpty())
        m_view->selectRow(0);
    updateStatus();
}

void MainWindow::onListingFinished()
{
    const std::optional<ApiError> error = m_loader->error();
    // A refused token (revoked, expired early): sign in again once, then list again.
    if (error && error->kind == ApiError::Kind::Unauthorized && currentSession() && !m_reauthenticating) {
        m_reauthenticating = true;
        currentSession()->reauthenticate();
        updateStatus();
        return;
    }
    if (!error)
        m_reauthenticating = false;
    if (error) {
        m_lastRequestMs = m_requestTimer.elapsed();
        m_lastRequestAt = QDateTime::currentDateTime();
        m_banner->showError(*error);
    } else if (m_loader->stoppedAtCap()) {
        m_banner->showMessage(tr("Showing the first %L1 images: the server kept sending pages. "
                                 "The limit is listing/maxImages in Skylight's settings.")
                                  .arg(m_loader->loadedCount()));
    }
    // The remembered image is not listed (any more): fall back to the first row.
    if (!m_pendingSelection.isEmpty()) {
        m_pendingSelection.clear();
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->selectRow(0);
    }
    updateStatus();
    Q_EMIT listingFinished();
}

std::optional<ImageRecord> MainWindow::selectedRecord() const
{
    return m_model->record(m_proxy->mapToSource(m_view->currentIndex()).row());
}

void MainWindow::updateActions()
{
    const std::optional<ImageRecord> record = selectedRecord();
    m_downloadAction->setEnabled(m_queue && m_adapter && record && record->status == u"active"_s);
    m_selection->updateActions();
}

void MainWindow::openLink(const ImageLink& link)
{
    // self: this image, fetched again; file: its binary, downloaded; anything else: the browser.
    if (link.rel == u"self"_s) {
        onCurrentRowChanged();
        return;
    }
    if (link.rel == u"file"_s) {
        downloadSelected();
        return;
    }
    const QUrl url(link.href);
    if (url.scheme() != u"http"_s && url.scheme() != u"https"_s) {
        m_banner->showMessage(
            tr("Skylight opens only web links in the browser; this one is %1.").arg(link.href));
        return;
    }
    if (!QDesktopServices::openUrl(url))
        m_banner->showMessage(tr("No web browser could open %1.").arg(link.href));
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
    connect(m_downloads, &DownloadController::failed, m_banner, &ErrorBanner::showError);
    connect(m_downloads, &DownloadController::message, m_banner,
            [this](const QString& text) { m_banner->showMessage(text); });
    connect(queue, &TransferQueue::sourceNeeded, this,
            [this](int id) { m_downloads->locateAndResume(id, m_adapter, m_cloud.name); });
    // A download refused for its token: sign in again once, then it resumes (see ready()).
    connect(queue, &TransferQueue::changed, this, [this](int row) {
        const Transfer& transfer = m_queue->transfers().at(row);
        CloudSession* session = currentSession();
        if (transfer.state != Transfer::State::Failed || transfer.error != ApiError::Kind::Unauthorized ||
            transfer.reauthenticated || transfer.cloud != m_cloud.name || !session)
            return;
        m_queue->requireNewToken(transfer.id);
        session->reauthenticate();
    });
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
        m_downloads->resumeWaiting(m_adapter, m_cloud.name);
}

bool MainWindow::downloadSelected(const QString& path)
{
    const std::optional<ImageRecord> record = selectedRecord();
    if (!m_downloads || !m_adapter || !record)
        return false;
    return m_downloads->download(m_adapter, m_cloud.name, *record, path);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    const int active = m_queue ? m_queue->activeCount() : 0;
    if (active > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Downloads running"),
            tr("%n download(s) still running. Quit anyway? They stop where they are and resume "
               "on the next start, once their cloud is open.",
               nullptr, active));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        for (const Transfer& transfer : m_queue->transfers())
            m_queue->pause(transfer.id);
    }
    if (m_settings) {
        if (m_queue)
            m_queue->saveState(m_settings); // the next start resumes them
        rememberSelection();
        saveLayout(m_settings);
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::saveLayout(AppSettings* settings) const
{
    settings->setWindowGeometry(saveGeometry());
    settings->setWindowState(saveState());
    m_view->saveColumns(settings);
    settings->sync();
}

void MainWindow::restoreLayout(AppSettings* settings)
{
    restoreGeometry(settings->windowGeometry());
    restoreState(settings->windowState());
    m_view->restoreColumns(settings);
}

void MainWindow::onCurrentRowChanged()
{
    updateActions();
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const std::optional<ImageRecord> record = m_model->record(current.row());
    if (!record) {
        m_details->clearRecord();
        return;
    }
    m_details->showRecord(*record);

    // Fetch the image on its own: the freshest details and the show response as the raw view.
    if (m_showJob)
        m_showJob->abort();
    ImageShowJob* job = m_adapter->show(record->id);
    m_showJob = job;
    const QString id = record->id;
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    job->then(this, [this, id, started](const Result<ImageRecord>& result) {
        if (result || result.error().kind != ApiError::Kind::Cancelled) {
            m_lastRequestMs = started->elapsed();
            m_lastRequestAt = QDateTime::currentDateTime();
            updateStatus();
        }
        if (result) {
            m_model->update(*result);
            if (m_view->currentIndex().data(ImageTableModel::IdRole).toString() == id)
                m_details->showRecord(*result);
        } else if (result.error().kind == ApiError::Kind::Unauthorized && currentSession() &&
                   !m_reauthenticating) {
            // A refused token: sign in again once; the list (and this selection) is loaded again.
            m_reauthenticating = true;
            currentSession()->reauthenticate();
        } else if (result.error().kind == ApiError::Kind::Cancelled) {
            return; // another image was selected: its own request reports
        } else {
            m_banner->showError(result.error());
        }
        Q_EMIT detailsFinished();
    });
}

void MainWindow::updateStatus()
{
    QStringList parts;
    parts << (m_cloud.name.isEmpty() ? tr("No cloud") : m_cloud.name);
    if (const CloudSession* session = currentSession();
        session && session->state() != CloudSession::State::SignedIn)
        parts << CloudListModel::stateText(session->state());
    if (m_adapter) {
        parts << m_adapter->endpoint().toDisplayString(QUrl::RemoveUserInfo);
        parts << dialectName(m_adapter->dialect());
    }
    if (m_proxy->rowCount() == m_model->rowCount())
        parts << tr("%Ln image(s)", nullptr, m_model->rowCount());
    else
        parts << tr("%1 of %Ln image(s)", nullptr, m_model->rowCount())
                     .arg(QLocale().toString(m_proxy->rowCount()));
    if (!m_listedFilters.isEmpty()) {
        QStringList terms;
        for (const auto& [key, value] : std::as_const(m_listedFilters))
            terms << key + u':' + value;
        parts << tr("filtered by the server: %1").arg(terms.join(u' '));
    }
    if (isLoading())
        parts << tr("loading…");
    if (m_lastRequestMs >= 0)
        parts << tr("last request %1 ms at %2")
                     .arg(m_lastRequestMs)
                     .arg(QLocale().toString(m_lastRequestAt.time(), QLocale::ShortFormat));
    m_statusLabel->setText(parts.join(u"  ·  "_s));
}

} // namespace Skylight
