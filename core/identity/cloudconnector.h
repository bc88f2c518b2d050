// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "adapters/serviceendpoint.h"
#include "identity/authsession.h"
#include "identity/cloudprofile.h"
#include "net/job.h"
#include "net/transportoptions.h"

#include <QPointer>
#include <optional>

class QNetworkAccessManager;

namespace Skylight {

class KeystoneAuthenticator;

// From a cloud profile to an image endpoint with a token: signs in (unless the profile is a
// pasted token with an explicit endpoint), then picks the endpoint: image_endpoint_override, else
// the catalog's "image" service for the profile's interface and region, else its "compute"
// service (whose image API the Compute dialects speak). The endpoint carries the catalog's image
// services and the profile's image data endpoint, for the Compute family's downloads.
class CloudConnector : public Job<ServiceEndpoint>
{
    Q_OBJECT
public:
    CloudConnector(QNetworkAccessManager* nam, CloudProfile profile, TransportOptions options,
                   QObject* parent = nullptr);

    void start();
    const std::optional<AuthSession>& session() const { return m_session; }

    static Result<ServiceEndpoint> endpointFrom(const CloudProfile& profile, const AuthSession& session);

protected:
    void doAbort() override;

private:
    QNetworkAccessManager* m_nam;
    CloudProfile m_profile;
    TransportOptions m_options;
    QPointer<KeystoneAuthenticator> m_authenticator;
    std::optional<AuthSession> m_session;
};

} // namespace Skylight
