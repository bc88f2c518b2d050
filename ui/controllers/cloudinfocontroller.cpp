// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/cloudinfocontroller.h"

#include "adapters/imageadapter.h"
#include "controllers/browsingcontroller.h"
#include "controllers/cloudbrowser.h" // BrowsingController::current() needs it whole

#include <QUrl>

namespace Skylight {

CloudInfoController::CloudInfoController(CloudInfoPanel* panel, BrowsingController* browsing, QObject* parent)
    : QObject(parent)
    , m_panel(panel)
    , m_browsing(browsing)
{
    connect(m_panel, &CloudInfoPanel::refreshRequested, this, &CloudInfoController::refresh);
    connect(m_panel, &CloudInfoPanel::shown, this, [this] {
        if (m_stale)
            fetch();
    });
    if (m_browsing) {
        // The cloud shown changes (statusChanged comes with every change of it) or gets its
        // adapter once signed in (adapterBound).
        connect(m_browsing, &BrowsingController::statusChanged, this, &CloudInfoController::follow);
        connect(m_browsing, &BrowsingController::adapterBound, this, &CloudInfoController::follow);
        follow();
    } else {
        showNoCloud();
    }
}

CloudInfoController::~CloudInfoController()
{
    stopJobs();
}

void CloudInfoController::follow()
{
    if (m_browsing)
        setAdapter(m_browsing->adapter());
}

void CloudInfoController::setAdapter(ImageAdapter* adapter)
{
    // The same adapter (a new token, another page listed): what is shown stays. One deleted and
    // another made at its address is a new one.
    const bool same = adapter == m_adapterSeen && (m_adapter || !adapter);
    if (same && m_generation > 0)
        return;
    m_adapter = adapter;
    m_adapterSeen = adapter;
    m_stale = true;
    stopJobs();
    ++m_generation; // whatever still comes for the cloud before is dropped
    if (!adapter) {
        showNoCloud();
        return;
    }
    m_panel->setCloudText(
        tr("%1 at %2")
            .arg(dialectName(adapter->dialect()), adapter->endpoint().toDisplayString(QUrl::RemoveUserInfo)));
    for (auto section :
         {CloudInfoPanel::Section::Stores, CloudInfoPanel::Section::Import, CloudInfoPanel::Section::Usage})
        m_panel->showLoading(section);
    m_panel->setRefreshEnabled(true);
    if (m_panel->isVisible())
        fetch();
}

void CloudInfoController::showNoCloud()
{
    m_panel->setCloudText(
        tr("No cloud signed in: choose a cloud and sign in to see what its Image API says of itself."));
    for (auto section :
         {CloudInfoPanel::Section::Stores, CloudInfoPanel::Section::Import, CloudInfoPanel::Section::Usage})
        m_panel->showEmpty(section);
    m_panel->setRefreshEnabled(false);
    m_stale = false;
}

void CloudInfoController::refresh()
{
    m_stale = true;
    if (m_panel->isVisible())
        fetch();
}

void CloudInfoController::stopJobs()
{
    // Their answers are dropped either way (the generation moved on); stopping them saves the
    // requests still running.
    const QList<QPointer<ApiJob>> jobs = std::exchange(m_jobs, {});
    for (const QPointer<ApiJob>& job : jobs) {
        if (job)
            job->abort();
    }
    m_pending = 0;
}

void CloudInfoController::fetch()
{
    stopJobs();
    ++m_generation;
    m_stale = false;
    if (!m_adapter) {
        showNoCloud();
        return;
    }
    using Section = CloudInfoPanel::Section;
    for (Section section : {Section::Stores, Section::Import, Section::Usage})
        m_panel->showLoading(section);
    m_panel->setRefreshEnabled(false);
    m_pending = 3;
    watch(m_adapter->stores(), Section::Stores,
          [this](const ImageStoreList& stores) { m_panel->showStores(stores); });
    watch(m_adapter->importInfo(), Section::Import,
          [this](const ImportInfo& info) { m_panel->showImportInfo(info); });
    watch(m_adapter->usage(), Section::Usage, [this](const ImageUsage& usage) { m_panel->showUsage(usage); });
}

template <class T, class Show>
void CloudInfoController::watch(Job<T>* job, CloudInfoPanel::Section section, Show show)
{
    m_jobs.append(QPointer<ApiJob>(job));
    const quint64 generation = m_generation;
    job->then(this, [this, generation, section, show](const Result<T>& result) {
        if (generation != m_generation)
            return; // for a cloud no longer shown, or an earlier fetch
        if (result)
            show(*result);
        sectionDone(section, result ? nullptr : &result.error());
    });
}

bool CloudInfoController::isNone(const ApiError& error)
{
    return (error.kind == ApiError::Kind::BadRequest && error.httpStatus == 0) ||
           error.kind == ApiError::Kind::NotFound;
}

void CloudInfoController::sectionDone(CloudInfoPanel::Section section, const ApiError* error)
{
    if (error) {
        if (isNone(*error))
            m_panel->showNote(section, error->message);
        else
            m_panel->showFailure(section, error->describe());
    }
    if (--m_pending > 0)
        return;
    m_jobs.clear();
    m_panel->setRefreshEnabled(true);
    Q_EMIT finished();
}

} // namespace Skylight
