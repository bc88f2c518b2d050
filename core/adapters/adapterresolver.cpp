// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/adapterresolver.h"

#include "adapters/adapterfactory.h"
#include "adapters/dialectdetector.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

AdapterResolver::AdapterResolver(QNetworkAccessManager* nam, ServiceEndpoint endpoint, Dialect dialect,
                                 TransportOptions options, QObject* adapterParent, QObject* parent)
    : Job(parent)
    , m_nam(nam)
    , m_endpoint(std::move(endpoint))
    , m_dialect(dialect)
    , m_options(std::move(options))
    , m_adapterParent(adapterParent)
{}

void AdapterResolver::start()
{
    if (isFinished()) // aborted before it started
        return;
    if (m_dialect != Dialect::Auto) {
        create(m_dialect, u"as asked"_s);
        return;
    }
    auto* detector = new DialectDetector(m_nam, m_endpoint, m_options, this);
    m_detector = detector;
    detector->then(this, [this](const Result<DialectDetection>& detection) {
        if (isFinished()) // aborted after the detection: no adapter is made
            return;
        if (!detection) {
            finishWith(std::unexpected(detection.error()));
            return;
        }
        create(detection->dialect, u"detected: "_s + detection->reason);
    });
    detector->start();
}

void AdapterResolver::create(Dialect dialect, const QString& note)
{
    const auto adapter = createImageAdapter(dialect, m_nam, m_endpoint, m_options, m_adapterParent);
    if (!adapter) {
        finishWith(std::unexpected(ApiError::make(ApiError::Kind::BadRequest, adapter.error())));
        return;
    }
    finishWith(ResolvedAdapter{*adapter, note});
}

void AdapterResolver::doAbort()
{
    if (m_detector)
        m_detector->abort();
}

} // namespace Skylight
