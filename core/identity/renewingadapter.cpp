// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "identity/renewingadapter.h"

#include "adapters/renewingjob.h"
#include "identity/cloudsession.h"
#include "identity/secretkindtext.h"

#include <QCoreApplication>
#include <QTimer>

namespace Skylight {

RenewingAdapter::RenewingAdapter(ImageAdapter* inner, CloudSession* session, QObject* parent)
    : ImageAdapter(parent)
    , m_inner(inner)
    , m_session(session)
{
    Q_ASSERT(inner);
    inner->setParent(this);
    if (!session)
        return;
    // How a renewal ends without a new token: the session failed, needs a secret first (the
    // window asks for it; the requests waiting end now, and the listing is asked for again once
    // signed in), or went on with another adapter (another endpoint, or forgotten).
    connect(session, &CloudSession::failed, this, [this](const ApiError& error) { endRenewal(error); });
    connect(session, &CloudSession::secretRequired, this, [this](const QString& kind, const QString& reason) {
        static constexpr SecretKindText::Sentences kNeeds{
            "Skylight::RenewingAdapter",
            QT_TRANSLATE_NOOP("Skylight::RenewingAdapter",
                              "The token was refused; signing in again needs the password."),
            QT_TRANSLATE_NOOP(
                "Skylight::RenewingAdapter",
                "The token was refused; signing in again needs the application credential secret."),
            QT_TRANSLATE_NOOP("Skylight::RenewingAdapter",
                              "The token was refused; signing in again needs a token."),
            QT_TRANSLATE_NOOP("Skylight::RenewingAdapter",
                              "The token was refused; signing in again needs the API key.")};
        endRenewal(ApiError::make(ApiError::Kind::Unauthorized,
                                  reason.isEmpty() ? SecretKindText::sentence(kNeeds, kind) : reason));
    });
    connect(session, &CloudSession::adapterRetired, this, [this](ImageAdapter* retired) {
        if (retired != this)
            return;
        // No longer the session's: a refusal that reaches it later never signs the cloud in again.
        m_session = nullptr;
        m_retired = true;
        endRenewal(retiredError());
        // Its requests under way end now, Cancelled: nothing acts on this cloud's answers (a
        // download's new source, with the old token) after it was signed out.
        const QList<ApiJob*> underWay = findChildren<ApiJob*>(Qt::FindDirectChildrenOnly);
        for (ApiJob* job : underWay)
            job->abort();
    });
}

ImageListJob* RenewingAdapter::list(const PageRequest& request)
{
    return new RenewingJob<ImagePage>(
        this, [this, request] { return m_inner->list(request); }, this);
}

ImageShowJob* RenewingAdapter::show(const QString& imageId)
{
    return new RenewingJob<ImageRecord>(
        this, [this, imageId] { return m_inner->show(imageId); }, this);
}

// ---- What the cloud says of itself (issue 18) ----

ImageStoresJob* RenewingAdapter::stores()
{
    return new RenewingJob<ImageStoreList>(
        this, [this] { return m_inner->stores(); }, this);
}

ImportInfoJob* RenewingAdapter::importInfo()
{
    return new RenewingJob<ImportInfo>(
        this, [this] { return m_inner->importInfo(); }, this);
}

ImageUsageJob* RenewingAdapter::usage()
{
    return new RenewingJob<ImageUsage>(
        this, [this] { return m_inner->usage(); }, this);
}

ImageTasksJob* RenewingAdapter::tasks(const QString& imageId)
{
    return new RenewingJob<ImageTaskList>(
        this, [this, imageId] { return m_inner->tasks(imageId); }, this);
}

ImageSchemaJob* RenewingAdapter::schema()
{
    return new RenewingJob<ImageSchema>(
        this, [this] { return m_inner->schema(); }, this);
}

ImageMembersJob* RenewingAdapter::members(const QString& imageId)
{
    return new RenewingJob<ImageMembers>(
        this, [this, imageId] { return m_inner->members(imageId); }, this);
}

ImageMemberJob* RenewingAdapter::setMemberStatus(const QString& imageId, const QString& memberId,
                                                 ImageMember::Status status)
{
    return new RenewingJob<ImageMember>(
        this,
        [this, imageId, memberId, status] { return m_inner->setMemberStatus(imageId, memberId, status); },
        this);
}

void RenewingAdapter::setToken(const QByteArray& token)
{
    m_inner->setToken(token);
    ++m_generation;
    endRenewal(std::nullopt);
}

void RenewingAdapter::renewToken(int generation, QObject* context,
                                 std::function<void(std::optional<ApiError>)> done)
{
    Q_ASSERT(context);
    if (generation != m_generation) { // a newer token came meanwhile: send again with it
        QTimer::singleShot(0, context, [done = std::move(done)] { done(std::nullopt); });
        return;
    }
    if (m_retired || !m_session) { // told on the caller's side: this adapter is deleted soon
        QTimer::singleShot(0, context, [done = std::move(done)] { done(retiredError()); });
        return;
    }
    connect(
        this, &RenewingAdapter::renewalEnded, context,
        [done = std::move(done)](const std::optional<ApiError>& failure) { done(failure); },
        Qt::SingleShotConnection);
    if (m_renewing)
        return;
    m_renewing = true;
    if (m_session->state() == CloudSession::State::NeedsSecret) {
        // The secret it has was refused and the user was asked for another: sending the refused
        // one again for every refused request would only lock the account. The cloud list's Sign
        // In asks again.
        const ApiError why = ApiError::make(
            ApiError::Kind::Unauthorized,
            QCoreApplication::translate("Skylight::RenewingAdapter",
                                        "The token was refused, and signing in to %1 again waits for "
                                        "a new secret: choose Sign In in the cloud list.")
                .arg(m_session->profile().name));
        QTimer::singleShot(0, this, [this, why] { endRenewal(why); });
        return;
    }
    m_session->reauthenticate();
}

ApiError RenewingAdapter::retiredError()
{
    return ApiError::make(ApiError::Kind::Unauthorized,
                          QCoreApplication::translate("Skylight::RenewingAdapter",
                                                      "The token was refused, and the cloud was signed out "
                                                      "or moved to another address."));
}

void RenewingAdapter::endRenewal(const std::optional<ApiError>& failure)
{
    if (!std::exchange(m_renewing, false))
        return;
    Q_EMIT renewalEnded(failure);
}

} // namespace Skylight
