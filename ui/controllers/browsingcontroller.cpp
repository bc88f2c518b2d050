// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/browsingcontroller.h"

#include "adapters/imageadapter.h"
#include "adapters/imagelistloader.h"
#include "controllers/cloudbrowser.h"
#include "controllers/cloudbrowsers.h"
#include "controllers/cloudcontroller.h"
#include "controllers/selectionactions.h"
#include "controllers/skippedentriesnotice.h"
#include "identity/cloudsession.h"
#include "models/cloudlistmodel.h"
#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"
#include "settings/appsettings.h"
#include "widgets/errorbanner.h"
#include "widgets/filterbar.h"
#include "widgets/imagedetailsview.h"
#include "widgets/imagetableview.h"

#include <QHeaderView>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr int kPageSize = 1000; // Glance's usual api_limit_max
} // namespace

BrowsingController::BrowsingController(const Parts& parts, QObject* parent)
    : QObject(parent)
    , m_parts(parts)
    , m_browsers(new CloudBrowsers(CloudBrowsers::kDefaultCapacity, this))
    , m_noRows(new ImageTableModel(this))
{
    m_parts.proxy->setSourceModel(m_noRows);
    m_parts.filterBar->setImageModel(m_noRows);
    connect(m_browsers, &CloudBrowsers::created, this, &BrowsingController::wireBrowser);
    // The table never shows the rows of a browser that goes (opening another may drop the one shown).
    connect(m_browsers, &CloudBrowsers::dropping, this, [this](CloudBrowser* browser) {
        if (browser == m_browser)
            showBrowser(nullptr);
    });
    connect(m_parts.clouds->model(), &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex&, int first) { onCloudsRemoved(first); });
}

BrowsingController::~BrowsingController() = default;

CloudSession* BrowsingController::currentSession() const
{
    return m_parts.clouds->session(m_row);
}

ImageTableModel* BrowsingController::rows() const
{
    return m_browser ? m_browser->model() : m_noRows;
}

ImageAdapter* BrowsingController::adapter() const
{
    return m_browser ? m_browser->adapter() : nullptr;
}

bool BrowsingController::isLoading() const
{
    return m_browser && m_browser->isLoading();
}

void BrowsingController::setSettings(AppSettings* settings)
{
    m_settings = settings;
    if (m_settings)
        m_showHidden = m_settings->showHidden();
    // A cloud chosen before (a fixed one, given to the window): its last image, once listed.
    if (m_settings && m_browser && m_browser->pendingSelection().isEmpty() && rows()->rowCount() == 0)
        m_browser->setPendingSelection(m_settings->lastImage(m_browser->cloudName()));
}

void BrowsingController::show(int row)
{
    const CloudEntry* entry = m_parts.clouds->model()->entry(row);
    if (!entry || row == m_row)
        return;
    if (m_browser) { // the table as it is, to come back to
        rememberSelection();
        m_browser->setViewState(m_parts.selection->viewState());
    }
    m_row = row;
    m_parts.banner->dismiss();
    CloudBrowser* browser = m_browsers->open(entry->name);
    if (CloudSession* session = entry->session) {
        connectSession(session);
        browser->setAdapter(session->state() == CloudSession::State::SignedIn ? session->adapter() : nullptr);
    } else {
        browser->setAdapter(entry->adapter);
    }
    // Rows that cannot be listed again, or whose listing failed, are not kept: the cloud lists anew.
    if (!browser->adapter() || (!browser->isLoading() && browser->listingError()))
        browser->model()->clear();
    else
        QMetaObject::invokeMethod(this, &BrowsingController::adapterBound, Qt::QueuedConnection);
    showBrowser(browser);
}

void BrowsingController::showBrowser(CloudBrowser* browser)
{
    m_browser = browser;
    m_parts.details->clearRecord();
    ImageTableModel* shown = rows();
    m_parts.proxy->setSourceModel(shown);
    m_parts.filterBar->setImageModel(shown);
    m_parts.selection->setBrowser(browser);
    if (browser) {
        if (!m_parts.selection->restoreViewState(browser->viewState())) {
            if (browser->pendingSelection().isEmpty() && m_settings)
                browser->setPendingSelection(m_settings->lastImage(browser->cloudName()));
            if (shown->rowCount() > 0)
                selectPending();
        }
        browser->setViewState({});
    }
    Q_EMIT statusChanged();
}

void BrowsingController::rememberSelection()
{
    const QString id = m_parts.selection->currentId();
    if (id.isEmpty() || !m_settings || !m_browser)
        return;
    m_settings->setLastImage(m_browser->cloudName(), id);
}

void BrowsingController::onCloudsRemoved(int first)
{
    if (m_row == first) {
        m_row = -1;
        showBrowser(nullptr);
    } else if (m_row > first) {
        --m_row;
    }
    QStringList names; // the browsers of clouds no longer listed go
    for (int row = 0; row < m_parts.clouds->model()->rowCount(); ++row)
        names << m_parts.clouds->model()->entry(row)->name;
    m_browsers->keepOnly(names);
}

void BrowsingController::wireBrowser(CloudBrowser* browser)
{
    // A browser works on while another cloud is shown: only the shown one's news reach the window.
    connect(browser, &CloudBrowser::pageAdded, this, [this, browser] {
        if (browser != m_browser)
            return;
        selectPending();
        Q_EMIT pageAdded();
    });
    connect(browser, &CloudBrowser::listingFinished, this, [this, browser] { onListingFinished(browser); });
    connect(browser, &CloudBrowser::detailsFinished, this,
            [this, browser](const QString& id) { onDetailsFinished(browser, id); });
    SkippedEntriesNotice* notice = browser->notice();
    connect(notice, &SkippedEntriesNotice::changed, this, [this, browser, notice] {
        if (browser == m_browser)
            m_parts.banner->showMessage(MessageKind::Warning, notice->message(), notice->details());
    });
}

CloudBrowser* BrowsingController::browserOf(CloudSession* session) const
{
    for (int row = 0; row < m_parts.clouds->model()->rowCount(); ++row) {
        if (m_parts.clouds->session(row) == session)
            return m_browsers->find(m_parts.clouds->model()->entry(row)->name);
    }
    return nullptr;
}

void BrowsingController::connectSession(CloudSession* session)
{
    if (m_connectedSessions.contains(session))
        return;
    m_connectedSessions.append(session);
    connect(session, &QObject::destroyed, this, [this, session] { m_connectedSessions.removeAll(session); });
    connect(session, &CloudSession::ready, this, [this, session] {
        CloudBrowser* browser = browserOf(session);
        // A renewed token on the same adapter changes nothing here: its requests refused meanwhile
        // are sent again by the adapter itself. A new adapter (the first sign-in, another
        // endpoint), or a listing that ended refused (the secret had to be typed first), lists anew.
        const bool refused = browser && browser->loader() && !browser->isLoading() &&
                             browser->listingError() &&
                             browser->listingError()->kind == ApiError::Kind::Unauthorized;
        const bool newAdapter = browser && browser->adapter() != session->adapter();
        if (session != currentSession()) {
            // A cloud shown earlier: it lists on through the session's new adapter.
            if (browser && ((browser->adapter() && newAdapter) || refused)) {
                browser->setAdapter(session->adapter());
                startListing(browser);
            }
            return;
        }
        const bool asked = m_listOnReady == session;
        if (asked)
            m_listOnReady = nullptr;
        if (!m_browser)
            return;
        if (newAdapter || refused || asked) {
            m_browser->setAdapter(session->adapter());
            startListing(m_browser);
        }
        Q_EMIT adapterBound(); // downloads waiting for this cloud, or for a new token
    });
    connect(session, &CloudSession::secretRequired, this,
            [this, session](const QString& kind, const QString& reason) {
                if (session != currentSession())
                    return;
                Q_EMIT statusChanged();
                Q_EMIT secretRequired(session, kind, reason);
            });
    connect(session, &CloudSession::failed, this, [this, session](const ApiError& error) {
        if (session != currentSession())
            return;
        m_parts.banner->showError(error);
        Q_EMIT statusChanged();
    });
    connect(session, &CloudSession::stateChanged, this, &BrowsingController::statusChanged);
    // Forgotten or replaced: unbound now, before the adapter is deleted (forgotten() comes later).
    connect(session, &CloudSession::adapterRetired, this, [this, session](ImageAdapter* adapter) {
        CloudBrowser* browser = browserOf(session);
        if (!browser || browser->adapter() != adapter)
            return;
        browser->setAdapter(nullptr);
        if (session == currentSession())
            Q_EMIT statusChanged(); // nothing to act on with: the window's actions follow
    });
    connect(session, &CloudSession::forgotten, this, [this, session] {
        if (CloudBrowser* browser = browserOf(session)) {
            browser->setAdapter(nullptr);
            browser->model()->clear();
        }
        if (session != currentSession())
            return;
        m_parts.details->clearRecord();
        m_parts.banner->showMessage(
            MessageKind::Information,
            tr("Signed out of %1; its secrets are no longer in the keychain.").arg(session->profile().name));
        Q_EMIT statusChanged();
    });
}

void BrowsingController::refresh()
{
    // A profile signs in first (from the keychain, or by asking), and again shortly before its
    // token expires; ready() then lists.
    if (CloudSession* session = currentSession()) {
        m_parts.banner->dismiss();
        if (session->state() != CloudSession::State::SignedIn) {
            m_listOnReady = session; // even when the adapter stays the same
            session->signIn();
            Q_EMIT statusChanged();
            return;
        }
        if (session->needsRefresh()) {
            // The token still works for now: the listing goes ahead while a new one is fetched
            // (a refusal meanwhile waits for it, in the adapter).
            session->reauthenticate();
        }
    }
    startListing(m_browser);
}

void BrowsingController::startListing(CloudBrowser* browser)
{
    if (!browser || !browser->loader())
        return;
    if (browser == m_browser) {
        m_parts.banner->dismiss();
        const QString id = m_parts.selection->currentId();
        if (!id.isEmpty())
            browser->setPendingSelection(id); // a refresh keeps the selection
        else if (browser->model()->rowCount() > 0)
            browser->setSelectsFirst(false); // ...and the lack of one
        m_parts.details->clearRecord();
    }
    // A server whose `next` never ends stops at the cap (settings: listing/maxImages).
    const qsizetype cap = m_settings ? m_settings->imageCap() : ImageListLoader::kDefaultImageCap;
    const bool alsoHidden = m_showHidden && browser->adapter() && browser->adapter()->hasListScope();
    browser->setOwnProject(projectOf(browser));
    browser->startListing(firstPage(browser), cap, alsoHidden);
    Q_EMIT statusChanged();
}

QString BrowsingController::projectOf(const CloudBrowser* browser) const
{
    // The signed-in session's project, else the one the endpoint was given for (the demo's).
    for (int row = 0; row < m_parts.clouds->model()->rowCount(); ++row) {
        const CloudSession* session = m_parts.clouds->session(row);
        if (session && session->endpoint() && !session->endpoint()->projectId.isEmpty() &&
            m_parts.clouds->model()->entry(row)->name == browser->cloudName())
            return session->endpoint()->projectId;
    }
    return browser->adapter() ? browser->adapter()->projectId() : QString();
}

PageRequest BrowsingController::firstPage(const CloudBrowser* browser) const
{
    PageRequest first;
    first.limit = kPageSize;
    const ImageAdapter* adapter = browser->adapter();
    if (!adapter)
        return first;
    // The server's own order (so the first page holds the first rows) and filters, where the
    // dialect has them; the table sorts and filters the rest itself. A cloud not shown keeps the
    // server filters it was listed with.
    const QString key =
        ImageTableModel::serverSortKey(m_parts.view->horizontalHeader()->sortIndicatorSection());
    if (adapter->sortsOnServer() && !key.isEmpty()) {
        const bool ascending = m_parts.view->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder;
        first.sort = key + (ascending ? u":asc"_s : u":desc"_s);
    }
    first.filters = browser == m_browser ? m_parts.proxy->query().serverFilters(adapter->serverFilterKeys())
                                         : browser->listedFilters();
    if (adapter->hasListScope())
        first.scope = scopeOf(browser);
    return first;
}

ListScope BrowsingController::scopeOf(const CloudBrowser* browser) const
{
    if (!browser)
        return {};
    if (browser->scope())
        return *browser->scope();
    return m_settings ? m_settings->listScope(browser->cloudName()) : ListScope{};
}

void BrowsingController::setScope(const ListScope& scope, bool remember)
{
    if (!m_browser)
        return;
    const bool changed = scopeOf(m_browser) != scope;
    m_browser->setScope(scope);
    if (remember && m_settings)
        m_settings->setListScope(m_browser->cloudName(), scope);
    if (changed && adapter() && adapter()->hasListScope())
        refresh();
    Q_EMIT statusChanged();
}

void BrowsingController::setShowHidden(bool show)
{
    if (show == m_showHidden)
        return;
    m_showHidden = show;
    if (m_settings)
        m_settings->setShowHidden(show);
    if (m_browser && adapter() && adapter()->hasListScope())
        refresh();
    Q_EMIT statusChanged();
}

void BrowsingController::askServerToFilter()
{
    // Enter in the filter box: terms the server answers itself (Glance v2: status:, tag:,
    // owner:...) list again with them, so a large cloud sends only what matches. While typing,
    // the table filters what it has.
    m_parts.filterBar->applyNow();
    if (adapter() &&
        m_parts.proxy->query().serverFilters(adapter()->serverFilterKeys()) != m_browser->listedFilters())
        refresh();
}

void BrowsingController::onFilterChanged()
{
    if (m_browser && adapter() && !m_browser->listedFilters().isEmpty() &&
        m_parts.proxy->query().serverFilters(adapter()->serverFilterKeys()).isEmpty() &&
        m_parts.proxy->searchText().isEmpty())
        refresh();
    Q_EMIT statusChanged();
}

void BrowsingController::selectPending()
{
    // The image to select again once its page is here. Not listed any more (or hidden by the
    // filter): nothing is selected, the window acts on no image the user did not choose. With
    // none to select (a first listing), the first row.
    const QString pending = m_browser->pendingSelection();
    if (!pending.isEmpty() && m_parts.selection->selectImage(pending)) {
        m_browser->setPendingSelection({});
    } else if (pending.isEmpty()) {
        if (m_browser->selectsFirst())
            m_parts.selection->selectFirstIfNone();
    } else if (!m_browser->isLoading()) {
        m_browser->setPendingSelection({});
    }
    Q_EMIT statusChanged();
}

void BrowsingController::onListingFinished(CloudBrowser* browser)
{
    // A refused token was renewed by the adapter already (RenewingAdapter): an error here is final.
    const std::optional<ApiError> error = browser->listingError();
    if (browser != m_browser)
        return; // told when shown
    if (error) {
        m_parts.banner->showError(*error);
    } else if (browser->stoppedAtCap()) {
        m_parts.banner->showMessage(MessageKind::Warning,
                                    tr("Showing the first %L1 images: the server kept sending pages. "
                                       "The limit is listing/maxImages in Skylight's settings.")
                                        .arg(browser->loadedCount()));
    } else if (const std::optional<ApiError>& hidden = browser->hiddenError()) {
        m_parts.banner->showMessage(
            MessageKind::Warning,
            tr("The other images are listed, but the hidden ones could not be: %1").arg(hidden->describe()));
    }
    selectPending();
    Q_EMIT listingFinished();
}

void BrowsingController::fetchDetails()
{
    const std::optional<ImageRecord> record = m_parts.selection->currentRecord();
    if (!record) {
        m_parts.details->clearRecord();
        return;
    }
    m_parts.details->showRecord(*record);
    // Fetched on its own: the freshest details and the show response as the raw view.
    m_browser->requestDetails(record->id);
}

void BrowsingController::onDetailsFinished(CloudBrowser* browser, const QString& id)
{
    if (browser != m_browser)
        return; // another cloud's answer: its row has it
    const Result<ImageRecord>& result = browser->details();
    Q_EMIT statusChanged();
    if (result) {
        if (m_parts.selection->currentId() == id)
            m_parts.details->showRecord(*result);
    } else {
        m_parts.banner->showError(result.error());
    }
    Q_EMIT detailsFinished();
}

QString BrowsingController::statusText() const
{
    QStringList parts;
    const CloudEntry* current = m_browser ? m_parts.clouds->model()->entry(m_row) : nullptr;
    parts << (current ? current->shownName() : m_browser ? m_browser->cloudName() : tr("No cloud"));
    if (const CloudSession* session = currentSession();
        session && session->state() != CloudSession::State::SignedIn)
        parts << CloudListModel::stateText(*session);
    if (const ImageAdapter* shown = adapter()) {
        parts << shown->endpoint().toDisplayString(QUrl::RemoveUserInfo);
        parts << dialectName(shown->dialect());
    }
    const int count = rows()->rowCount();
    if (m_parts.proxy->rowCount() == count)
        parts << tr("%Ln image(s)", nullptr, count);
    else
        parts << tr("%1 of %Ln image(s)", nullptr, count).arg(QLocale().toString(m_parts.proxy->rowCount()));
    if (m_browser && (!m_browser->listedFilters().isEmpty() || !m_browser->listedScope().isDefault())) {
        QStringList terms;
        for (const auto& [key, value] : m_browser->listedFilters())
            terms << key + u':' + value;
        if (!m_browser->listedScope().isDefault())
            terms << m_browser->listedScope().terms();
        parts << tr("filtered by the server: %1").arg(terms.join(u' '));
    }
    if (m_browser && m_browser->listedHidden())
        parts << tr("hidden images too");
    if (isLoading())
        parts << tr("loading…");
    if (m_browser && m_browser->lastRequestMs() >= 0)
        parts << tr("last request %1 ms at %2")
                     .arg(m_browser->lastRequestMs())
                     .arg(QLocale().toString(m_browser->lastRequestAt().time(), QLocale::ShortFormat));
    return parts.join(u"  ·  "_s);
}

} // namespace Skylight
