// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagemember.h"
#include "image/imagerecord.h"
#include "net/apijob.h"
#include "net/result.h"
#include "widgets/messagekind.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace Skylight {

class BrowsingController;
class ImageAdapter;
class ImageDetailsView;
class ImageSharingTab;
class SelectionActions;

// What the details pane's Sharing tab shows for the selected image: its members (Glance v2's
// image members), asked for only while the tab is in sight (once per image: choosing the tab, or
// selecting another image while it is shown), and the user's answer to a share of their project
// (Accept, Reject once confirmed), after which the members are asked for again. An answer that
// arrives for an image no longer selected is dropped (its request aborted); an answer to a share
// given meanwhile still counts on the server, and is shown when the image is selected again.
// Who the user is: the signed-in session's project; without one (a token, the demo), a single
// membership listed may be the user's (Glance lists a member its own membership only).
class ImageSharingController : public QObject
{
    Q_OBJECT
public:
    explicit ImageSharingController(QObject* parent = nullptr);

    // Follows the window: the selection (the image), the cloud shown (the adapter and project),
    // and fills the details pane's Sharing tab.
    struct Parts
    {
        SelectionActions* selection;
        BrowsingController* browsing;
        ImageDetailsView* details;
    };
    void attach(const Parts& parts);

    // Fills `tab` (attach() gives the pane's).
    void setTab(ImageSharingTab* tab);
    // The image whose sharing the tab shows, through `adapter`, for the user's project
    // `projectId` (empty: unknown). Asks the server at once when the tab is in sight, else when
    // it comes into sight.
    void setTarget(ImageAdapter* adapter, const std::optional<ImageRecord>& record,
                   const QString& projectId = QString());
    // Asks for the members again (now if the tab is in sight, else when it is).
    void reload();
    // Answers the share of the image shown for the user's project (no question asked here:
    // the tab confirms a rejection first).
    // `imageId`: the image the user answered for; when another one is shown by now, nothing is
    // sent and the tab says so.
    void answer(const QString& imageId, ImageMember::Status status);

    bool isLoading() const { return !m_job.isNull(); }
    bool isAnswering() const { return !m_change.isNull(); }
    QString targetId() const { return m_record ? m_record->id : QString(); }

Q_SIGNALS:
    // The tab shows what was found for image `id`: its members, why it has none, or a failure.
    void membersShown(const QString& id);
    // The user's project answered the share of image `id` (the server took it).
    void membershipChanged(const QString& id, Skylight::ImageMember::Status status);
    // The answer for image `id` was refused or failed (said in the tab when it is still shown).
    void answerFailed(const QString& id);
    // Worth the window's banner: an answer that failed after another image was selected.
    void message(Skylight::MessageKind kind, const QString& text);

private:
    void onShown();
    void fetch();
    void cancelFetch();
    void onMembers(const QString& id, const Result<ImageMembers>& members);
    QString projectOfSession() const;

    Parts m_parts{};
    QPointer<ImageSharingTab> m_tab;
    QPointer<ImageAdapter> m_adapter;
    std::optional<ImageRecord> m_record;
    QString m_projectId;
    QString m_key;          // adapter and image id of the target
    bool m_fetched = false; // the target was asked for (or needs no request)
    QPointer<ApiJob> m_job;
    QPointer<ApiJob> m_change;
    quint64 m_generation = 0; // bumped with every request: older answers are dropped
};

} // namespace Skylight
