// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/cloudbrowser.h"

#include "adapters/imageadapter.h"
#include "adapters/imagelistloader.h"
#include "controllers/skippedentriesnotice.h"
#include "models/imagetablemodel.h"
#include "models/overviewrows.h"

#include <memory>
#include <utility>

namespace Skylight {

CloudBrowser::CloudBrowser(const QString& cloudName, QObject* parent)
    : QObject(parent)
    , m_cloudName(cloudName)
    , m_model(new ImageTableModel(this))
    , m_notice(new SkippedEntriesNotice(this))
{}

CloudBrowser::~CloudBrowser()
{
    // A request still in flight answers nobody: its handler goes with this browser.
    // (then() deletes the job once its finished() is delivered, with or without this browser.)
    if (ApiJob* job = m_showJob)
        job->abort();
}

void CloudBrowser::setAdapter(ImageAdapter* adapter)
{
    if (adapter == m_adapter && (m_loader || !adapter))
        return;
    cancelDetails();
    delete m_probe; // it asks through the adapter going
    delete m_loader;
    m_loader = nullptr;
    m_adapter = adapter;
    if (!adapter)
        return;
    m_loader = new ImageListLoader(adapter, this);
    connect(m_loader, &ImageListLoader::pageLoaded, this, &CloudBrowser::onPageLoaded);
    connect(m_loader, &ImageListLoader::finished, this, &CloudBrowser::onLoaderFinished);
    m_notice->watch(m_loader);
}

bool CloudBrowser::startListing(const PageRequest& first, qsizetype imageCap, bool alsoHidden)
{
    if (!m_loader)
        return false;
    m_notice->reset();
    delete m_probe; // its marks were for the rows going now
    m_model->clear();
    // A listing of pending (rejected) shares says so of every row shared by another project.
    using MemberStatus = ListScope::MemberStatus;
    const MemberStatus status = first.scope.memberStatus;
    m_model->setListedMembership(status == MemberStatus::Pending || status == MemberStatus::Rejected
                                     ? std::optional(status == MemberStatus::Pending
                                                         ? ImageMember::Status::Pending
                                                         : ImageMember::Status::Rejected)
                                     : std::nullopt,
                                 m_ownProject);
    m_firstPage = first;
    m_listedFilters = first.filters;
    m_listedScope = first.scope;
    m_listedHidden = alsoHidden && !first.scope.hidden;
    m_hiddenPass.reset();
    m_inHiddenPass = false;
    m_listingError.reset();
    m_hiddenError.reset();
    m_stoppedAtCap = false;
    m_loadedCount = 0;
    if (m_listedHidden) {
        PageRequest hidden = first;
        hidden.scope.hidden = true;
        m_hiddenPass = hidden;
    }
    m_requestTimer.start();
    m_loader->setImageCap(imageCap);
    m_loader->start(first);
    return true;
}

void CloudBrowser::onLoaderFinished()
{
    if (m_inHiddenPass) {
        // Whatever became of the hidden images' listing, the others stand: a failure is a word
        // of its own (hiddenError), not the listing's.
        if (m_loader->error()) {
            m_hiddenError = m_loader->error();
            m_listedHidden = false;
        }
        endHiddenPass();
        return;
    }
    m_listingError = m_loader->error();
    m_stoppedAtCap = m_loader->stoppedAtCap();
    m_loadedCount = m_loader->loadedCount();
    if (m_listingError) {
        noteRequest(m_requestTimer.elapsed());
    } else if (m_hiddenPass && !m_stoppedAtCap && m_loader->imageCap() > m_model->rowCount()) {
        // The others are in: the hidden ones follow, within what is left of the cap.
        const PageRequest hidden = *std::exchange(m_hiddenPass, std::nullopt);
        m_inHiddenPass = true;
        m_loader->setImageCap(m_loader->imageCap() - m_model->rowCount());
        m_loader->start(hidden);
        return;
    }
    if (m_hiddenPass)
        m_listedHidden = false; // none asked for: the listing ended at the cap
    m_hiddenPass.reset();
    finishListing();
}

void CloudBrowser::endHiddenPass()
{
    m_inHiddenPass = false;
    m_hiddenPass.reset();
    finishListing();
}

void CloudBrowser::finishListing()
{
    // The pending shares among a listing of any member status: marked once the rows are in.
    if (!m_listingError && m_adapter && m_adapter->hasImageSharing() && !m_ownProject.isEmpty() &&
        PendingSharesProbe::isWanted(m_firstPage.scope)) {
        m_probe = new PendingSharesProbe(m_adapter, m_model, this);
        connect(m_probe, &PendingSharesProbe::finished, m_probe, &QObject::deleteLater);
        m_probe->start(m_firstPage, m_listedHidden);
    }
    Q_EMIT listingFinished();
}

bool CloudBrowser::isLoading() const
{
    return m_loader && m_loader->isRunning();
}

void CloudBrowser::onPageLoaded(const QList<ImageRecord>& images)
{
    noteRequest(m_requestTimer.restart());
    if (m_inHiddenPass) {
        // Only what is hidden and not listed yet: a Glance older than os_hidden (Image API
        // v2.7) ignores the parameter and lists the same images again, which are not repeats.
        QList<ImageRecord> hidden;
        bool ignored = false; // an image that is not hidden: the server did not filter
        for (const ImageRecord& record : images) {
            ignored = ignored || !OverviewRows::isHidden(record.properties);
            if (OverviewRows::isHidden(record.properties) && m_model->rowOf(record.id) < 0)
                hidden.append(record);
        }
        m_model->append(hidden);
        Q_EMIT pageAdded();
        if (ignored) {
            // Its hidden images came with the others already: the rest of the catalogue again
            // would be for nothing.
            m_loader->stop();
            endHiddenPass();
        }
        return;
    }
    const QStringList repeated = m_model->append(images);
    if (!repeated.isEmpty())
        m_notice->addRepeated(m_loader->pagesLoaded(), repeated);
    Q_EMIT pageAdded();
}

void CloudBrowser::noteRequest(qint64 ms)
{
    m_lastRequestMs = ms;
    m_lastRequestAt = QDateTime::currentDateTime();
}

void CloudBrowser::cancelDetails()
{
    if (!m_showJob)
        return;
    ApiJob* job = m_showJob;
    m_showJob = nullptr;
    // Its answer may already be queued (a finished job ignores abort()): nobody listens any more,
    // and then() still deletes the job.
    job->disconnect(this);
    job->abort();
}

void CloudBrowser::requestDetails(const QString& id)
{
    cancelDetails();
    if (!m_adapter)
        return;
    // The freshest details and the show response as the raw view.
    ImageShowJob* job = m_adapter->show(id);
    m_showJob = job;
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    job->then(this, [this, id, started](const Result<ImageRecord>& result) {
        if (!result && result.error().kind == ApiError::Kind::Cancelled)
            return; // another image was selected: its own request reports
        noteRequest(started->elapsed());
        if (result)
            m_model->update(*result);
        m_details = result;
        Q_EMIT detailsFinished(id);
    });
}

} // namespace Skylight
