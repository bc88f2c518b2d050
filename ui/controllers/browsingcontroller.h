// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/pagerequest.h"

#include <QObject>
#include <QPointer>

namespace Skylight {

class AppSettings;

class CloudBrowser;
class CloudBrowsers;
class CloudController;
class CloudSession;
class ErrorBanner;
class FilterBar;
class ImageAdapter;
class ImageDetailsView;
class ImageFilterProxyModel;
class ImageTableModel;
class ImageTableView;
class SelectionActions;

// Browsing the cloud the window shows: opens its CloudBrowser (CloudBrowsers keeps a few, the
// others list on in the background), shows its rows through the window's proxy with the
// selection and scroll it had, lists it (signing in first when its session must, and again once
// when a token is refused), fetches the selected image's details, and says in the banner what
// went wrong or was left out. News from clouds not shown stay with their browser.
class BrowsingController : public QObject
{
    Q_OBJECT
public:
    // What the window shows the browsing in.
    struct Parts
    {
        CloudController* clouds;
        ImageFilterProxyModel* proxy;
        ImageTableView* view;
        FilterBar* filterBar;
        SelectionActions* selection;
        ImageDetailsView* details;
        ErrorBanner* banner;
    };

    explicit BrowsingController(const Parts& parts, QObject* parent = nullptr);
    ~BrowsingController() override;

    CloudBrowsers* browsers() const { return m_browsers; }
    CloudBrowser* current() const { return m_browser; }
    // The row of the cloud shown in the cloud list, or -1.
    int currentRow() const { return m_row; }
    CloudSession* currentSession() const;
    // The rows shown (an empty model when no cloud is).
    ImageTableModel* rows() const;
    ImageAdapter* adapter() const;
    bool isLoading() const;
    // Each cloud's last selected image is kept there (and listing/maxImages read).
    void setSettings(AppSettings* settings);

    // Shows the cloud at `row` of the cloud list.
    void show(int row);
    // Lists the cloud shown again (signing in first if it must).
    void refresh();
    // The scope the cloud shown lists with: chosen in the window, else the settings' (per cloud),
    // else the default. `browser` null: the default.
    ListScope scopeOf(const CloudBrowser* browser) const;
    // Lists the cloud shown with `scope` from now on (again at once, when it changed and the
    // dialect has scopes); `remember`: kept in the settings for the next start.
    void setScope(const ListScope& scope, bool remember);
    // Whether listings add the hidden images (os_hidden) to the others, where the dialect has
    // scopes: the settings' until changed. Changing it lists the cloud shown again and is kept in
    // the settings.
    bool showsHidden() const { return m_showHidden; }
    void setShowHidden(bool show);
    // Enter in the filter box: lists again with the terms the server can filter on.
    void askServerToFilter();
    // The filter changed (after the debounce): a box cleared (its clear button, Escape, the text
    // deleted) lists again without the server filters the rows were listed with.
    void onFilterChanged();
    // Shows the selected image's details, and asks for them afresh (call it when the current row
    // of the view changes).
    void fetchDetails();
    // Writes the image selected in the cloud shown to the settings.
    void rememberSelection();
    // The status bar's line: cloud, sign-in state, endpoint, counts, server filters, timing.
    QString statusText() const;

Q_SIGNALS:
    void listingFinished();
    void pageAdded();
    void detailsFinished();
    // statusText() changed.
    void statusChanged();
    // The cloud shown can be reached: downloads waiting for it may resume.
    void adapterBound();
    void secretRequired(Skylight::CloudSession* session, const QString& kind, const QString& reason);

private:
    void showBrowser(CloudBrowser* browser);
    void wireBrowser(CloudBrowser* browser);
    CloudBrowser* browserOf(CloudSession* session) const;
    void connectSession(CloudSession* session);
    void onCloudsRemoved(int first);
    QString projectOf(const CloudBrowser* browser) const;
    PageRequest firstPage(const CloudBrowser* browser) const;
    void startListing(CloudBrowser* browser);
    void selectPending();
    void onListingFinished(CloudBrowser* browser);
    void onDetailsFinished(CloudBrowser* browser, const QString& id);

    Parts m_parts;
    AppSettings* m_settings = nullptr;
    bool m_showHidden = false;
    CloudBrowsers* m_browsers;
    QPointer<CloudBrowser> m_browser; // the cloud shown
    ImageTableModel* m_noRows;        // shown when there is no cloud
    int m_row = -1;
    QList<CloudSession*> m_connectedSessions;
    // Refresh asked this session to sign in: its next ready() lists, whatever the adapter.
    QPointer<CloudSession> m_listOnReady;
};

} // namespace Skylight
