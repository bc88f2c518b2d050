// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "adapters/imageadapter.h"

#include <QPointer>

namespace Skylight {

class CloudSession;

// The adapter a signed-in CloudSession hands out: the dialect's own adapter underneath, and one
// place that renews the token. A request refused with 401 asks for a renewal, waits for it and
// is sent once more; every request refused while a renewal is under way waits for that same one
// (the session signs in once, not once per request); a request sent with an older token than
// the current one is sent again at once. Downloads ask through renewToken() too.
class RenewingAdapter : public ImageAdapter
{
    Q_OBJECT
public:
    // Takes `inner` over (it becomes a child).
    RenewingAdapter(ImageAdapter* inner, CloudSession* session, QObject* parent = nullptr);

    ImageAdapter* inner() const { return m_inner; }
    bool isRenewing() const { return m_renewing; }

    Dialect dialect() const override { return m_inner->dialect(); }
    QUrl endpoint() const override { return m_inner->endpoint(); }
    ImageListJob* list(const PageRequest& request) override;
    ImageShowJob* show(const QString& imageId) override;
    Result<FileLocation> fileLocation(const ImageRecord& record) const override
    {
        return m_inner->fileLocation(record);
    }
    // The session's new token: requests sent from now on carry it, and a renewal under way ends.
    void setToken(const QByteArray& token) override;
    QByteArray token() const override { return m_inner->token(); }
    QStringList serverFilterKeys() const override { return m_inner->serverFilterKeys(); }
    bool sortsOnServer() const override { return m_inner->sortsOnServer(); }
    bool offersDownloadStoreChoice() const override { return m_inner->offersDownloadStoreChoice(); }
    bool hasListScope() const override { return m_inner->hasListScope(); }
    std::optional<QUrl> peekNext(const HttpResponse& response) const override
    {
        return m_inner->peekNext(response);
    }
    // ---- What the cloud says of itself (issue 18): sent again once after a renewal, as list ----
    ImageStoresJob* stores() override;
    ImportInfoJob* importInfo() override;
    ImageUsageJob* usage() override;
    ImageTasksJob* tasks(const QString& imageId) override;
    ImageSchemaJob* schema() override;

    int tokenGeneration() const override { return m_generation; }
    void renewToken(int generation, QObject* context,
                    std::function<void(std::optional<ApiError>)> done) override;

    // --- Image sharing: the inner adapter's, renewed on 401 as list and show are ---
    bool hasImageSharing() const override { return m_inner->hasImageSharing(); }
    QString projectId() const override { return m_inner->projectId(); }
    ImageMembersJob* members(const QString& imageId) override;
    ImageMemberJob* setMemberStatus(const QString& imageId, const QString& memberId,
                                    ImageMember::Status status) override;

Q_SIGNALS:
    // The renewal asked for ended: with nothing when a new token is in place, else why not.
    void renewalEnded(const std::optional<Skylight::ApiError>& failure);

private:
    void endRenewal(const std::optional<ApiError>& failure);
    static ApiError retiredError();

    ImageAdapter* m_inner;
    QPointer<CloudSession> m_session;
    int m_generation = 1;
    bool m_renewing = false;
    bool m_retired = false; // the session went on without this adapter
};

} // namespace Skylight
