// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "adapters/serviceendpoint.h"
#include "image/dialect.h"
#include "net/job.h"
#include "net/transportoptions.h"

#include <QList>
#include <QPointer>
#include <QUrl>
#include <optional>

class QNetworkAccessManager;

namespace Skylight {

class HttpJob;

struct DialectDetection
{
    Dialect dialect = Dialect::Auto;
    QString reason; // e.g. "version document at http://h:9292/ lists v2.15"
};

// Finds which of the five dialects an endpoint speaks (`--api auto`): the host name (Rackspace,
// Huawei Cloud), then the version documents at the endpoint, at its service root (without the
// version and project) and at the origin's root, with the catalog's service type as a hint.
class DialectDetector : public Job<DialectDetection>
{
    Q_OBJECT
public:
    DialectDetector(QNetworkAccessManager* nam, ServiceEndpoint endpoint, TransportOptions options,
                    QObject* parent = nullptr);

    void start();

    // Classifies one version document ({"versions": [...]} or {"version": {...}}).
    static std::optional<DialectDetection> classify(const QByteArray& body, const QString& serviceType);
    static std::optional<Dialect> fromHostName(const QString& host);
    static QList<QUrl> candidates(const QUrl& endpoint);

protected:
    void doAbort() override;

private:
    void probeNext();

    QNetworkAccessManager* m_nam;
    ServiceEndpoint m_endpoint;
    TransportOptions m_options;
    QList<QUrl> m_candidates;
    QPointer<HttpJob> m_probe;
    std::optional<ApiError> m_firstError;
};

} // namespace Skylight
