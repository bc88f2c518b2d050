#pragma once

#include "demohttp.h"

#include <QList>
#include <QObject>
#include <QUrl>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace Skylight {

class DemoCatalog;
class GlanceV2Service;

// An image cloud in the process, on 127.0.0.1 at a free port: `skylight --demo` browses it and
// the test suite uses it as its fake cloud (one implementation, two uses). Services are mounted
// under path prefixes so all dialects can live side by side:
//   /image   Image API v2 (Glance), e.g. GET /image/v2/images
// Every request except the version documents needs X-Auth-Token == token().
class DemoCloud : public QObject
{
    Q_OBJECT
public:
    explicit DemoCloud(QObject* parent = nullptr);
    ~DemoCloud() override;

    // Listens on 127.0.0.1 only. Returns false (see errorString()) if that fails.
    bool start(quint16 port = 0);
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    QUrl glanceV2Endpoint() const; // what a catalog would list for service type "image"
    QByteArray token() const { return m_token; }
    void setToken(const QByteArray& token) { m_token = token; }

    void injectFault(const DemoFault& fault);
    void clearFaults() { m_faults.clear(); }
    const QList<DemoRequest>& requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

Q_SIGNALS:
    void requestServed(const Skylight::DemoRequest& request, int status);

private:
    void dispatch(const QHttpServerRequest& request, QHttpServerResponder& responder);
    DemoResponse answer(const DemoRequest& request);
    bool takeFault(const QString& path, DemoResponse& response);

    std::unique_ptr<QHttpServer> m_server;
    const DemoCatalog& m_catalog;
    std::unique_ptr<GlanceV2Service> m_glanceV2;
    QByteArray m_token = QByteArrayLiteral("skylight-demo-token");
    QList<DemoFault> m_faults;
    QList<DemoRequest> m_requests;
    QString m_error;
    quint16 m_port = 0;
    quint64 m_requestCounter = 0;
};

} // namespace Skylight
