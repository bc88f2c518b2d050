// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "inspect/remoteinspection.h"

#include "adapters/filelocation.h"
#include "download/rangesupport.h"
#include "image/datasize.h"
#include "image/imagerecord.h"
#include "net/headerparsing.h"
#include "net/httpjob.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

RemoteInspectionRequest RemoteInspectionRequest::forImage(const ImageRecord& record,
                                                          const FileLocation& location)
{
    RemoteInspectionRequest request;
    request.imageId = record.id;
    request.url = location.url;
    request.token = location.token;
    request.expectedSize = std::max<qint64>(record.size.value_or(-1), -1);
    request.declaredFormat = record.diskFormat.value_or(QString());
    const QJsonValue stores = record.properties.value(u"stores"_s);
    if (stores.isString())
        request.store = stores.toString().left(256);
    return request;
}

RemoteInspection::RemoteInspection(QNetworkAccessManager* nam, RemoteInspectionRequest request,
                                   TransportOptions options, QObject* parent)
    : Job(parent)
    , m_nam(nam)
    , m_request(std::move(request))
    , m_options(std::move(options))
{}

RemoteInspection::~RemoteInspection() = default;

qint64 RemoteInspection::cap() const
{
    return m_request.maxStreamBytes > 0 ? m_request.maxStreamBytes : std::numeric_limits<qint64>::max();
}

void RemoteInspection::start()
{
    if (isFinished())
        return;
    m_inspector.setDeclaredFormat(m_request.declaredFormat);
    if (m_request.expectedSize >= 0) {
        m_total = m_request.expectedSize;
        m_inspector.setTotalSize(m_total);
    }
    if (m_total == 0) { // nothing to read: an empty image is raw, of size 0 (finished() is queued)
        m_inspector.finish();
        complete();
        return;
    }
    if (m_ranges && m_ranges->refuses(m_request.url, m_request.store)) {
        say(tr("This image's store serves no byte ranges (learnt earlier): the image is read from its "
               "start until the verdict is taken."));
        sendStream();
        return;
    }
    send(0, kFirstRequestBytes, false);
}

void RemoteInspection::say(const QString& message)
{
    m_notes.append(message);
    Q_EMIT note(message);
}

void RemoteInspection::send(qint64 first, qint64 length, bool suffix)
{
    if (++m_requests > kMaxRequests) {
        complete(tr("The inspection stopped after %n requests without a verdict.", nullptr, kMaxRequests));
        return;
    }
    HttpRequestSpec spec;
    spec.url = m_request.url;
    spec.authToken = m_request.token;
    if (m_mode == Mode::Ranges) {
        const QByteArray range = suffix ? QByteArray("bytes=-" + QByteArray::number(length))
                                        : QByteArray("bytes=" + QByteArray::number(first) + '-' +
                                                     QByteArray::number(first + length - 1));
        spec.headers.append(RawHeader{"Range", range});
    }
    m_askedFirst = first;
    m_askedLength = length;
    m_askedSuffix = suffix;
    m_replyAt = -1;
    m_tail.clear();
    auto* http = new HttpJob(m_nam, spec, m_options, this);
    http->setStreaming(true); // an answer that ignores the range is read only as far as needed
    m_http = http;
    connect(http, &HttpJob::responseStarted, this, &RemoteInspection::onResponseStarted);
    connect(http, &HttpJob::bodyAvailable, this, &RemoteInspection::onBodyAvailable);
    connect(http, &ApiJob::finished, this, [this, http] { onHttpFinished(http); });
    http->start();
}

void RemoteInspection::sendStream()
{
    m_mode = Mode::Stream;
    m_askedTail = false;
    send(0, 0, false);
}

void RemoteInspection::onResponseStarted(const HttpResponse& head)
{
    if (isFinished())
        return;
    if (head.status == 206 && m_mode == Mode::Ranges) {
        const auto range = HeaderParsing::contentRange(head.header("Content-Range"));
        const bool suffixOk = m_askedSuffix && range && !range->unsatisfied() && range->complete >= 0;
        if (!range || range->unsatisfied() || (!m_askedSuffix && range->first != m_askedFirst) ||
            (m_askedSuffix && !suffixOk)) {
            fail(ApiError::make(ApiError::Kind::BadPayload,
                                tr("The server answered a range request with Content-Range \"%1\", not the "
                                   "bytes asked for.")
                                    .arg(QString::fromLatin1(head.header("Content-Range").left(200)))));
            return;
        }
        if (range->complete >= 0 && range->complete != m_total) {
            m_total = range->complete;
            m_inspector.setTotalSize(m_total);
        }
        m_replyAt = range->first;
        return;
    }
    // 200: the whole image from its first byte, whatever was asked.
    if (m_mode == Mode::Ranges) {
        rangesRefused(tr("The server ignores byte ranges (it sent the whole image): the image is read "
                         "from its start until the verdict is taken."));
        m_mode = Mode::Stream;
        m_askedTail = false;
    }
    if (const auto length = HeaderParsing::contentLength(head.header("Content-Length")); length) {
        if (*length != m_total) {
            m_total = *length;
            m_inspector.setTotalSize(m_total);
        }
    }
    m_replyAt = 0;
}

void RemoteInspection::onBodyAvailable()
{
    while (m_http && !isFinished() && m_http->bytesAvailable() > 0) {
        const QByteArray chunk = m_http->read(64 * 1024);
        if (chunk.isEmpty())
            break;
        m_received += chunk.size();
        take(chunk);
        if (!m_http) // the answer was dropped: enough
            return;
        afterTake();
    }
}

void RemoteInspection::take(QByteArrayView chunk)
{
    if (m_replyAt < 0)
        return;
    const qint64 at = m_replyAt;
    m_replyAt += chunk.size();
    if (m_askedTail) {
        // Collected (at most what was asked for), given whole with feedTail() at the end.
        const qint64 room = std::max<qint64>(m_askedLength - m_tail.size(), 0);
        m_tail.append(chunk.first(std::min<qint64>(room, chunk.size())));
        return;
    }
    // Only what follows the inspector's position is new: a whole stream after ranges starts over.
    const qint64 position = m_inspector.position();
    if (at + chunk.size() <= position)
        return;
    if (at > position) // a gap nobody asked to skip: cannot happen with a conforming answer
        return;
    m_inspector.feed(chunk.sliced(position - at));
}

void RemoteInspection::afterTake()
{
    if (m_askedTail)
        return;
    if (m_mode == Mode::Ranges) {
        // The head decided, or what is wanted lies beyond this answer: the rest is not needed.
        const std::optional<qint64> wanted = m_inspector.wantedOffset();
        if (!m_inspector.needsHead() || (wanted && *wanted >= m_askedFirst + m_askedLength)) {
            stopReply();
            next();
        }
        return;
    }
    if (!m_inspector.needsMore()) {
        stopReply();
        complete();
        return;
    }
    if (!m_inspector.needsHead() && !m_streamNoted) {
        m_streamNoted = true;
        say(m_request.maxStreamBytes > 0
                ? tr("The verdict needs the end of the image and the server serves no byte ranges: "
                     "reading on (at most %1).")
                      .arg(dataSizeText(m_request.maxStreamBytes))
                : tr("The verdict needs the end of the image and the server serves no byte ranges: "
                     "reading on, to the end if need be."));
    }
    if (m_received >= cap()) {
        stopReply();
        complete(tr("The inspection stopped after reading %1 without ranges: the verdict is incomplete.")
                     .arg(dataSizeText(m_received)));
    }
}

void RemoteInspection::stopReply()
{
    if (!m_http)
        return;
    HttpJob* http = m_http;
    m_http = nullptr;
    http->disconnect(this);
    http->abort();
    http->deleteLater();
}

void RemoteInspection::rangesRefused(const QString& why)
{
    if (m_ranges)
        m_ranges->markRefused(m_request.url, m_request.store);
    say(why);
}

void RemoteInspection::onHttpFinished(HttpJob* http)
{
    if (http != m_http || isFinished())
        return;
    m_http = nullptr;
    http->deleteLater();
    const Result<HttpResponse>& result = http->result();
    if (!result) {
        const int status = result.error().httpStatus;
        if (m_mode == Mode::Ranges && (status == 400 || status == 416)) {
            // Glance over rbd, swift, s3 and http stores: StoreRandomGetNotSupported. (A 416 for an
            // image of unknown size may only say that it is empty: read, not remembered.)
            const QString why = tr("The server refuses byte ranges for this image (HTTP %1): the image "
                                   "is read from its start until the verdict is taken.")
                                    .arg(status);
            if (status == 400 || m_total > m_askedFirst)
                rangesRefused(why);
            else
                say(why);
            sendStream();
            return;
        }
        fail(result.error());
        return;
    }
    if (result->status == 204) {
        m_inspector.finish();
        complete(tr("The server has no data for this image."));
        return;
    }
    if (m_mode == Mode::Stream) { // the whole image arrived
        if (m_inspector.needsMore())
            m_inspector.finish();
        complete();
        return;
    }
    if (m_askedTail) {
        if (m_total < 0 || m_tail.isEmpty()) {
            complete(tr("The server did not say the image's size: its end could not be read."));
            return;
        }
        m_inspector.feedTail(m_tail);
        complete();
        return;
    }
    if (m_replyAt <= m_askedFirst) { // a 206 without a byte: the image ends before
        if (m_inspector.needsHead() && m_total < 0)
            m_inspector.finish();
    }
    next();
}

void RemoteInspection::next()
{
    if (isFinished())
        return;
    if (m_inspector.needsHead()) {
        if (const auto wanted = m_inspector.wantedOffset()) {
            m_inspector.skipTo(*wanted);
            const qint64 at = m_inspector.position();
            send(at, m_total >= 0 ? std::min(kRegionRequestBytes, m_total - at) : kRegionRequestBytes, false);
            return;
        }
        const qint64 at = m_inspector.position();
        if (m_total >= 0 && at >= m_total) {
            m_inspector.finish();
            complete();
            return;
        }
        if (m_received >= cap()) {
            complete(tr("The inspection stopped after reading %1: the verdict is incomplete.")
                         .arg(dataSizeText(m_received)));
            return;
        }
        // The head in growing steps (64 KiB, 64, 128, 256...), up to kMaxHead; beyond, 1 MiB ones.
        qint64 length = std::clamp<qint64>(at, kFirstRequestBytes, kMaxRequestBytes);
        if (at < ImageInspector::kMaxHead)
            length = std::min<qint64>(length, ImageInspector::kMaxHead - at);
        if (m_total >= 0)
            length = std::min(length, m_total - at);
        send(at, length, false);
        return;
    }
    if (m_inspector.needsEnd()) {
        const qint64 tail = m_inspector.tailLength();
        if (tail > 0 || m_total < 0) {
            // The last bytes (a footer), or only the size: `bytes=-N` says it in Content-Range.
            const qint64 length = std::max<qint64>(tail, 1);
            m_askedTail = true;
            if (m_total >= 0)
                send(std::max<qint64>(m_total - length, 0), std::min(length, m_total), false);
            else
                send(0, length, true);
            return;
        }
    }
    complete();
}

void RemoteInspection::complete(const QString& incomplete)
{
    if (isFinished())
        return;
    stopReply();
    InspectionResult result = m_inspector.result();
    result.bytesRead = m_received;
    const bool open = m_inspector.needsHead() || m_inspector.tailLength() > 0;
    if (!incomplete.isEmpty()) {
        result.details.insert(u"incomplete"_s, incomplete);
        if (open) {
            result.problems.prepend({InspectionProblem::Kind::Incomplete, incomplete});
            result.safe = false;
        }
    }
    finishWith(std::move(result));
}

void RemoteInspection::fail(const ApiError& error)
{
    stopReply();
    finishWith(std::unexpected(error));
}

void RemoteInspection::doAbort()
{
    stopReply();
}

} // namespace Skylight
