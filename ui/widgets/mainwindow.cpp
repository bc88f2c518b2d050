#include "mainwindow.h"

#include "adapters/imageadapter.h"
#include "adapters/imagelistloader.h"
#include "errorbanner.h"
#include "imagedetailsview.h"
#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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
    : QMainWindow(parent)
    , m_chooser(new QComboBox(this))
    , m_model(new ImageTableModel(this))
    , m_proxy(new ImageFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_details(new ImageDetailsView(this))
    , m_banner(new ErrorBanner(this))
    , m_filter(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
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

    if (adapter) {
        addCloud(adapter, cloud);
    } else {
        m_banner->showMessage(
            tr("No cloud chosen. Start Skylight with --demo to browse the built-in demo cloud, "
               "or with --endpoint URL (token in OS_TOKEN)."));
    }
    updateStatus();
    resize(1280, 760);
}

void MainWindow::addCloud(ImageAdapter* adapter, const CloudDescription& cloud)
{
    m_clouds.append({adapter, cloud});
    m_chooser->addItem(cloud.name);
    m_chooserAction->setVisible(m_clouds.size() > 1);
    if (m_current < 0)
        setCurrentCloud(0);
}

void MainWindow::setCurrentCloud(int index)
{
    if (index < 0 || index >= m_clouds.size() || index == m_current)
        return;
    m_current = index;
    if (m_chooser->currentIndex() != index)
        m_chooser->setCurrentIndex(index);
    if (m_showJob)
        m_showJob->abort();
    delete m_loader;
    m_adapter = m_clouds.at(index).adapter;
    m_cloud = m_clouds.at(index).description;
    m_loader = new ImageListLoader(m_adapter, this);
    connect(m_loader, &ImageListLoader::pageLoaded, this, [this](const QList<ImageRecord>& images) {
        m_model->append(images);
        onPageLoaded();
    });
    connect(m_loader, &ImageListLoader::finished, this, &MainWindow::onListingFinished);
    setWindowTitle(tr("%1 — Skylight").arg(m_cloud.name));
    if (m_demoBadgeAction)
        m_demoBadgeAction->setVisible(m_cloud.isDemo);
    m_banner->dismiss();
    m_model->clear();
    m_details->clearRecord();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setMovable(false);

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

    m_chooser->setObjectName(u"cloudChooser"_s);
    m_chooser->setAccessibleName(tr("Cloud"));
    m_chooser->setToolTip(tr("The cloud whose images are shown"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_chooser, &QComboBox::activated, this, [this](int index) {
        setCurrentCloud(index);
        refresh();
    });
    m_chooserAction = toolbar->addWidget(m_chooser);
    m_chooserAction->setVisible(false);

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
    if (m_loader->error())
        m_banner->showError(*m_loader->error());
    updateStatus();
    Q_EMIT listingFinished();
}

void MainWindow::onCurrentRowChanged()
{
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
