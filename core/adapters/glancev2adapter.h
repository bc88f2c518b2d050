// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "adapters/httpimageadapter.h"

namespace Skylight {

// OpenStack Image API v2: GET /v2/images (limit, marker, sort, filters, the scope as visibility
// and member_status, relative `next` link) and GET /v2/images/{id}.
class GlanceV2Adapter : public HttpImageAdapter
{
    Q_OBJECT
public:
    GlanceV2Adapter(QNetworkAccessManager* nam, ServiceEndpoint endpoint, TransportOptions options,
                    QObject* parent = nullptr);

    Dialect dialect() const override { return Dialect::GlanceV2; }
    ImageListJob* list(const PageRequest& request) override;
    // The top-level "next" of the listing, found by a scan of the body.
    std::optional<QUrl> peekNext(const HttpResponse& response) const override;
    ImageShowJob* show(const QString& imageId) override;

    QUrl listUrl(const PageRequest& request) const;
    QUrl showUrl(const QString& imageId) const;
    Result<FileLocation> fileLocation(const ImageRecord& record) const override;
    QStringList serverFilterKeys() const override;
    bool sortsOnServer() const override { return true; }
    bool hasListScope() const override { return true; }

    // ---- What the cloud says of itself (issue 18; in glancev2info.cpp) ----
    // GET /v2/info/stores/detail, and /v2/info/stores when the detail is refused (non-admins).
    ImageStoresJob* stores() override;
    ImportInfoJob* importInfo() override;                  // GET /v2/info/import
    ImageUsageJob* usage() override;                       // GET /v2/info/usage
    ImageTasksJob* tasks(const QString& imageId) override; // GET /v2/images/{id}/tasks
    ImageSchemaJob* schema() override;                     // GlanceV2SchemaJob
    // --- Image sharing: GET /v2/images/{id}/members, PUT /v2/images/{id}/members/{member_id} ---
    bool hasImageSharing() const override { return true; }
    ImageMembersJob* members(const QString& imageId) override;
    ImageMemberJob* setMemberStatus(const QString& imageId, const QString& memberId,
                                    ImageMember::Status status) override;
    QUrl membersUrl(const QString& imageId, const QString& memberId = QString()) const;

private:
    QUrl infoUrl(const QString& path) const; // `path` under the service root
    // GET `url`, its JSON object read by `parse`; a 404 says `notFound`.
    template <class T>
    Job<T>* getInfo(const QUrl& url, const QString& what, const QString& notFound,
                    std::function<Result<T>(const QJsonObject&)> parse);

    QUrl m_root;
};

} // namespace Skylight
