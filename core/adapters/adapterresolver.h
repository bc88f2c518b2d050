// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "adapters/serviceendpoint.h"
#include "image/dialect.h"
#include "net/job.h"
#include "net/transportoptions.h"

#include <QPointer>
#include <optional>

class QNetworkAccessManager;

namespace Skylight {

class DialectDetector;
class ImageAdapter;

struct ResolvedAdapter
{
    ImageAdapter* adapter = nullptr; // owned by the resolver's adapterParent
    QString note;                    // how the dialect was chosen, e.g. "detected: ..."
};

// Turns an endpoint and a dialect into an adapter, detecting the dialect first when it is Auto.
class AdapterResolver : public Job<ResolvedAdapter>
{
    Q_OBJECT
public:
    AdapterResolver(QNetworkAccessManager* nam, ServiceEndpoint endpoint, Dialect dialect,
                    TransportOptions options, QObject* adapterParent, QObject* parent = nullptr);

    void start();

protected:
    void doAbort() override;

private:
    void create(Dialect dialect, const QString& note);

    QNetworkAccessManager* m_nam;
    ServiceEndpoint m_endpoint;
    Dialect m_dialect;
    TransportOptions m_options;
    QObject* m_adapterParent;
    QPointer<DialectDetector> m_detector;
};

} // namespace Skylight
