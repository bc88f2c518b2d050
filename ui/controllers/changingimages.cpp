// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/changingimages.h"

#include "adapters/imageadapter.h"
#include "controllers/browsingcontroller.h"
#include "controllers/cloudbrowser.h"
#include "controllers/selectionactions.h"
#include "image/imagestatus.h"
#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"
#include "net/logging.h"
#include "widgets/imagetableview.h"

#include <QItemSelectionModel>
#include <QScrollBar>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr int kMaxFailures = 3;
constexpr int kMaxSelectedConsidered = 100; // a large selection is not scanned at every tick
} // namespace

ChangingImages::ChangingImages(BrowsingController* browsing, ImageFilterProxyModel* proxy,
                               ImageTableView* view, SelectionActions* selection, QObject* parent)
    : QObject(parent)
    , m_proxy(proxy)
    , m_view(view)
    , m_selection(selection)
{
    m_timer.setInterval(m_intervals.fastMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangingImages::tick);
    // What is shown: the cloud (and whether it is signed in), its rows, the selection, the scroll.
    connect(browsing, &BrowsingController::statusChanged, this,
            [this, browsing] { setBrowser(browsing->current()); });
    connect(selection, &SelectionActions::targetChanged, this, &ChangingImages::reconsider);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &ChangingImages::reconsider);
    connect(proxy, &QAbstractItemModel::dataChanged, this, &ChangingImages::reconsider);
    connect(proxy, &QAbstractItemModel::modelReset, this, &ChangingImages::reconsider);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &ChangingImages::reconsider);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &ChangingImages::reconsider);
}

ChangingImages::~ChangingImages()
{
    dropRequests();
}

void ChangingImages::setIntervals(const Intervals& intervals)
{
    m_intervals = intervals;
    m_timer.setInterval(m_ticks >= m_intervals.fastTicks ? m_intervals.slowMs : m_intervals.fastMs);
}

void ChangingImages::setBrowser(CloudBrowser* browser)
{
    if (browser != m_browser) {
        dropRequests();
        m_browser = browser;
        m_lastTick.clear();
        m_failures.clear();
        m_ticks = 0;
    }
    reconsider();
}

bool ChangingImages::canRun() const
{
    return m_browser && m_browser->adapter() && m_selection->model() == m_browser->model();
}

void ChangingImages::dropRequests()
{
    const auto jobs = std::exchange(m_jobs, {});
    for (const QPointer<ApiJob>& job : jobs) {
        if (job) {
            job->disconnect(this);
            job->abort(); // then() still deletes it
        }
    }
    m_adapter = nullptr;
}

void ChangingImages::reconsider()
{
    if (m_browser && m_adapter && m_browser->adapter() != m_adapter)
        dropRequests(); // signed out, or signed in again: the old adapter's requests go
    if (!canRun() || (m_jobs.isEmpty() && shownChanging().isEmpty())) {
        m_timer.stop();
        m_ticks = 0;
        m_timer.setInterval(m_intervals.fastMs);
        return;
    }
    if (!m_timer.isActive())
        m_timer.start();
}

QStringList ChangingImages::shownChanging() const
{
    QStringList ids;
    if (!canRun())
        return ids;
    const ImageTableModel* model = m_browser->model();
    const auto wanted = [this](const ImageTableModel::Row& row) {
        return isChangingStatus(QStringView(row.status)) && m_failures.value(row.id) < kMaxFailures;
    };
    const auto consider = [&](int proxyRow) {
        const QModelIndex index = m_proxy->mapToSource(m_proxy->index(proxyRow, 0));
        if (!index.isValid())
            return;
        const ImageTableModel::Row& row = model->row(index.row());
        if (wanted(row) && !ids.contains(row.id))
            ids << row.id;
    };
    // The current image, the selected ones, then the rows in sight.
    if (const QString current = m_selection->currentId(); !current.isEmpty()) {
        const int row = model->rowOf(current);
        if (row >= 0 && wanted(model->row(row)))
            ids << current;
    }
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (qsizetype i = 0; i < selected.size() && i < kMaxSelectedConsidered; ++i)
        consider(selected.at(i).row());
    const int count = m_proxy->rowCount();
    if (count > 0) {
        const int top = std::max(0, m_view->rowAt(0));
        int bottom = m_view->rowAt(m_view->viewport()->height() - 1);
        if (bottom < 0)
            bottom = count - 1;
        for (int row = top; row <= bottom && row < count; ++row)
            consider(row);
    }
    return ids;
}

void ChangingImages::tick()
{
    if (!canRun()) {
        reconsider();
        return;
    }
    ++m_ticks;
    if (m_ticks == m_intervals.fastTicks)
        m_timer.setInterval(m_intervals.slowMs);
    QStringList ids = shownChanging();
    const QString current =
        ids.isEmpty() || ids.first() != m_selection->currentId() ? QString() : ids.first();
    // The current image first; the others by when they were last refreshed (never: first).
    std::stable_sort(ids.begin(), ids.end(), [&](const QString& a, const QString& b) {
        if ((a == current) != (b == current))
            return a == current;
        return m_lastTick.value(a, -1) < m_lastTick.value(b, -1);
    });
    for (const QString& id : std::as_const(ids)) {
        if (m_jobs.size() >= kMaxInFlight)
            break;
        if (!m_jobs.contains(id))
            refresh(id);
    }
    if (ids.isEmpty() && m_jobs.isEmpty())
        reconsider();
}

void ChangingImages::refresh(const QString& id)
{
    ImageAdapter* adapter = m_browser->adapter();
    m_adapter = adapter;
    m_lastTick.insert(id, m_ticks);
    ImageShowJob* job = adapter->show(id);
    m_jobs.insert(id, job);
    QPointer<CloudBrowser> browser = m_browser;
    job->then(this, [this, id, browser](const Result<ImageRecord>& result) {
        m_jobs.remove(id);
        if (!browser || browser != m_browser)
            return;
        ImageTableModel* model = browser->model();
        if (result) {
            m_failures.remove(id);
            if (model->update(*result) >= 0)
                Q_EMIT refreshed(*result);
        } else if (result.error().kind == ApiError::Kind::NotFound) {
            const int row = model->rowOf(id);
            if (std::optional<ImageRecord> record = row >= 0 ? model->record(row) : std::nullopt) {
                record->status = u"deleted"_s;
                model->update(*record);
                Q_EMIT gone(id, record->name.value_or(QString()));
            }
        } else if (result.error().kind != ApiError::Kind::Cancelled) {
            // Said nowhere but the log: the next tick tries again, up to three times in a row.
            qCDebug(lcUi) << "Refreshing a changing image failed:" << result.error().describe();
            m_failures.insert(id, m_failures.value(id) + 1);
        }
        reconsider();
    });
}

} // namespace Skylight
