// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/pendingsharesprobe.h"

#include "adapters/imagelistloader.h"
#include "models/imagetablemodel.h"

#include <utility>

namespace Skylight {

PendingSharesProbe::PendingSharesProbe(ImageAdapter* adapter, ImageTableModel* model, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_loader(new ImageListLoader(adapter, this))
{
    m_loader->setImageCap(kCap);
    connect(m_loader, &ImageListLoader::pageLoaded, this, &PendingSharesProbe::onPage);
    connect(m_loader, &ImageListLoader::finished, this, &PendingSharesProbe::onLoaderFinished);
}

bool PendingSharesProbe::isWanted(const ListScope& listed)
{
    using Visibility = ListScope::Visibility;
    // Pending and rejected listings say it of every row already; the default status is accepted.
    // Only images of visibility shared have members.
    return listed.memberStatus == ListScope::MemberStatus::All &&
           (listed.visibility == Visibility::Default || listed.visibility == Visibility::Shared ||
            listed.visibility == Visibility::All);
}

void PendingSharesProbe::start(const PageRequest& listed, bool alsoHidden)
{
    PageRequest pending;
    pending.limit = listed.limit;
    pending.filters = listed.filters;
    pending.scope.visibility = ListScope::Visibility::Shared;
    pending.scope.memberStatus = ListScope::MemberStatus::Pending;
    pending.scope.hidden = listed.scope.hidden;
    if (alsoHidden && !pending.scope.hidden) {
        m_hiddenPass = pending;
        m_hiddenPass->scope.hidden = true;
    }
    m_loader->start(pending);
}

void PendingSharesProbe::onLoaderFinished()
{
    // The hidden ones after the others, within what is left of the cap (counted in images read:
    // entries left unread for being malformed may add a few); a failure ends it all
    // (the marks are a help, not the listing).
    if (m_hiddenPass && !m_loader->error() && !m_loader->stoppedAtCap() && m_loader->loadedCount() < kCap) {
        const PageRequest hidden = *std::exchange(m_hiddenPass, std::nullopt);
        m_loader->setImageCap(kCap - m_loader->loadedCount());
        m_loader->start(hidden);
        return;
    }
    Q_EMIT finished();
}

void PendingSharesProbe::onPage(const QList<ImageRecord>& images)
{
    // The user's own images come with any member_status; only another project's share waits, as
    // the table's row says (markPending), and an answer given meanwhile stands.
    for (const ImageRecord& record : images)
        m_marked += m_model->markPending(record.id) ? 1 : 0;
}

} // namespace Skylight
