// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/screenshottour.h"

#include "adapters/imageadapter.h"
#include "controllers/cloudinfocontroller.h"
#include "controllers/imagesharingcontroller.h"
#include "controllers/inspectcontroller.h"
#include "controllers/selectionactions.h"
#include "download/transferqueue.h"
#include "models/membertablemodel.h"
#include "models/overviewmodel.h"
#include "widgets/cloudinfopanel.h"
#include "widgets/imagedetailsview.h"
#include "widgets/imagesharingtab.h"
#include "widgets/imagetableview.h"
#include "widgets/mainwindow.h"
#include "widgets/scopeselector.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPixmap>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
// Time for the window to paint what it was just asked to show.
constexpr int settleMs = 400;
// How long the demo cloud may take to answer what a picture shows.
constexpr int waitMs = 20000;
// What the images keep of the window's width while a details picture needs more.
constexpr int minImagesWidth = 360;

// Shows the columns of `table` whole, as a user would widen the pane: `pane` (the details, beside
// the images in a splitter) widened for every column's longest text, the images keeping
// minImagesWidth.
// Returns the splitter's sizes to put back.
QList<int> widenForColumns(QWidget* pane, QTableView* table)
{
    auto* splitter = qobject_cast<QSplitter*>(pane->parentWidget());
    const int index = splitter ? splitter->indexOf(pane) : -1;
    if (!splitter || splitter->count() != 2 || index < 0 || !table)
        return {};
    const QList<int> before = splitter->sizes();
    const QHeaderView* header = table->horizontalHeader();
    if (header->count() == 0)
        return {};
    // What every column's longest text needs, stretched ones too (sizeHintForColumn is public
    // in QAbstractItemView).
    const QAbstractItemView* view = table;
    int wanted = pane->width() - table->viewport()->width(); // the pane's frame and margins
    for (int column = 0; column < header->count(); ++column)
        wanted += std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column)) + 8;
    const int total = before.at(0) + before.at(1);
    const int width =
        std::clamp(wanted, before.at(index), std::max(before.at(index), total - minImagesWidth));
    QList<int> sizes{total - width, total - width};
    sizes[index] = width;
    splitter->setSizes(sizes);
    return before;
}
} // namespace

ScreenshotTour::ScreenshotTour(MainWindow* window, TransferQueue* queue, const QString& directory,
                               QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_queue(queue)
    , m_directory(directory)
{}

void ScreenshotTour::start()
{
    if (!QDir().mkpath(m_directory)) {
        m_error = tr("Could not create the folder %1.").arg(m_directory);
        QTimer::singleShot(0, this, [this] { finish(false); });
        return;
    }
    connect(m_window, &MainWindow::detailsFinished, this, [this] {
        if (m_started)
            return;
        m_started = true;
        QTimer::singleShot(settleMs, this, [this] {
            if (save(u"main-window.png"_s))
                takeDetailsTabs();
        });
    });
}

void ScreenshotTour::takeDetailsTabs()
{
    static const std::pair<ImageDetailsView::Tab, const char*> tabs[] = {
        {ImageDetailsView::OverviewTab, "details-overview.png"},
        {ImageDetailsView::PropertiesTab, "details-properties.png"},
        {ImageDetailsView::LinksTab, "details-links.png"},
        {ImageDetailsView::RawTab, "details-raw.png"},
    };
    for (const auto& [tab, file] : tabs) {
        m_window->detailsView()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        if (!save(QString::fromLatin1(file)))
            return;
    }
    m_window->detailsView()->setCurrentIndex(ImageDetailsView::OverviewTab);
    takeSharing();
}

void ScreenshotTour::takeSharing()
{
    // The demo project's shared image with three members (accepted, pending, rejected), its
    // Sharing tab in sight: the members are asked for then, and shown.
    QAbstractItemView* table = m_window->imageView();
    m_beforeSharing = table->currentIndex();
    const QModelIndexList shared = table->model()->match(
        table->model()->index(0, 0), Qt::DisplayRole, u"debian-12-genericcloud-amd64"_s, 1, Qt::MatchExactly);
    auto* sharing = m_window->findChild<ImageSharingController*>();
    if (shared.isEmpty() || !sharing) {
        m_error = tr("The demo cloud's shared image is not listed for the sharing picture.");
        finish(false);
        return;
    }
    table->setCurrentIndex(shared.constFirst());
    QCoreApplication::processEvents();
    const QString id = m_window->selectionActions()->currentId();
    if (id.isEmpty()) {
        m_error = tr("The demo cloud's shared image could not be selected for the sharing picture.");
        finish(false);
        return;
    }
    m_sharing = true;
    connect(sharing, &ImageSharingController::membersShown, this, [this, id](const QString& shown) {
        if (!m_sharing || shown != id)
            return;
        m_sharing = false;
        ImageDetailsView* details = m_window->detailsView();
        if (details->sharingTab()->model()->rowCount() == 0) {
            m_error = tr("The shared image's members are not shown for the sharing picture: %1")
                          .arg(details->sharingTab()->messageLabel()->text());
            finish(false);
            return;
        }
        const QList<int> sizes = widenForColumns(details, details->sharingTab()->table());
        QTimer::singleShot(settleMs, this, [this, details, sizes] {
            const bool saved = save(u"details-sharing.png"_s);
            if (auto* splitter = qobject_cast<QSplitter*>(details->parentWidget());
                splitter && !sizes.isEmpty())
                splitter->setSizes(sizes);
            // Back to what the other pictures show (the Overview first: no members asked for).
            details->setCurrentIndex(ImageDetailsView::OverviewTab);
            if (m_beforeSharing.isValid())
                m_window->imageView()->setCurrentIndex(m_beforeSharing);
            QCoreApplication::processEvents();
            if (saved)
                takeCloudInfo();
        });
    });
    QTimer::singleShot(waitMs, this, [this] {
        if (!m_sharing)
            return;
        m_sharing = false;
        m_error = tr("The shared image's members did not arrive in time for the sharing picture.");
        finish(false);
    });
    m_window->detailsView()->setCurrentIndex(ImageDetailsView::SharingTab);
}

void ScreenshotTour::takeCloudInfo()
{
    // View > Cloud Information: the stores, import methods and quotas of the cloud shown.
    CloudInfoController* info = m_window->cloudInfo();
    auto* dock = info ? qobject_cast<QDockWidget*>(info->panel()->parentWidget()) : nullptr;
    if (!dock || !info->adapter()) {
        m_error = tr("The window has no cloud information to show.");
        finish(false);
        return;
    }
    m_cloudInfo = true;
    connect(
        info, &CloudInfoController::finished, this,
        [this, info, dock] {
            if (!m_cloudInfo)
                return;
            m_cloudInfo = false;
            using Section = CloudInfoPanel::Section;
            for (Section section : {Section::Stores, Section::Import, Section::Usage}) {
                if (info->panel()->state(section) != CloudInfoPanel::State::Shown) {
                    dock->hide();
                    m_error = tr("The cloud information picture lacks a section: %1")
                                  .arg(info->panel()->message(section));
                    finish(false);
                    return;
                }
            }
            QTimer::singleShot(settleMs, this, [this, dock] {
                const bool saved = save(u"cloud-info.png"_s);
                dock->hide(); // the other pictures are taken without it
                if (saved)
                    takeContents();
            });
        },
        Qt::SingleShotConnection);
    QTimer::singleShot(waitMs, this, [this, dock] {
        if (!m_cloudInfo)
            return;
        m_cloudInfo = false;
        dock->hide();
        m_error = tr("The cloud information did not arrive in time for its picture.");
        finish(false);
    });
    dock->show(); // asks the cloud, unless the panel shows its answers already: then again
    if (!info->isLoading())
        info->refresh();
}

void ScreenshotTour::takeContents()
{
    // The demo's unsafe image (a qcow2 naming /etc/passwd as its backing file) when it is listed,
    // else the selected one, inspected; its Overview scrolled to the Contents section.
    QAbstractItemView* table = m_window->imageView();
    m_beforeContents = table->currentIndex();
    const QModelIndexList unsafe = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole,
                                                         u"alpine-3.20-cloud-r2"_s, 1, Qt::MatchExactly);
    if (!unsafe.isEmpty()) {
        table->setCurrentIndex(unsafe.constFirst());
        QCoreApplication::processEvents();
    }
    m_inspected = table->currentIndex();
    InspectController* inspect = m_window->inspectController();
    const QString id = m_window->selectionActions()->currentId();
    if (id.isEmpty() || !inspect->action()->isEnabled()) {
        qWarning().noquote() << tr("Inspection is not available: contents-unsafe.png is left out.");
        startDownloads();
        return;
    }
    m_inspecting = true;
    connect(inspect, &InspectController::verdictReady, this, [this, id](const QString& inspected) {
        if (!m_inspecting || inspected != id)
            return;
        m_inspecting = false;
        QTimer::singleShot(settleMs, this, [this] {
            ImageDetailsView* details = m_window->detailsView();
            details->setCurrentIndex(ImageDetailsView::OverviewTab);
            const int format = details->overviewModel()->rowOf(u"inspection.format"_s);
            QTableView* overview = details->table(ImageDetailsView::OverviewTab);
            if (format > 0) // from the section's heading, just above
                overview->scrollTo(details->overviewModel()->index(format - 1, 0),
                                   QAbstractItemView::PositionAtTop);
            QCoreApplication::processEvents();
            const bool saved = save(u"contents-unsafe.png"_s);
            overview->scrollToTop();
            if (m_beforeContents.isValid())
                m_window->imageView()->setCurrentIndex(m_beforeContents);
            if (saved)
                startDownloads();
        });
    });
    connect(inspect, &InspectController::failed, this,
            [this, id](const QString& failedId, const ApiError& error) {
                if (!m_inspecting || failedId != id)
                    return;
                m_inspecting = false;
                m_error =
                    tr("The image could not be inspected for the contents picture: %1").arg(error.message);
                finish(false);
            });
    QTimer::singleShot(waitMs, this, [this] {
        if (!m_inspecting)
            return;
        m_inspecting = false;
        m_error = tr("The inspection for the contents picture did not finish in time.");
        finish(false);
    });
    inspect->action()->trigger();
}

void ScreenshotTour::startDownloads()
{
    if (!m_downloads.isValid() || !m_queue) {
        m_error = tr("No folder to download into for the transfers picture.");
        finish(false);
        return;
    }
    connect(m_queue, &TransferQueue::changed, this, &ScreenshotTour::onTransferChanged);
    m_window->transfersDock()->show();
    // The selected image and the one below it, so the panel shows more than one row.
    QItemSelectionModel* selection = m_window->imageView()->selectionModel();
    const QModelIndex first = selection->currentIndex();
    const int rows = m_window->imageView()->model()->rowCount();
    m_downloading = true;
    int started = 0;
    // (Not the image of the contents picture: its download would be refused, and asked about.)
    const int skipped = m_inspected.isValid() ? m_inspected.row() : -1;
    const int second = first.row() + 1 == skipped ? first.row() + 2 : first.row() + 1;
    for (int row : {first.row(), second}) {
        if (row < 0 || row >= rows || row == skipped)
            continue;
        m_window->imageView()->setCurrentIndex(first.siblingAtRow(row));
        QCoreApplication::processEvents();
        if (m_window->downloadSelected(m_downloads.filePath(u"image-%1"_s.arg(row))))
            ++started;
    }
    m_window->imageView()->setCurrentIndex(first);
    if (started == 0) {
        m_error = tr("The demo cloud's images could not be downloaded for the transfers picture.");
        finish(false);
        return;
    }
    QTimer::singleShot(waitMs, this, [this] {
        if (!m_downloading)
            return;
        m_error = tr("The downloads for the transfers picture did not finish in time.");
        finish(false);
    });
}

void ScreenshotTour::onTransferChanged()
{
    if (!m_downloading || m_queue->activeCount() > 0)
        return;
    m_downloading = false;
    QTimer::singleShot(settleMs, this, [this] {
        if (save(u"transfers.png"_s))
            takeScope();
    });
}

void ScreenshotTour::takeScope()
{
    // The community images, which Glance lists only when asked: the visibility scope chosen.
    if (QDockWidget* transfers = m_window->transfersDock())
        transfers->hide();
    auto* selector = m_window->findChild<ScopeSelector*>();
    QComboBox* combo = selector ? selector->comboBox() : nullptr;
    const int index =
        combo ? combo->findData(ListScope{ListScope::Visibility::Community}.toSettingsValue()) : -1;
    if (index < 0 || !combo->isEnabled()) {
        m_error = tr("The window has no visibility scope to show.");
        finish(false);
        return;
    }
    // The scope is kept per cloud: the one the user had is chosen again once the picture is taken.
    const int before = combo->currentIndex();
    connect(
        m_window, &MainWindow::listingFinished, this,
        [this, combo, before] {
            QTimer::singleShot(settleMs, this, [this, combo, before] {
                const bool saved = save(u"visibility-scope.png"_s);
                combo->setCurrentIndex(before);
                Q_EMIT combo->activated(before);
                if (saved)
                    takeFirstRunPage();
            });
        },
        Qt::SingleShotConnection);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

void ScreenshotTour::takeFirstRunPage()
{
    // What a first start with no cloud shows: the page alone, without the demo's sidebar.
    const bool clouds = m_window->cloudDock()->isVisible();
    const bool transfers = m_window->transfersDock()->isVisible();
    const QString title = m_window->windowTitle();
    m_window->cloudDock()->hide();
    m_window->transfersDock()->hide();
    m_window->showFirstRunPage(true);
    m_window->setWindowTitle(tr("Skylight"));
    QTimer::singleShot(settleMs, this, [this, clouds, transfers, title] {
        const bool saved = save(u"first-run.png"_s);
        m_window->showFirstRunPage(false);
        m_window->setWindowTitle(title);
        m_window->cloudDock()->setVisible(clouds);
        m_window->transfersDock()->setVisible(transfers);
        if (saved)
            finish(true);
    });
}

bool ScreenshotTour::save(const QString& name)
{
    const QString path = QDir(m_directory).filePath(name);
    if (!m_window->grab().save(path)) {
        m_error = tr("Could not write the picture %1.").arg(path);
        finish(false);
        return false;
    }
    m_written.append(path);
    return true;
}

void ScreenshotTour::finish(bool ok)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(ok);
}

} // namespace Skylight
