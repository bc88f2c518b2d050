// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagerecord.h"

#include <QMainWindow>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;

namespace Skylight {

class AppSettings;
class BrowsingController;
class ChangingImages;
class CloudBrowsers;
class CloudInfoController;
class CloudController;
class DownloadController;
class CloudSession;
class CloudSidebar;
class CopyAsCommand;
class ErrorBanner;
class FilterBar;
class FirstRunPage;
class ImageAdapter;
class ImageDetailsView;
class ImageFilterProxyModel;
class ImageTableModel;
class ImageTableView;
class InspectController;
class SchemaController;
class SelectionActions;
class ScopeSelector;
class TransferQueue;
class TransfersPanel;

// What the window shows about the cloud it browses.
struct CloudDescription
{
    QString name; // "Demo cloud", a profile name...
    bool isDemo = false;
};

// The image browser: the clouds in a sidebar with their sign-in state, the current cloud's images
// in a sortable, filterable table, the selected image's details beside it, errors in an inline
// banner. Talks to clouds only through their adapters and sessions: signs in when a cloud is
// chosen, asks for a secret when one is needed, and signs in again once when a token is refused.
// The window holds the layout and the wiring: each cloud is browsed by its own CloudBrowser (rows,
// loader, selection to come back to), BrowsingController shows and lists the current one through
// the one proxy, and SelectionActions says what is selected (and what can be done with it).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `adapter` may be null: the window then explains how to choose a cloud.
    MainWindow(ImageAdapter* adapter, CloudDescription cloud, QWidget* parent = nullptr);
    // With profiles: the controller's clouds (clouds.yaml, OS_*, created in the app...).
    explicit MainWindow(CloudController* clouds, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Adds a fixed cloud; the first one added to an empty window becomes current.
    void addCloud(ImageAdapter* adapter, const CloudDescription& cloud);
    // Makes the cloud at `index` current: signs in if it must (then lists), else shows it.
    void setCurrentCloud(int index);
    int cloudCount() const;
    int currentCloud() const;
    CloudController* clouds() const { return m_clouds; }
    CloudSidebar* cloudSidebar() const { return m_sidebar; }
    QDockWidget* cloudDock() const { return m_dock; }
    // What the cloud's Image API says of itself, in the "Cloud information" dock.
    CloudInfoController* cloudInfo() const { return m_cloudInfo; }

    void refresh();

    // The page shown instead of the images while there is no cloud at all (first run).
    FirstRunPage* firstRunPage() const { return m_firstRun; }
    bool isFirstRunPageShown() const;
    // Shows the first-run page (or the images) whatever the clouds; the next change of the cloud
    // list decides again. For the screenshot tour.
    void showFirstRunPage(bool shown);
    // Where the window keeps what it remembers (layout on close, each cloud's last selected
    // image, unfinished downloads). Without settings it remembers nothing.
    void setSettings(AppSettings* settings);

    // Downloads go to this queue (the Download action is off without one). Set once, when the
    // window is wired; the queue must outlive the window.
    void setTransferQueue(TransferQueue* queue);
    TransfersPanel* transfersPanel() const { return m_transfers; }
    QDockWidget* transfersDock() const { return m_transfersDock; }
    QAction* downloadAction() const { return m_downloadAction; }
    // Downloads the selected image to `path`; with no path, asks where (a save dialog proposing a
    // safe name in the last download folder). Returns false when nothing was started (and says why).
    bool downloadSelected(const QString& path = QString());
    // Lists the downloads an earlier run left unfinished; each resumes once its cloud is open.
    void restoreDownloads(AppSettings* settings);
    // Window geometry, docks, and the image table's columns (order, widths, hidden ones, sort);
    // saved when the window closes. Several windows (runs) share the settings: after
    // restoreLayout(), each of the three is written only when this window changed it, so that the
    // window closed last does not put back what another one changed.
    void saveLayout(AppSettings* settings) const;
    void restoreLayout(AppSettings* settings);

    // The rows of the cloud shown (an empty model when there is none).
    ImageTableModel* imageModel() const;
    // The live browsers, one per cloud recently shown (at most browsers()->capacity()).
    CloudBrowsers* browsers() const;
    BrowsingController* browsing() const { return m_browsing; }
    ImageFilterProxyModel* proxyModel() const { return m_proxy; }
    ImageTableView* imageView() const { return m_view; }
    ImageDetailsView* detailsView() const { return m_details; }
    ErrorBanner* errorBanner() const { return m_banner; }
    FilterBar* filterBar() const { return m_filterBar; }
    QLineEdit* filterEdit() const;
    SelectionActions* selectionActions() const { return m_selection; }
    CopyAsCommand* copyAsCommand() const { return m_commands; }
    // The Inspect action's logic: off until given a starter (setStarter) and, to keep verdicts
    // between runs, a cache (setCache).
    InspectController* inspectController() const { return m_inspect; }
    // The image schema of the cloud shown (tooltips, kinds, completion); kept between runs with
    // a cache (setCache).
    SchemaController* schemaController() const { return m_schema; }
    // The images still changing on the server that refresh by themselves while shown.
    ChangingImages* changingImages() const { return m_changing; }
    QLabel* statusLabel() const { return m_statusLabel; }
    // Selects the image with this id if it is listed (and scrolls to it).
    bool selectImage(const QString& id);
    // Lasting notices (the keychain cannot be reached...), in the status bar.
    QLabel* noticeLabel() const { return m_noticeLabel; }
    bool isLoading() const;

Q_SIGNALS:
    // The list finished loading (successfully or not).
    void listingFinished();
    // A page of the listing was added to the table.
    void pageAdded();
    // Fresh details for the selected image arrived (or failed).
    void detailsFinished();

private:
    // Said once and kept in sight in the status bar (a banner is gone with the next listing): the
    // summary in the status bar, the whole message in its tooltip and in the banner.
    void showNotice(const QString& summary, const QString& message);
    void buildActions();
    void buildMenus();
    void resumeRestored();
    // After clouds were removed (and at the start): no cloud shown, no trace of one.
    void followCloudList();
    void wireChangingImages();
    void updateActions();
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    // The notice and the demo badge in colours that read on the palette in use.
    void applyThemeColors();
    void updateStatus();
    // Tab goes pane to pane: clouds, banner, filter bar, images, details, downloads.
    void updateTabOrder();

    CloudController* m_clouds;
    AppSettings* m_settings = nullptr;
    CloudSidebar* m_sidebar = nullptr;
    QDockWidget* m_dock = nullptr;
    CloudDescription m_cloud;
    QAction* m_demoBadgeAction = nullptr;
    ImageFilterProxyModel* m_proxy;
    ImageTableView* m_view;
    ImageDetailsView* m_details;
    ErrorBanner* m_banner;
    FilterBar* m_filterBar;
    SelectionActions* m_selection;
    CopyAsCommand* m_commands = nullptr;
    InspectController* m_inspect = nullptr;
    SchemaController* m_schema = nullptr;
    ChangingImages* m_changing = nullptr;
    BrowsingController* m_browsing = nullptr;
    CloudInfoController* m_cloudInfo = nullptr;
    QLabel* m_statusLabel;
    QLabel* m_noticeLabel;
    TransferQueue* m_queue = nullptr;
    DownloadController* m_downloads = nullptr;
    TransfersPanel* m_transfers = nullptr;
    QDockWidget* m_transfersDock = nullptr;
    QAction* m_downloadAction = nullptr;
    QMenu* m_viewMenu = nullptr;
    QStackedWidget* m_pages = nullptr;
    FirstRunPage* m_firstRun = nullptr;
    ScopeSelector* m_scopes = nullptr;
    // The layout as restoreLayout() left it (taken again once shown): what saveLayout() compares.
    struct Layout
    {
        QByteArray geometry;
        QByteArray state;
        QList<int> columns;
    };
    Layout currentLayout() const;
    std::optional<Layout> m_restoredLayout;
    bool m_layoutSettles = false; // restored before the window was shown
};

} // namespace Skylight
