// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/dialectdetector.h"

#include "net/httpjob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

DialectDetector::DialectDetector(QNetworkAccessManager* nam, ServiceEndpoint endpoint,
                                 TransportOptions options, QObject* parent)
    : Job(parent)
    , m_nam(nam)
    , m_endpoint(std::move(endpoint))
    , m_options(std::move(options))
{}

std::optional<Dialect> DialectDetector::fromHostName(const QString& host)
{
    const QString lower = host.toLower();
    if (lower.endsWith(u"rackspacecloud.com"_s))
        return Dialect::Rackspace;
    if (lower.endsWith(u"myhuaweicloud.com"_s) || lower.endsWith(u"huaweicloud.com"_s))
        return Dialect::HuaweiEcs;
    return std::nullopt;
}

QList<QUrl> DialectDetector::candidates(const QUrl& endpoint)
{
    QList<QUrl> urls;
    const auto add = [&urls](QUrl url) {
        url = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
        if (url.path().isEmpty())
            url.setPath(u"/"_s);
        if (!urls.contains(url))
            urls.append(url);
    };
    // The service root first (the path before its version segment: /v1, /v2, /v2.1, with any
    // project): it lists every version, which tells Huawei's ECS from Nova; then the endpoint.
    static const QRegularExpression version(u"/v[0-9]+(\\.[0-9]+)?(/.*)?$"_s);
    QUrl root = endpoint;
    QString path = endpoint.path();
    path.remove(version);
    root.setPath(path);
    add(root);
    add(endpoint);
    QUrl origin = endpoint;
    origin.setPath(u"/"_s);
    add(origin);
    return urls;
}

std::optional<DialectDetection> DialectDetector::classify(const QByteArray& body, const QString& serviceType)
{
    const QJsonObject document = QJsonDocument::fromJson(body).object();
    QJsonArray versions = document.value(u"versions"_s).toArray();
    if (document.value(u"versions"_s).isObject()) // Keystone-style {"versions": {"values": [...]}}
        versions = document.value(u"versions"_s).toObject().value(u"values"_s).toArray();
    if (document.value(u"version"_s).isObject())
        versions.append(document.value(u"version"_s));
    if (versions.isEmpty())
        return std::nullopt;

    QStringList ids;
    bool computeMarks = false;
    for (const QJsonValue& value : std::as_const(versions)) {
        const QJsonObject version = value.toObject();
        ids << version.value(u"id"_s).toString();
        if (version.contains(u"min_version"_s))
            computeMarks = true;
        const QJsonArray mediaTypes = version.value(u"media-types"_s).toArray();
        for (const QJsonValue& type : mediaTypes) {
            if (type.toObject().value(u"type"_s).toString().contains(u"compute"_s))
                computeMarks = true;
        }
    }
    const QString listed = ids.join(u", "_s);
    const auto detection = [&listed](Dialect dialect, const QString& why) {
        return DialectDetection{dialect, u"%1 (versions %2)"_s.arg(why, listed)};
    };
    // Huawei Cloud ECS lists its native v1 beside the Nova-compatible v2 and v2.1.
    if (ids.contains(u"v1"_s) && ids.contains(u"v2.1"_s))
        return detection(Dialect::HuaweiEcs, u"ECS version document"_s);
    // Rackspace Cloud Servers: v2 without a minor version or microversions.
    if (ids.contains(u"v2"_s) && !computeMarks)
        return detection(Dialect::Rackspace, u"Cloud Servers version document"_s);
    if (computeMarks || serviceType == u"compute"_s)
        return detection(Dialect::Compute, u"Compute version document"_s);
    if (std::any_of(ids.cbegin(), ids.cend(), [](const QString& id) { return id.startsWith(u"v2"_s); }))
        return detection(Dialect::GlanceV2, u"Image service version document"_s);
    if (std::any_of(ids.cbegin(), ids.cend(), [](const QString& id) { return id.startsWith(u"v1"_s); }))
        return detection(Dialect::GlanceV1, u"Image service version document"_s);
    return std::nullopt;
}

void DialectDetector::start()
{
    if (isFinished()) // aborted before it started
        return;
    if (const auto dialect = fromHostName(m_endpoint.url.host())) {
        finishWith(DialectDetection{*dialect, u"host name %1"_s.arg(m_endpoint.url.host())});
        return;
    }
    m_candidates = candidates(m_endpoint.url);
    probeNext();
}

void DialectDetector::probeNext()
{
    if (m_candidates.isEmpty()) {
        if (m_firstError && m_firstError->kind != ApiError::Kind::NotFound &&
            m_firstError->kind != ApiError::Kind::BadRequest) {
            finishWith(std::unexpected(*m_firstError));
            return;
        }
        finishWith(std::unexpected(ApiError::make(
            ApiError::Kind::BadPayload,
            QCoreApplication::translate(
                "Skylight::DialectDetector",
                "Could not tell which image API %1 speaks (no version document found): name it with --api.")
                .arg(m_endpoint.url.toDisplayString(QUrl::RemoveUserInfo)))));
        return;
    }
    const QUrl url = m_candidates.takeFirst();
    HttpRequestSpec spec;
    spec.url = url;
    spec.headers = {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    spec.authToken = m_endpoint.token;
    auto* probe = new HttpJob(m_nam, spec, m_options, this);
    m_probe = probe;
    probe->then(this, [this, url](const Result<HttpResponse>& response) {
        m_probe = nullptr;
        if (isFinished()) // aborted after this probe had its answer: no further probe
            return;
        if (response) {
            if (auto detection = classify(response->body, m_endpoint.serviceType)) {
                detection->reason += u" at "_s + url.toDisplayString(QUrl::RemoveUserInfo);
                finishWith(*detection);
                return;
            }
        } else {
            const ApiError::Kind kind = response.error().kind;
            if (kind == ApiError::Kind::Cancelled) {
                finishWith(std::unexpected(response.error()));
                return;
            }
            if (!m_firstError)
                m_firstError = response.error();
            // A host that cannot be reached will not answer at another path either.
            if (kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout ||
                kind == ApiError::Kind::Tls || kind == ApiError::Kind::Unauthorized) {
                finishWith(std::unexpected(response.error()));
                return;
            }
        }
        probeNext();
    });
    probe->start();
}

void DialectDetector::doAbort()
{
    if (m_probe)
        m_probe->abort();
}

} // namespace Skylight
