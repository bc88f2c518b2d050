// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "democloud/democatalog.h"
#include "democloud/demohttp.h"
#include "image/dialect.h"
#include "net/clock.h"

#include <QList>
#include <QObject>
#include <QUrl>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace Skylight {

class ComputeService;
class DemoCatalog;
class DemoDigests;
struct DemoLargeImages;
class GlanceV1Service;
class GlanceV2Members;
class GlanceV2Service;

// An image cloud in the process, on 127.0.0.1 at a free port: `skylight --demo` browses it and
// the test suite uses it as its fake cloud (one implementation, two uses). The five dialects are
// mounted side by side under path prefixes:
//   /image        Image API v2 (Glance)           GET /image/v2/images
//   /image-v1     Image API v1                    HEAD /image-v1/v1/images/{id}
//   /compute      Compute v2 / v2.1 (JSON or XML)  GET /compute/v2.1/images/detail
//   /compute-xml  the same, always answering XML
//   /rackspace    Rackspace Cloud Servers         GET /rackspace/v2/{tenant}/images/{id}
//   /huawei       Huawei Cloud ECS                GET /huawei/v2.1/{project}/images/{id}
// Every request except the version documents needs X-Auth-Token == token(). With DemoLargeImages
// (`--demo`), three large images follow the standard catalog, generated as they are sent.
// Constructed in the thread that runs it, which must also be the one that destroys it.
class DemoCloud : public QObject
{
    Q_OBJECT
public:
    explicit DemoCloud(QObject* parent = nullptr);
    // With the large images (`--demo`), when `large` is enabled.
    explicit DemoCloud(const DemoLargeImages& large, QObject* parent = nullptr);
    ~DemoCloud() override;

    const DemoCatalog& catalog() const { return m_catalog; }
    // Whether the checksums of large images are still being computed (they are null until then).
    bool hashingLargeImages() const;

    // Listens on 127.0.0.1 only. Returns false (see errorString()) if that fails.
    bool start(quint16 port = 0);
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    QUrl glanceV2Endpoint() const; // what a catalog would list for service type "image"
    // The endpoint of each dialect, as a catalog would list it (Huawei's without the project:
    // give projectId() to the adapter).
    QUrl endpoint(Dialect dialect) const;
    QUrl computeXmlEndpoint() const;
    static QString projectId() { return QStringLiteral("719e9483f42d4784a089862ac4c3e8d0"); }
    static QString rackspaceTenant() { return QStringLiteral("820712"); }
    QByteArray token() const { return m_token; }
    void setToken(const QByteArray& token) { m_token = token; }

    // Time passes for the images still being saved (DemoCatalog::settle) by this clock, from the
    // moment it is set: skylight --demo sets the system's, tests one they move. Without a clock
    // (the default) nothing changes, whatever the time.
    void setClock(Clock clock);

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
    DemoCatalog m_catalog; // a copy of the standard one: its saving images settle with time
    Clock m_clock;
    QDateTime m_started;
    std::unique_ptr<DemoDigests> m_digests;
    qint64 m_bytesPerSecond = 0; // for streamed answers
    std::unique_ptr<GlanceV2Service> m_glanceV2;
    std::unique_ptr<GlanceV2Members> m_glanceMembers; // changes m_catalog: its member statuses
    std::unique_ptr<GlanceV1Service> m_glanceV1;
    std::unique_ptr<ComputeService> m_compute;
    std::unique_ptr<ComputeService> m_computeXml;
    std::unique_ptr<ComputeService> m_rackspace;
    std::unique_ptr<ComputeService> m_huawei;
    QByteArray m_token = QByteArrayLiteral("skylight-demo-token");
    QList<DemoFault> m_faults;
    QList<DemoRequest> m_requests;
    QString m_error;
    quint16 m_port = 0;
    quint64 m_requestCounter = 0;
};

} // namespace Skylight
