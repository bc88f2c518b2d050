#include "mainwindow.h"

#include "adapters/imageadapter.h"
#include "adapters/imagelistloader.h"
#include "cloudsession.h"
#include "cloudsidebar.h"
#include "controllers/cloudcontroller.h"
#include "controllers/downloadcontroller.h"
#include "errorbanner.h"
#include "imagedetailsview.h"
#include "models/cloudlistmodel.h"
#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"
#include "transferqueue.h"
#include "transferspanel.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr int kPageSize = 200;
}

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
    , m_view(new QTableView(this))
    , m_details(new ImageDetailsView(this))
    , m_banner(new ErrorBanner(this))
    , m_filter(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
    , m_noticeLabel(new QLabel(this))
{
    setWindowTitle(tr("Skylight"));
    setObjectName(u"mainWindow"_s);

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setObjectName(u"imageTable"_s);
    m_view->setAccessibleName(tr("Images"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ImageTableModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ImageTableModel::Name, 280);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_filter->setPlaceholderText(tr("Filter by name, ID or property value (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter images"));
    m_filter->setClearButtonEnabled(true);
    m_filterDebounce.setSingleShot(true);
    m_filterDebounce.setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, &m_filterDebounce, qOverload<>(&QTimer::start));
    connect(&m_filterDebounce, &QTimer::timeout, this, [this] {
        m_proxy->setSearchText(m_filter->text());
        updateStatus();
    });

    buildActions();
    statusBar()->addWidget(m_statusLabel, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(m_banner, &ErrorBanner::retryRequested, this, &MainWindow::refresh);

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
        refresh();
    });
    connect(m_sidebar, &CloudSidebar::signInCancelled, this, [this](const QString& cloud) {
        m_banner->showMessage(
            tr("Not signed in to %1. Choose Sign In in the cloud list to try again.").arg(cloud));
    });
    // Said once, and kept in sight: a banner would be gone with the next listing.
    m_noticeLabel->setObjectName(u"noticeLabel"_s);
    m_noticeLabel->setStyleSheet(u"QLabel { color: #9a6700; font-weight: bold; }"_s);
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
    if (CloudSession* session = entry->session) {
        connectSession(session);
        bindAdapter(session->state() == CloudSession::State::SignedIn ? session->adapter() : nullptr);
    } else {
        bindAdapter(entry->adapter);
    }
    updateStatus();
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
        m_model->append(images);
        onPageLoaded();
    });
    connect(m_loader, &ImageListLoader::finished, this, &MainWindow::onListingFinished);
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

    m_downloadAction = new QAction(tr("&Download…"), this);
    m_downloadAction->setObjectName(u"downloadAction"_s);
    m_downloadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_downloadAction->setToolTip(tr("Download the selected image's binary, verified and resumable (Ctrl+D)"));
    m_downloadAction->setEnabled(false);
    connect(m_downloadAction, &QAction::triggered, this, [this] { downloadSelected(); });
    toolbar->addAction(m_downloadAction);

    auto* copyId = new QAction(tr("Copy &ID"), this);
    connect(copyId, &QAction::triggered, this, [this] {
        if (const ImageRecord* record = selectedRecord())
            QGuiApplication::clipboard()->setText(record->id);
    });
    auto* copyName = new QAction(tr("Copy &Name"), this);
    connect(copyName, &QAction::triggered, this, [this] {
        if (const ImageRecord* record = selectedRecord())
            QGuiApplication::clipboard()->setText(record->name.value_or(QString()));
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this, copyId, copyName](const QPoint& at) {
        QMenu menu(this);
        menu.addAction(m_downloadAction);
        menu.addSeparator();
        menu.addActions({copyId, copyName});
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });

    auto* refreshAction = toolbar->addAction(tr("&Refresh"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    refreshAction->setToolTip(tr("Reload the image list (Ctrl+R)"));
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    auto* findAction = new QAction(tr("&Filter"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(findAction);

    toolbar->addSeparator();
    toolbar->addWidget(m_filter);

    auto* badge = new QLabel(tr("Demo cloud"), this);
    badge->setObjectName(u"demoBadge"_s);
    badge->setAccessibleName(tr("Demo cloud badge"));
    badge->setToolTip(tr("You are browsing Skylight's built-in demo cloud, served from this computer."));
    badge->setStyleSheet(u"QLabel { background: #1f6feb; color: white; font-weight: bold;"
                         u" border-radius: 8px; padding: 3px 10px; margin-left: 8px; }"_s);
    m_demoBadgeAction = toolbar->addWidget(badge);
    m_demoBadgeAction->setVisible(false);
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
    m_model->clear();
    m_details->clearRecord();
    PageRequest first;
    first.limit = kPageSize;
    m_loader->start(first);
    updateStatus();
}

void MainWindow::onPageLoaded()
{
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
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
    if (error)
        m_banner->showError(*error);
    updateStatus();
    Q_EMIT listingFinished();
}

const ImageRecord* MainWindow::selectedRecord() const
{
    return m_model->record(m_proxy->mapToSource(m_view->currentIndex()).row());
}

void MainWindow::updateActions()
{
    const ImageRecord* record = selectedRecord();
    m_downloadAction->setEnabled(m_queue && m_adapter && record && record->status == u"active"_s);
}

void MainWindow::setTransferQueue(TransferQueue* queue)
{
    m_queue = queue;
    m_transfers = new TransfersPanel(queue, this);
    m_transfersDock = new QDockWidget(tr("Downloads"), this);
    m_transfersDock->setObjectName(u"transfersDock"_s);
    m_transfersDock->setWidget(m_transfers);
    addDockWidget(Qt::BottomDockWidgetArea, m_transfersDock);
    m_transfersDock->hide();
    connect(queue, &TransferQueue::added, this, [this] { m_transfersDock->show(); });
    m_downloads = new DownloadController(queue, this, this);
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

void MainWindow::restoreDownloads(QSettings* settings)
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
    const ImageRecord* record = selectedRecord();
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
    QSettings settings;
    if (m_queue)
        m_queue->saveState(&settings); // the next start resumes them
    saveLayout(&settings);
    QMainWindow::closeEvent(event);
}

void MainWindow::saveLayout(QSettings* settings) const
{
    settings->setValue(u"window/geometry"_s, saveGeometry());
    settings->setValue(u"window/state"_s, saveState());
    settings->setValue(u"window/imageColumns"_s, m_view->horizontalHeader()->saveState());
    settings->sync();
}

void MainWindow::restoreLayout(QSettings* settings)
{
    restoreGeometry(settings->value(u"window/geometry"_s).toByteArray());
    restoreState(settings->value(u"window/state"_s).toByteArray());
    m_view->horizontalHeader()->restoreState(settings->value(u"window/imageColumns"_s).toByteArray());
}

void MainWindow::onCurrentRowChanged()
{
    updateActions();
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const ImageRecord* record = m_model->record(current.row());
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
    connect(job, &ApiJob::finished, this, [this, job, id] {
        job->deleteLater();
        const Result<ImageRecord>& result = job->result();
        if (result) {
            m_model->update(*result);
            const ImageRecord* selected = m_model->record(m_proxy->mapToSource(m_view->currentIndex()).row());
            if (selected && selected->id == id)
                m_details->showRecord(*result);
        } else if (result.error().kind == ApiError::Kind::Unauthorized && currentSession() &&
                   !m_reauthenticating) {
            // A refused token: sign in again once; the list (and this selection) is loaded again.
            m_reauthenticating = true;
            currentSession()->reauthenticate();
        } else if (result.error().kind != ApiError::Kind::Cancelled) {
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
        parts << tr("%n image(s)", nullptr, m_model->rowCount());
    else
        parts << tr("%1 of %n image(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount());
    if (isLoading())
        parts << tr("loading…");
    m_statusLabel->setText(parts.join(u"  ·  "_s));
}

} // namespace Skylight
