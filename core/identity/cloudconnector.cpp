// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "identity/cloudconnector.h"

#include "identity/keystoneauthenticator.h"
#include "net/logging.h"
#include "net/terminaltext.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

CloudConnector::CloudConnector(QNetworkAccessManager* nam, CloudProfile profile, TransportOptions options,
                               QObject* parent)
    : Job(parent)
    , m_nam(nam)
    , m_profile(std::move(profile))
    , m_options(std::move(options))
{}

Result<ServiceEndpoint> CloudConnector::endpointFrom(const CloudProfile& profile, const AuthSession& session)
{
    ServiceEndpoint endpoint;
    endpoint.token = session.token;
    endpoint.projectId = session.projectId.isEmpty() ? profile.auth.projectId : session.projectId;
    // The Compute family's image data may come from any image service of this cloud's catalog.
    for (const CatalogService& service : session.catalog.services()) {
        if (service.type != u"image"_s)
            continue;
        for (const CatalogEndpoint& image : service.endpoints) {
            if (image.url.isValid() && !endpoint.catalogImageServices.contains(image.url))
                endpoint.catalogImageServices.append(image.url);
        }
    }
    endpoint.imageDataEndpoint = profile.imageDataEndpoint;
    if (!profile.imageEndpoint.isEmpty()) {
        endpoint.url = profile.imageEndpoint;
        return endpoint;
    }
    for (const QString& type : {u"image"_s, u"compute"_s}) {
        if (const auto url = session.catalog.endpoint(type, profile.interface, profile.regionName)) {
            endpoint.url = *url;
            endpoint.serviceType = type;
            return endpoint;
        }
    }
    // Whole sentences (the clauses are not glued in code), the regions as the language lists them.
    const QStringList listed = session.catalog.regions(u"image"_s);
    const QString regions = QLocale().createSeparatedList(listed);
    QString message;
    if (profile.regionName.isEmpty() && listed.isEmpty())
        message = QCoreApplication::translate(
                      "Skylight::CloudConnector",
                      "The catalog of cloud %1 has no image or compute endpoint of interface \"%2\".")
                      .arg(profile.name, profile.interface);
    else if (listed.isEmpty())
        message = QCoreApplication::translate("Skylight::CloudConnector",
                                              "The catalog of cloud %1 has no image or compute endpoint "
                                              "of interface \"%2\" in region %3.")
                      .arg(profile.name, profile.interface, profile.regionName);
    else if (profile.regionName.isEmpty())
        message = QCoreApplication::translate("Skylight::CloudConnector",
                                              "The catalog of cloud %1 has no image or compute endpoint "
                                              "of interface \"%2\" (image regions: %3).")
                      .arg(profile.name, profile.interface, regions);
    else
        message = QCoreApplication::translate("Skylight::CloudConnector",
                                              "The catalog of cloud %1 has no image or compute endpoint "
                                              "of interface \"%2\" in region %3 (image regions: %4).")
                      .arg(profile.name, profile.interface, profile.regionName, regions);
    return std::unexpected(ApiError::make(ApiError::Kind::NotFound, message));
}

void CloudConnector::start()
{
    if (isFinished()) // aborted before it started
        return;
    qCDebug(lcIdentity).noquote() << "sign-in start:" << terminalSafe(m_profile.name) << "auth"
                                  << static_cast<int>(m_profile.auth.type)
                                  << logSafeUrl(m_profile.auth.authUrl);
    // A pasted token with an explicit endpoint needs no identity service.
    if (m_profile.auth.type == AuthSettings::Type::Token && m_profile.auth.authUrl.isEmpty() &&
        !m_profile.imageEndpoint.isEmpty()) {
        AuthSession session;
        session.token = m_profile.auth.token.toUtf8();
        session.projectId = m_profile.auth.projectId;
        m_session = session;
        const Result<ServiceEndpoint> endpoint = endpointFrom(m_profile, session);
        QMetaObject::invokeMethod(
            this, [this, endpoint] { finishWith(endpoint); }, Qt::QueuedConnection);
        return;
    }
    auto* authenticator = new KeystoneAuthenticator(m_nam, m_profile.auth, m_options, this);
    m_authenticator = authenticator;
    authenticator->then(this, [this](const Result<AuthSession>& session) {
        if (isFinished()) // aborted after the sign-in had its answer: dropped
            return;
        if (!session) {
            qCDebug(lcIdentity).noquote()
                << "sign-in failed:" << terminalSafe(m_profile.name)
                << ApiError::kindName(session.error().kind) << session.error().httpStatus;
            finishWith(std::unexpected(session.error()));
            return;
        }
        qCDebug(lcIdentity).noquote() << "sign-in done:" << terminalSafe(m_profile.name) << "project"
                                      << terminalSafe(session->projectId);
        m_session = *session;
        finishWith(endpointFrom(m_profile, *session));
    });
    authenticator->start();
}

void CloudConnector::doAbort()
{
    if (m_authenticator)
        m_authenticator->abort();
}

} // namespace Skylight
