// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagerecord.h"
#include "image/pagerequest.h"

#include <QObject>
#include <optional>

namespace Skylight {

class ImageAdapter;
class ImageListLoader;
class ImageTableModel;

// Which shared images of a listing wait for the user's answer. Glance's image records say nothing
// of the caller's membership: a listing with member_status=all mixes pending, accepted and
// rejected shares. This asks for the pending ones alone (visibility=shared, member_status=pending)
// and marks those the table lists (ImageTableModel::setMembership), at most kCap of them; the
// rows are not touched otherwise. The user's own shared images are listed with any member_status
// and are never marked, so nothing is asked for while the user's project is unknown. A failure
// only leaves the marks out. Deleted with its table's next listing.
class PendingSharesProbe : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kCap = 2000;

    PendingSharesProbe(ImageAdapter* adapter, ImageTableModel* model, QObject* parent = nullptr);

    // Whether a listing asked with `listed` may hold pending shares that no row says are pending.
    static bool isWanted(const ListScope& listed);
    // Asks with the filters of `listed` (the listing just done); `alsoHidden`: then among the
    // hidden images too (a listing of its own, as Glance lists them alone). Emits finished() once.
    void start(const PageRequest& listed, bool alsoHidden = false);
    qsizetype marked() const { return m_marked; }

Q_SIGNALS:
    void finished();

private:
    void onPage(const QList<Skylight::ImageRecord>& images);
    void onLoaderFinished();

    ImageTableModel* m_model;
    ImageListLoader* m_loader;
    qsizetype m_marked = 0;
    std::optional<PageRequest> m_hiddenPass;
};

} // namespace Skylight
