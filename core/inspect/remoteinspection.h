// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "inspect/imageinspector.h"
#include "inspect/inspectionresult.h"
#include "net/job.h"
#include "net/transportoptions.h"

#include <QByteArray>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace Skylight {

class HttpJob;
class RangeSupport;
struct FileLocation;
struct ImageRecord;

// An image on the server to inspect (RemoteInspection).
struct RemoteInspectionRequest
{
    // The image's file at `location`, compared with its disk_format, its size from the record.
    static RemoteInspectionRequest forImage(const ImageRecord& record, const FileLocation& location);

    QString imageId;
    QUrl url;         // the image API's file URL
    QByteArray token; // X-Auth-Token, for url's origin only (HttpJob drops it on a redirect away)
    qint64 expectedSize = -1;
    QString declaredFormat; // disk_format; empty: nothing compared
    QString store;          // Glance v2 `stores`: ranges are remembered per endpoint and store
    // Where the server serves no ranges and the verdict needs more than the head (a vhdx's far
    // metadata, a streamOptimized vmdk's footer): at most this many bytes of the stream are read,
    // then the verdict is reported incomplete. <= 0: the whole image if needed.
    qint64 maxStreamBytes = 64LL * 1024 * 1024;
};

// Inspects an image where it lies, reading as little as the verdict needs (ImageInspector): with
// byte ranges, `Range: bytes=0-65535` first, more of the head in growing steps while the
// inspector asks (at most ImageInspector::kMaxHead), the regions it points at further on (a
// vhdx's metadata: skipped to, ImageInspector::wantedOffset()), and the last bytes when the end
// holds the truth (a streamOptimized vmdk's footer). Usually one or two requests and well under
// 1 MiB.
//
// A server without ranges: a 200 to a Range request (the stream is read and the answer dropped the
// moment the verdict is taken), or 400/416 (Glance over rbd, swift, s3 stores: remembered in
// RangeSupport, then the plain stream, dropped as soon as decided). If the verdict needs more than
// the head there, the stream is read on up to RemoteInspectionRequest::maxStreamBytes, said with
// note(); a verdict still open then is reported with an Incomplete problem (unsafe).
//
// The result's bytesRead is what arrived from the network (bodies). Every request is an HttpJob
// (deadlines, the token only to the same origin); errors are its ApiErrors (401 included: the
// caller renews the token and starts a new inspection), or BadPayload for a server whose ranges
// are wrong.
class RemoteInspection : public Job<InspectionResult>
{
    Q_OBJECT
public:
    static constexpr qint64 kFirstRequestBytes = 64 * 1024;
    static constexpr qint64 kRegionRequestBytes = 64 * 1024;
    static constexpr qint64 kMaxRequestBytes = 1024 * 1024;
    static constexpr int kMaxRequests = 64;

    RemoteInspection(QNetworkAccessManager* nam, RemoteInspectionRequest request, TransportOptions options,
                     QObject* parent = nullptr);
    ~RemoteInspection() override;

    // Where endpoints that refuse ranges are remembered (not owned; by default: this job only).
    void setRangeSupport(RangeSupport* ranges) { m_ranges = ranges; }
    void start();

    const RemoteInspectionRequest& request() const { return m_request; }
    qint64 bytesReceived() const { return m_received; }
    int requestsSent() const { return m_requests; }
    // What note() said.
    const QStringList& notes() const { return m_notes; }

Q_SIGNALS:
    // Said once each: the server serves no ranges, the stream is read on for the end...
    void note(const QString& message);

protected:
    void doAbort() override;

private:
    enum class Mode
    {
        Ranges,
        Stream
    };
    void next();
    void send(qint64 first, qint64 length, bool suffix);
    void sendStream();
    void onResponseStarted(const HttpResponse& head);
    void onBodyAvailable();
    void onHttpFinished(HttpJob* http);
    void take(QByteArrayView chunk);
    void afterTake();
    void rangesRefused(const QString& why);
    void stopReply();
    void say(const QString& message);
    void complete(const QString& incomplete = QString());
    void fail(const ApiError& error);
    qint64 cap() const;

    QNetworkAccessManager* m_nam;
    RemoteInspectionRequest m_request;
    TransportOptions m_options;
    RangeSupport* m_ranges = nullptr;
    ImageInspector m_inspector;
    QPointer<HttpJob> m_http;
    Mode m_mode = Mode::Ranges;
    qint64 m_total = -1;      // the image's size, once known
    qint64 m_askedFirst = 0;  // the current request's first byte (ranges)
    qint64 m_askedLength = 0; // ... and length (0: to the end)
    bool m_askedTail = false; // the current request is for the tail (collected, then feedTail)
    bool m_askedSuffix = false;
    qint64 m_replyAt = -1; // stream offset of the next byte of the current answer; -1: not started
    QByteArray m_tail;
    qint64 m_received = 0;
    int m_requests = 0;
    bool m_streamNoted = false;
    QStringList m_notes;
};

} // namespace Skylight
