// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/inspectcontroller.h"

#include "adapters/imageadapter.h"
#include "controllers/browsingcontroller.h"
#include "controllers/selectionactions.h"
#include "inspect/verdictcache.h"
#include "models/imagetablemodel.h"
#include "widgets/imagedetailsview.h"

#include <QAction>
#include <QIcon>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
// Verdicts kept in memory for the session (the cache keeps more, on disk).
constexpr qsizetype kMaxKnown = 5000;

QString nameOf(const ImageRecord& record)
{
    return record.name.value_or(record.id);
}
} // namespace

InspectController::InspectController(QObject* parent)
    : QObject(parent)
    , m_action(new QAction(QIcon(u":/icons/actions/inspect.svg"_s), tr("In&spect"), this))
{
    m_action->setObjectName(u"inspectAction"_s);
    // Ctrl+I is Show Details: Inspect takes Ctrl+Shift+I.
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_action, &QAction::triggered, this, &InspectController::inspectTarget);
    updateAction();
}

void InspectController::setStarter(InspectionStarter starter)
{
    m_starter = std::move(starter);
    updateAction();
}

void InspectController::attach(const Parts& parts)
{
    m_parts = parts;
    const auto follow = [this] {
        setTarget(m_parts.browsing->adapter(), m_parts.selection->currentRecord());
    };
    connect(parts.selection, &SelectionActions::currentImageChanged, this, follow);
    // Fresh details (an image that became active) change what can be done with it.
    connect(parts.browsing, &BrowsingController::detailsFinished, this, follow);
    connect(parts.browsing, &BrowsingController::statusChanged, this, follow);
    const auto lookup = [this](const ImageRecord& record) {
        return verdictFor(record);
    };
    parts.details->setVerdictLookup(lookup);
    parts.selection->setVerdictLookup(lookup);
    connect(this, &InspectController::verdictReady, this,
            [this](const QString& id, const InspectionResult& result) {
                if (ImageTableModel* rows = m_parts.browsing->rows())
                    rows->setVerdict(id, result);
                m_parts.details->verdictChanged(id);
            });
    follow();
}

void InspectController::setTarget(ImageAdapter* adapter, const std::optional<ImageRecord>& record)
{
    if (adapter != m_adapter)
        cancelAll(); // another cloud: its images are not this one's
    m_adapter = adapter;
    // The same image's data as before (a status change, fresh details): nothing new to look up.
    const QString key =
        record ? record->id + u'\n' + VerdictCache::checksumsOf(*record).join(u' ') : QString();
    const bool same = key == m_targetKey;
    m_targetKey = key;
    m_target = record;
    updateAction();
    if (record && !same) {
        if (const std::optional<InspectionResult> known = verdictFor(*record)) {
            remember(*record, *known);
            Q_EMIT verdictReady(record->id, *known);
        }
    }
}

QString InspectController::whyNot(const std::optional<ImageRecord>& record) const
{
    if (!m_starter)
        return tr("Inspection is not available in this version of Skylight.");
    if (!record || !m_adapter)
        return tr("Select an image to inspect what is inside it.");
    const QString name = nameOf(*record);
    if (record->status != u"active"_s) {
        return record->status
                   ? tr("Only active images have data to inspect; %1 is %2.").arg(name, *record->status)
                   : tr("Only active images have data to inspect; the status of %1 is unknown.").arg(name);
    }
    if (record->size && *record->size <= 0)
        return tr("%1 has no data to inspect.").arg(name);
    if (isInspecting(record->id))
        return tr("Inspecting %1…").arg(name);
    return {};
}

void InspectController::updateAction()
{
    const QString reason = whyNot(m_target);
    m_action->setEnabled(reason.isEmpty());
    m_action->setToolTip(reason.isEmpty()
                             ? tr("Read the start of the selected image's data and tell what is inside "
                                  "it: its format, its size and whether it is safe (Ctrl+Shift+I)")
                             : reason);
    m_action->setStatusTip(m_action->toolTip());
}

bool InspectController::inspectTarget()
{
    if (!m_target)
        return false;
    return inspect(m_adapter, *m_target);
}

bool InspectController::inspect(ImageAdapter* adapter, const ImageRecord& record)
{
    QPointer<ImageAdapter> previous = m_adapter;
    m_adapter = adapter; // whyNot() looks at it
    const QString reason = whyNot(record);
    m_adapter = previous;
    if (!reason.isEmpty())
        return false; // the action is off and its tooltip says why
    Job<InspectionResult>* job = m_starter(adapter, record);
    if (!job) {
        m_starter = {}; // not wired: off from now on, and saying so
        updateAction();
        return false;
    }
    m_running.insert(record.id, job);
    const quint64 generation = m_generation;
    // The record is the one chosen now, by value: the verdict goes to its id whatever is
    // selected when the job ends.
    job->then(this, [this, generation, record](const Result<InspectionResult>& result) {
        onFinished(generation, record, result);
    });
    updateAction();
    Q_EMIT inspectingChanged(record.id, true);
    return true;
}

void InspectController::onFinished(quint64 generation, const ImageRecord& record,
                                   const Result<InspectionResult>& result)
{
    if (generation != m_generation)
        return; // cancelled with its cloud
    m_running.remove(record.id);
    updateAction();
    Q_EMIT inspectingChanged(record.id, false);
    if (!result) {
        if (result.error().kind != ApiError::Kind::Cancelled)
            Q_EMIT failed(record.id, result.error());
        return;
    }
    remember(record, *result);
    if (m_cache)
        m_cache->store(record, *result);
    Q_EMIT verdictReady(record.id, *result);
}

void InspectController::cancelAll()
{
    m_targetKey.clear(); // another cloud: its verdicts are looked up again
    if (m_running.isEmpty())
        return;
    ++m_generation;
    const auto running = std::exchange(m_running, {});
    for (auto it = running.begin(); it != running.end(); ++it) {
        if (it.value())
            it.value()->abort();
        Q_EMIT inspectingChanged(it.key(), false);
    }
    updateAction();
}

bool InspectController::isInspecting(const QString& id) const
{
    return m_running.contains(id);
}

void InspectController::remember(const ImageRecord& record, const InspectionResult& result)
{
    if (!m_known.contains(record.id)) {
        m_knownOrder.append(record.id);
        if (m_knownOrder.size() > kMaxKnown)
            m_known.remove(m_knownOrder.takeFirst());
    }
    m_known.insert(record.id, Known{VerdictCache::checksumsOf(record), result});
}

std::optional<InspectionResult> InspectController::verdictFor(const ImageRecord& record) const
{
    const QStringList checksums = VerdictCache::checksumsOf(record);
    const auto known = m_known.constFind(record.id);
    // Known for the same data: no checksum on either side, or one in common (a listing may give
    // only the MD5 checksum, the details the hash too). Another checksum: another verdict.
    if (known != m_known.cend()) {
        const bool same = checksums.isEmpty() && known->checksums.isEmpty();
        const bool shared = std::any_of(checksums.cbegin(), checksums.cend(),
                                        [&known](const QString& c) { return known->checksums.contains(c); });
        if (same || shared)
            return known->result;
    }
    if (m_cache)
        return m_cache->find(record);
    return std::nullopt;
}

} // namespace Skylight
