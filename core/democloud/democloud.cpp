// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "democloud/democloud.h"

#include "democloud/computeservice.h"
#include "democloud/democatalog.h"
#include "democloud/demodigests.h"
#include "democloud/demolargeimages.h"
#include "democloud/demostreamwriter.h"
#include "democloud/glancev1service.h"
#include "democloud/glancev2members.h"
#include "democloud/glancev2service.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QRegularExpression>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
const QString kGlanceMount = u"/image"_s;
const QString kGlanceV1Mount = u"/image-v1"_s;
const QString kComputeMount = u"/compute"_s;
const QString kComputeXmlMount = u"/compute-xml"_s;
const QString kRackspaceMount = u"/rackspace"_s;
const QString kHuaweiMount = u"/huawei"_s;

bool under(const QString& path, const QString& mount)
{
    return path == mount || path.startsWith(mount + u'/');
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

DemoResponse unauthorized()
{
    const QJsonObject body{
        {u"error"_s, QJsonObject{{u"code"_s, 401},
                                 {u"title"_s, u"Unauthorized"_s},
                                 {u"message"_s, u"The request you have made requires authentication."_s}}}};
    DemoResponse response = DemoResponse::json(QJsonDocument(body).toJson(QJsonDocument::Compact), 401);
    response.headers.append(RawHeader{"WWW-Authenticate", "Keystone uri=\"http://127.0.0.1/identity\""});
    return response;
}
} // namespace

DemoCloud::DemoCloud(QObject* parent)
    : DemoCloud(DemoLargeImages{}, parent)
{}

DemoCloud::DemoCloud(const DemoLargeImages& large, QObject* parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
    , m_catalog(large.enabled ? DemoCatalog::standard().with(large.images()) : DemoCatalog::standard())
    , m_bytesPerSecond(large.bytesPerSecond)
    , m_glanceV2(std::make_unique<GlanceV2Service>(m_catalog))
    , m_glanceMembers(std::make_unique<GlanceV2Members>(m_catalog))
{
    m_server->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        dispatch(request, responder);
    });
    if (!large.enabled)
        return;
    // Small ones (tests) are hashed now; the others are read from the cache, or hashed once on a
    // worker while the list is served (their checksums are null until then).
    m_digests = std::make_unique<DemoDigests>(large.cacheFolder);
    connect(m_digests.get(), &DemoDigests::computed, this,
            [this](const QString& id, const QByteArray& md5, const QByteArray& sha512) {
                m_catalog.setDigest(id, md5, sha512);
            });
    QList<DemoImage> later;
    for (const DemoImage& image : m_catalog.images()) {
        if (!image.streamed)
            continue;
        if (image.dataSize < large.hashAtOnceBelow) {
            const DemoDigests::Digest digest = DemoDigests::compute(image);
            m_catalog.setDigest(image.id(), digest.md5, digest.sha512);
        } else if (const auto digest = m_digests->cached(image)) {
            m_catalog.setDigest(image.id(), digest->md5, digest->sha512);
        } else {
            later.append(image);
        }
    }
    m_digests->computeLater(later);
}

bool DemoCloud::hashingLargeImages() const
{
    return m_digests && m_digests->isComputing();
}

DemoCloud::~DemoCloud() = default;

bool DemoCloud::start(quint16 port)
{
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        m_error = QCoreApplication::translate("Skylight::DemoCloud", "The demo cloud could not listen on %1.")
                      .arg(u"127.0.0.1:%1"_s.arg(port));
        return false;
    }
    const auto mount = [this](const QString& path) {
        QUrl url = baseUrl();
        url.setPath(path);
        return url;
    };
    const QUrl images = mount(kGlanceMount);
    m_glanceV1 = std::make_unique<GlanceV1Service>(m_catalog);
    m_compute = std::make_unique<ComputeService>(m_catalog, Dialect::Compute, mount(kComputeMount), images);
    m_computeXml =
        std::make_unique<ComputeService>(m_catalog, Dialect::Compute, mount(kComputeXmlMount), images, true);
    m_rackspace =
        std::make_unique<ComputeService>(m_catalog, Dialect::Rackspace, mount(kRackspaceMount), images);
    m_huawei = std::make_unique<ComputeService>(m_catalog, Dialect::HuaweiEcs, mount(kHuaweiMount), images);
    return true;
}

QUrl DemoCloud::endpoint(Dialect dialect) const
{
    QUrl url = baseUrl();
    switch (dialect) {
    case Dialect::Auto:
    case Dialect::GlanceV2:
        url.setPath(kGlanceMount);
        break;
    case Dialect::GlanceV1:
        url.setPath(kGlanceV1Mount);
        break;
    case Dialect::Compute:
        url.setPath(kComputeMount + u"/v2.1"_s);
        break;
    case Dialect::Rackspace:
        url.setPath(kRackspaceMount + u"/v2/"_s + rackspaceTenant());
        break;
    case Dialect::HuaweiEcs:
        url.setPath(kHuaweiMount + u"/v2.1"_s);
        break;
    }
    return url;
}

QUrl DemoCloud::computeXmlEndpoint() const
{
    QUrl url = baseUrl();
    url.setPath(kComputeXmlMount + u"/v2.1"_s);
    return url;
}

QUrl DemoCloud::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

QUrl DemoCloud::glanceV2Endpoint() const
{
    QUrl url = baseUrl();
    url.setPath(kGlanceMount);
    return url;
}

void DemoCloud::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_started = m_clock ? m_clock() : QDateTime();
}

void DemoCloud::injectFault(const DemoFault& fault)
{
    m_faults.append(fault);
}

bool DemoCloud::takeFault(const QString& path, DemoResponse& response)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        DemoFault& fault = m_faults[i];
        if (!path.startsWith(fault.pathPrefix))
            continue;
        response = fault.response;
        if (fault.count > 0 && --fault.count == 0)
            m_faults.removeAt(i);
        return true;
    }
    return false;
}

DemoResponse DemoCloud::answer(const DemoRequest& request)
{
    const QString path = request.url.path();
    if (m_clock)
        m_catalog.settle(m_started.msecsTo(m_clock()));
    DemoResponse response;
    if (takeFault(path, response))
        return response;
    static const QRegularExpression versionDocument(
        u"^/(image|image-v1|compute|compute-xml|rackspace|huawei)(/v[0-9.]+)?/?$"_s);
    if (!versionDocument.match(path).hasMatch() && !m_token.isEmpty() &&
        request.header("X-Auth-Token") != m_token)
        return unauthorized();
    const std::pair<const QString&, std::function<DemoResponse(const QString&)>> services[] = {
        {kGlanceV1Mount,
         [&](const QString& rest) {
             return m_glanceV1->handle(request, rest);
         }},
        {kGlanceMount,
         [&](const QString& rest) {
             if (GlanceV2Members::handles(rest))
                 return m_glanceMembers->handle(request, rest);
             return m_glanceV2->handle(request, rest);
         }},
        {kComputeXmlMount,
         [&](const QString& rest) {
             return m_computeXml->handle(request, rest);
         }},
        {kComputeMount,
         [&](const QString& rest) {
             return m_compute->handle(request, rest);
         }},
        {kRackspaceMount,
         [&](const QString& rest) {
             return m_rackspace->handle(request, rest);
         }},
        {kHuaweiMount,
         [&](const QString& rest) {
             return m_huawei->handle(request, rest);
         }},
    };
    for (const auto& [mount, handle] : services) {
        if (under(path, mount))
            return handle(path.mid(mount.size()));
    }
    return DemoResponse::htmlError(404, u"404 Not Found"_s, u"The resource could not be found."_s);
}

void DemoCloud::dispatch(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    DemoRequest seen{methodName(request.method()), request.url(), {}};
    for (const auto& [name, value] : request.headers())
        seen.headers.append({name, value});
    if (request.method() == QHttpServerRequest::Method::Put)
        seen.body = request.body().left(64 * 1024);
    m_requests.append(seen);

    DemoResponse response = answer(seen);
    if (!findHeader(response.headers, "x-openstack-request-id"))
        response.headers.append(
            {"x-openstack-request-id", "req-demo-" + QByteArray::number(++m_requestCounter)});

    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto& [name, value] : std::as_const(response.headers))
        responder.writeHeader(name, value);
    if (response.stream) {
        // The headers now; the bytes as they are generated, at the demo's rate.
        responder.writeHeader("Content-Length", QByteArray::number(response.stream->length));
        responder.writeBody(QByteArray());
        if (seen.method != "HEAD" && response.stream->length > 0)
            (new DemoStreamWriter(responder.socket(), *response.stream, m_bytesPerSecond))->start();
    } else if (response.status != 204 && response.status != 304) {
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
        if (seen.method != "HEAD")
            responder.writeBody(response.body);
        else
            responder.writeBody(QByteArray());
    } else {
        responder.writeBody(QByteArray());
    }
    Q_EMIT requestServed(seen, response.status);
}

} // namespace Skylight
