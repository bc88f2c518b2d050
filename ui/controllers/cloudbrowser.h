// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "controllers/pendingsharesprobe.h"
#include "image/imagerecord.h"
#include "image/pagerequest.h"
#include "net/result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Skylight {

class ApiJob;
class ImageAdapter;
class ImageListLoader;
class ImageTableModel;
class SkippedEntriesNotice;

// What the window keeps of a cloud's table while another cloud is shown: the selected rows, the
// current one and where the table was scrolled to.
struct BrowserViewState
{
    QStringList selectedIds;
    QString currentId;
    int scroll = 0;
    bool isEmpty() const { return selectedIds.isEmpty() && currentId.isEmpty(); }
};

// Browsing one cloud: its rows (packed, in its own ImageTableModel), the loader that lists them,
// the adapter it lists through, the scope and server filters of the last listing, the image to select once
// its page arrives, the details request of the selected image, and the listing's notices (entries
// that could not be read, ids the server repeated). A cloud that is not shown keeps loading: its
// pages reach its own model only. The window shows one browser at a time (CloudBrowsers).
class CloudBrowser : public QObject
{
    Q_OBJECT
public:
    explicit CloudBrowser(const QString& cloudName, QObject* parent = nullptr);
    ~CloudBrowser() override;

    const QString& cloudName() const { return m_cloudName; }
    ImageTableModel* model() const { return m_model; }
    ImageAdapter* adapter() const { return m_adapter; }
    ImageListLoader* loader() const { return m_loader; }
    SkippedEntriesNotice* notice() const { return m_notice; }

    // Lists through `adapter` from now on (null: cannot list). A different adapter stops the
    // listing and the details request of the previous one; the same one changes nothing.
    void setAdapter(ImageAdapter* adapter);
    // Lists again from `first` (the rows so far go); stops at `imageCap` images. With
    // `alsoHidden`, the hidden images of the same scope follow (a second listing, os_hidden=true:
    // Glance lists them only when asked, and then alone), marked by their os_hidden property.
    // False without an adapter.
    // A listing of any member status (ListScope) then asks which of its shares are pending
    // (PendingSharesProbe), and one of pending or rejected shares marks them all, once the user's
    // project is known (setOwnProject).
    bool startListing(const PageRequest& first, qsizetype imageCap, bool alsoHidden = false);
    // The user's project (the signed-in session's, else the endpoint's), for the next listing.
    void setOwnProject(const QString& projectId) { m_ownProject = projectId; }
    PendingSharesProbe* pendingSharesProbe() const { return m_probe; }
    bool isLoading() const;
    // The server filters the rows were listed with.
    const QList<std::pair<QString, QString>>& listedFilters() const { return m_listedFilters; }
    // The scope to list with (nothing: not chosen yet, the settings' or the default), and the one
    // the rows were listed with.
    const std::optional<ListScope>& scope() const { return m_scope; }
    void setScope(const ListScope& scope) { m_scope = scope; }
    const ListScope& listedScope() const { return m_listedScope; }
    // Whether the last listing added the hidden images (startListing's alsoHidden, and they
    // could be listed).
    bool listedHidden() const { return m_listedHidden; }
    // How the last listing ended, once listingFinished(): why it failed (the hidden images'
    // listing aside), whether it stopped at the image cap and with how many images.
    const std::optional<ApiError>& listingError() const { return m_listingError; }
    bool stoppedAtCap() const { return m_stoppedAtCap; }
    qsizetype loadedCount() const { return m_loadedCount; }
    // Why the hidden images could not be listed (the others were).
    const std::optional<ApiError>& hiddenError() const { return m_hiddenError; }

    // The image to select once its page arrives (a refresh, a restart, a return to this cloud).
    const QString& pendingSelection() const { return m_pendingSelection; }
    void setPendingSelection(const QString& id) { m_pendingSelection = id; }
    // Whether the first row is selected when there is no image to select again: on a first
    // listing, not on a relist after the user's selection was gone (nothing the user did not
    // choose is selected for them).
    bool selectsFirst() const { return m_selectsFirst; }
    void setSelectsFirst(bool selects) { m_selectsFirst = selects; }
    // The table as it was when another cloud was chosen.
    const BrowserViewState& viewState() const { return m_viewState; }
    void setViewState(const BrowserViewState& state) { m_viewState = state; }

    // Asks for the image's details on their own (the previous request is dropped); the answer
    // updates the row and comes with detailsFinished().
    void requestDetails(const QString& id);
    void cancelDetails();
    // The last details that arrived (or why they did not); only valid after detailsFinished().
    const Result<ImageRecord>& details() const { return *m_details; }

    // The last answer from the server: how long it took and when.
    qint64 lastRequestMs() const { return m_lastRequestMs; }
    const QDateTime& lastRequestAt() const { return m_lastRequestAt; }

Q_SIGNALS:
    // A page of the listing was added to this browser's model.
    void pageAdded();
    // The listing ended (loader()->error() says whether it failed).
    void listingFinished();
    // The details of `id` arrived or failed (not when dropped for another request): details().
    void detailsFinished(const QString& id);

private:
    void onPageLoaded(const QList<ImageRecord>& images);
    void onLoaderFinished();
    void endHiddenPass();
    void finishListing();
    void noteRequest(qint64 ms);

    QString m_cloudName;
    ImageTableModel* m_model;
    SkippedEntriesNotice* m_notice;
    ImageAdapter* m_adapter = nullptr;
    ImageListLoader* m_loader = nullptr;
    QList<std::pair<QString, QString>> m_listedFilters;
    std::optional<ListScope> m_scope;
    ListScope m_listedScope;
    bool m_listedHidden = false;
    // The hidden images' listing, once the others are in (nothing: none to come).
    std::optional<PageRequest> m_hiddenPass;
    bool m_inHiddenPass = false;
    std::optional<ApiError> m_listingError;
    std::optional<ApiError> m_hiddenError;
    bool m_stoppedAtCap = false;
    qsizetype m_loadedCount = 0;
    QString m_pendingSelection;
    bool m_selectsFirst = true;
    BrowserViewState m_viewState;
    QPointer<ApiJob> m_showJob;
    std::optional<Result<ImageRecord>> m_details;
    QElapsedTimer m_requestTimer;
    QString m_ownProject;
    PageRequest m_firstPage;              // of the listing shown
    QPointer<PendingSharesProbe> m_probe; // marks the pending shares of a listing of any status
    qint64 m_lastRequestMs = -1;
    QDateTime m_lastRequestAt;
};

} // namespace Skylight
