// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/imagesharingcontroller.h"

#include "adapters/imageadapter.h"
#include "adapters/membershipchange.h"
#include "controllers/browsingcontroller.h"
#include "controllers/cloudbrowser.h"
#include "controllers/cloudbrowsers.h"
#include "controllers/selectionactions.h"
#include "identity/cloudsession.h"
#include "models/imagetablemodel.h"
#include "models/membertablemodel.h"
#include "widgets/imagedetailsview.h"
#include "widgets/imagesharingtab.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
// The image a target is about (empty: none). Its adapter is compared beside it through the
// QPointer kept: one created where a destroyed adapter was is another adapter, never its address.
QString keyOf(const ImageAdapter* adapter, const std::optional<ImageRecord>& record)
{
    if (!adapter || !record)
        return {};
    return record->id;
}

QString leftOut(const SkippedEntries& skipped)
{
    if (skipped.isEmpty())
        return {};
    return u" "_s + ImageSharingController::tr("Entries left out of the server's answer: %1 (%2).")
                        .arg(QString::number(skipped.count), skipped.reasons.join(u"; "));
}
} // namespace

ImageSharingController::ImageSharingController(QObject* parent)
    : QObject(parent)
{}

void ImageSharingController::attach(const Parts& parts)
{
    m_parts = parts;
    setTab(parts.details->sharingTab());
    const auto follow = [this] {
        setTarget(m_parts.browsing->adapter(), m_parts.selection->currentRecord(), projectOfSession());
    };
    connect(parts.selection, &SelectionActions::currentImageChanged, this, follow);
    // Another cloud shown, signed in, fresh details: the same image keeps what was found.
    connect(parts.browsing, &BrowsingController::statusChanged, this, follow);
    connect(parts.browsing, &BrowsingController::detailsFinished, this, follow);
    follow();
}

QString ImageSharingController::projectOfSession() const
{
    const CloudSession* session = m_parts.browsing ? m_parts.browsing->currentSession() : nullptr;
    return session && session->endpoint() ? session->endpoint()->projectId : QString();
}

void ImageSharingController::setTab(ImageSharingTab* tab)
{
    if (m_tab)
        disconnect(m_tab, nullptr, this, nullptr);
    m_tab = tab;
    if (!tab)
        return;
    connect(tab, &ImageSharingTab::shown, this, &ImageSharingController::onShown);
    connect(tab, &ImageSharingTab::answerRequested, this, &ImageSharingController::answer);
}

void ImageSharingController::setTarget(ImageAdapter* adapter, const std::optional<ImageRecord>& record,
                                       const QString& projectId)
{
    const QString key = keyOf(adapter, record);
    if (key == m_key && adapter == m_adapter.data() && projectId == m_projectId) {
        m_record = record; // fresh details of the same image: what was found still holds
        return;
    }
    cancelFetch();
    m_key = key;
    m_adapter = adapter;
    m_record = key.isEmpty() ? std::nullopt : record;
    m_projectId = projectId;
    m_fetched = false;
    if (m_tab) {
        m_tab->clear();
        m_tab->setImageId(targetId());
    }
    if (m_tab && m_tab->isVisible())
        fetch();
}

void ImageSharingController::reload()
{
    m_fetched = false;
    if (m_tab && m_tab->isVisible())
        fetch();
}

void ImageSharingController::onShown()
{
    if (!m_fetched)
        fetch();
}

void ImageSharingController::cancelFetch()
{
    ++m_generation; // whatever is still on its way is dropped
    if (m_job)
        m_job->abort();
    m_job = nullptr;
}

void ImageSharingController::fetch()
{
    cancelFetch();
    m_fetched = true;
    if (!m_tab)
        return;
    if (!m_record || !m_adapter) {
        m_tab->clear();
        return;
    }
    const QString id = m_record->id;
    if (!m_adapter->hasImageSharing()) {
        m_tab->showMessage(ImageSharingTab::Kind::Note,
                           tr("This cloud's API (%1) has no image sharing: image members, and the answers "
                              "of the projects an image is shared with, are a feature of the Image API v2.")
                               .arg(dialectName(m_adapter->dialect())));
        Q_EMIT membersShown(id);
        return;
    }
    m_tab->showMessage(ImageSharingTab::Kind::Note, tr("Loading members…"));
    ImageMembersJob* job = m_adapter->members(id);
    m_job = job;
    const quint64 generation = m_generation;
    job->then(this, [this, generation, id](const Result<ImageMembers>& members) {
        if (generation != m_generation)
            return; // another image (or the same one asked again) since
        m_job = nullptr;
        onMembers(id, members);
    });
}

void ImageSharingController::onMembers(const QString& id, const Result<ImageMembers>& result)
{
    if (!m_tab || !m_record || m_record->id != id)
        return;
    if (!result) {
        m_tab->showMessage(ImageSharingTab::Kind::Failure,
                           tr("The image's members could not be read: %1").arg(result.error().describe()));
        Q_EMIT membersShown(id);
        return;
    }
    if (result->notShared) {
        // Glance's 403 for an image that is not `shared`: a fact about the image, said calmly.
        m_tab->showMessage(ImageSharingTab::Kind::Note,
                           tr("This image is not shared with other projects, so it has no members. The "
                              "server says: %1")
                               .arg(*result->notShared));
        Q_EMIT membersShown(id);
        return;
    }
    const QList<ImageMember>& members = result->members;
    const QString owner = m_record->owner.value_or(QString());
    const auto mine = std::find_if(members.cbegin(), members.cend(), [this](const ImageMember& member) {
        return !m_projectId.isEmpty() && member.memberId == m_projectId;
    });
    QString summary;
    bool answerable = false;
    std::optional<ImageMember::Status> current;
    if (mine != members.cend() && owner != m_projectId) {
        // A share offered to the user's project: its own membership, to answer.
        answerable = true;
        current = mine->status;
        const QString status = MemberTableModel::statusText(mine->status);
        summary = owner.isEmpty() ? tr("Shared with your project (%1) by a project the server does not "
                                       "name. Your project's answer: %2.")
                                        .arg(m_projectId, status)
                                  : tr("Shared with your project (%1) by project %2. Your project's "
                                       "answer: %3.")
                                        .arg(m_projectId, owner, status);
        if (mine->status == ImageMember::Status::Pending)
            summary += u" "_s + tr("Until your project accepts it, the image is not listed with your "
                                   "project's images.");
    } else if (m_projectId.isEmpty() && members.size() == 1) {
        // Who the user is is not known: the one membership listed is theirs if they are not the owner.
        answerable = true;
        current = members.first().status;
        summary = tr("The server lists one membership of this image: project %1, %2. If that is your "
                     "project, you can accept or reject the share; if the image is yours, only that "
                     "project can answer.")
                      .arg(members.first().memberId, MemberTableModel::statusText(members.first().status));
    } else if (members.isEmpty()) {
        summary = tr("This image is shared, but with no project yet.");
    } else {
        summary = tr("Projects this image is shared with: %1. Each answers for itself.")
                      .arg(QString::number(members.size()));
    }
    m_tab->showMembers(summary + leftOut(result->skipped), members, answerable, current);
    if (m_change)
        m_tab->setAnswering(true); // one answer at a time: the buttons wait for the one on its way
    Q_EMIT membersShown(id);
}

void ImageSharingController::answer(const QString& imageId, ImageMember::Status status)
{
    if (!m_tab || !m_record || !m_adapter)
        return;
    if (imageId != m_record->id) {
        m_tab->showMessage(ImageSharingTab::Kind::Failure,
                           tr("Another image was selected while you were asked: nothing was sent."), true);
        return;
    }
    if (m_change)
        return; // the buttons are off until the answer on its way is in
    const QString id = m_record->id;
    const QString key = m_key;
    auto* change = new MembershipChange(m_adapter, id, status, m_projectId, this);
    m_change = change;
    // A change whose cloud goes meanwhile (signed out, another endpoint) ends as cancelled rather
    // than never: the buttons must not wait for it forever.
    connect(m_adapter, &QObject::destroyed, change, &ApiJob::abort);
    m_tab->setAnswering(true);
    m_tab->showMessage(ImageSharingTab::Kind::Note,
                       status == ImageMember::Status::Rejected ? tr("Rejecting the share…")
                                                               : tr("Accepting the share…"),
                       true);
    const QPointer<ImageAdapter> adapter = m_adapter;
    const QString image = m_record->name.value_or(id);
    change->then(this, [this, id, key, adapter, image](const Result<ImageMember>& result) {
        m_change = nullptr;
        if (result) {
            // Its row says so at once (no longer "pending"), in the table of the cloud answered
            // for, shown or not.
            if (adapter && m_parts.browsing) {
                for (CloudBrowser* browser : m_parts.browsing->browsers()->browsers()) {
                    if (browser->adapter() == adapter)
                        browser->model()->setMembership(id, result->status);
                }
            }
            Q_EMIT membershipChanged(id, result->status);
        } else {
            Q_EMIT answerFailed(id);
        }
        if (key != m_key || !m_tab) {
            // Another image is shown: a success shows when this one is selected again; a failure
            // must not go unseen.
            if (!result && result.error().kind != ApiError::Kind::Cancelled)
                Q_EMIT message(MessageKind::Warning, tr("The answer to the share of %1 was not taken: %2")
                                                         .arg(image, result.error().describe()));
            return;
        }
        if (!result) {
            m_tab->setAnswering(false);
            m_tab->showMessage(ImageSharingTab::Kind::Failure,
                               tr("The answer was not taken: %1").arg(result.error().describe()), true);
            return;
        }
        reload(); // the members as they are now
    });
    change->start();
}

} // namespace Skylight
