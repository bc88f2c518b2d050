// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagerecord.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Skylight {

class ApiJob;
class BrowsingController;
class CloudBrowser;
class ImageAdapter;
class ImageFilterProxyModel;
class ImageTableView;
class SelectionActions;

// Images still changing on the server (queued, saving, importing, uploading, pending_delete:
// isChangingStatus) refresh by themselves while they are shown: the selected ones and the rows in
// sight of the cloud shown. Every few seconds (fast at first, slower after a few minutes) their
// details are fetched again through the cloud's adapter and their rows updated in place (the
// selection stays); a refresh stops when the image settles, leaves the screen, or the cloud is no
// longer shown or signed in. At most kMaxInFlight requests are under way, the current image
// first, then the selected and the visible ones, the least recently refreshed first. An image the
// server no longer has (404) is marked deleted and said once (gone()), never a banner.
class ChangingImages : public QObject
{
    Q_OBJECT
public:
    struct Intervals
    {
        int fastMs = 5000;
        int slowMs = 30000;
        int fastTicks = 36; // three minutes at 5 s, then slowMs
    };
    static constexpr int kMaxInFlight = 4;

    // Follows the cloud `browsing` shows, its rows through `proxy`, the selection and what `view`
    // has in sight.
    ChangingImages(BrowsingController* browsing, ImageFilterProxyModel* proxy, ImageTableView* view,
                   SelectionActions* selection, QObject* parent = nullptr);
    ~ChangingImages() override;

    void setIntervals(const Intervals& intervals);
    // The cloud shown (null: none). Requests for another cloud's images are dropped.
    void setBrowser(CloudBrowser* browser);
    // Whether anything changing is shown: starts the timer, or stops it. Called when the rows, the
    // selection, the scroll position or the cloud's sign-in change.
    void reconsider();

    bool isActive() const { return m_timer.isActive(); }
    int interval() const { return m_timer.interval(); }
    int inFlight() const { return int(m_jobs.size()); }
    // The ids that would be refreshed now, in order (changing, shown).
    QStringList shownChanging() const;

Q_SIGNALS:
    // The row of `record` was updated with fresh details.
    void refreshed(const Skylight::ImageRecord& record);
    // The server no longer has the image: its row now says deleted.
    void gone(const QString& id, const QString& name);

private:
    void tick();
    void refresh(const QString& id);
    void dropRequests();
    bool canRun() const;

    ImageFilterProxyModel* m_proxy;
    ImageTableView* m_view;
    SelectionActions* m_selection;
    QPointer<CloudBrowser> m_browser;
    QPointer<ImageAdapter> m_adapter; // the adapter the requests under way went through
    QTimer m_timer;
    Intervals m_intervals;
    int m_ticks = 0;
    QHash<QString, QPointer<ApiJob>> m_jobs;
    QHash<QString, int> m_lastTick; // when each id was last refreshed
    QHash<QString, int> m_failures; // failed refreshes in a row; three stop it
};

} // namespace Skylight
