#include "democloud.h"

#include "democatalog.h"
#include "glancev2service.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
const QString kGlanceMount = u"/image"_s;

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
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
    , m_catalog(DemoCatalog::standard())
    , m_glanceV2(std::make_unique<GlanceV2Service>(m_catalog))
{
    m_server->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        dispatch(request, responder);
    });
}

DemoCloud::~DemoCloud() = default;

bool DemoCloud::start(quint16 port)
{
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        m_error = u"The demo cloud could not listen on 127.0.0.1:%1."_s.arg(port);
        return false;
    }
    return true;
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
    DemoResponse response;
    if (takeFault(path, response))
        return response;
    const bool versionDocument = path == kGlanceMount || path == kGlanceMount + u'/';
    if (!versionDocument && !m_token.isEmpty() && request.header("X-Auth-Token") != m_token)
        return unauthorized();
    if (path == kGlanceMount || path.startsWith(kGlanceMount + u'/'))
        return m_glanceV2->handle(request, path.mid(kGlanceMount.size()));
    return DemoResponse::htmlError(404, u"404 Not Found"_s, u"The resource could not be found."_s);
}

void DemoCloud::dispatch(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    DemoRequest seen{methodName(request.method()), request.url(), {}};
    for (const auto& [name, value] : request.headers())
        seen.headers.append({name, value});
    m_requests.append(seen);

    DemoResponse response = answer(seen);
    if (!findHeader(response.headers, "x-openstack-request-id"))
        response.headers.append(
            {"x-openstack-request-id", "req-demo-" + QByteArray::number(++m_requestCounter)});

    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto& [name, value] : std::as_const(response.headers))
        responder.writeHeader(name, value);
    if (response.status != 204 && response.status != 304) {
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
