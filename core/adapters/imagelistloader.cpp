// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/imagelistloader.h"

#include "adapters/imageadapter.h"
#include "image/pendingentries.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

ImageListLoader::ImageListLoader(ImageAdapter* adapter, QObject* parent)
    : QObject(parent)
    , m_adapter(adapter)
{}

ImageListLoader::~ImageListLoader()
{
    abortAll();
}

void ImageListLoader::start(const PageRequest& first, qsizetype maxImages, bool followNext)
{
    abortAll();
    ++m_generation;
    m_maxImages = maxImages;
    m_followNext = followNext;
    m_loaded = 0;
    m_entries = 0;
    m_pages = 0;
    m_error.reset();
    m_stoppedAtCap = false;
    m_seenNext.clear();
    m_seenOrder.clear();
    request(first);
}

void ImageListLoader::cancel()
{
    if (m_jobs.isEmpty())
        return;
    // The pages asked for ahead go silently; the head one finishes as Cancelled, which ends the
    // listing with that error.
    while (m_jobs.size() > 1)
        drop(m_jobs.takeLast().job);
    m_jobs.first().early = QUrl();
    if (ApiJob* head = m_jobs.first().job)
        head->abort();
}

void ImageListLoader::stop()
{
    abortAll();
    ++m_generation; // a page being handed over stops there
}

void ImageListLoader::drop(ApiJob* job)
{
    if (!job)
        return;
    job->disconnect(this);
    job->abort();
    job->deleteLater();
}

void ImageListLoader::abortAll()
{
    const QList<InFlight> jobs = std::exchange(m_jobs, {});
    for (const InFlight& inFlight : jobs)
        drop(inFlight.job);
}

void ImageListLoader::request(PageRequest page)
{
    page.streamEntries = m_stream;
    ImageListJob* job = m_adapter->list(page);
    m_jobs.append(InFlight{job, QUrl()});
    connect(job, &ApiJob::finished, this, &ImageListLoader::drain);
    if (m_followNext && m_maxImages < 0) {
        job->setResponsePeek([this, job](const HttpResponse& response) {
            if (const auto next = m_adapter->peekNext(response))
                onResponsePeeked(job, *next);
        });
    }
}

namespace {
// A page that could not be read, named: with pages asked for ahead, "which one" is not obvious.
ApiError namingPage(ApiError error, int pageNumber)
{
    if (error.kind == ApiError::Kind::BadPayload)
        error.message = QCoreApplication::translate("Skylight::ImageListLoader", "Page %1 of the list: %2")
                            .arg(pageNumber)
                            .arg(error.message);
    return error;
}

constexpr qsizetype kRememberedPages = 4096;
// Pages fetched or parsed at once: one handed over (parsed) while the next one arrives. More
// would not be faster (the parse is the slower step) and would hold more pages in memory.
constexpr qsizetype kPagesInFlight = 2;
} // namespace

void ImageListLoader::onResponsePeeked(ApiJob* job, const QUrl& next)
{
    // Only from the newest page, and never a page seen before (the parse then reports the loop
    // as usual).
    if (m_jobs.isEmpty() || m_jobs.last().job != job || m_seenNext.contains(next))
        return;
    m_jobs.last().peeked = next;
    requestAhead();
}

void ImageListLoader::requestAhead()
{
    if (m_jobs.isEmpty() || m_jobs.size() >= kPagesInFlight)
        return;
    InFlight& newest = m_jobs.last();
    if (newest.peeked.isEmpty() || !newest.early.isEmpty() || m_seenNext.contains(newest.peeked))
        return;
    newest.early = newest.peeked;
    rememberNext(newest.early);
    PageRequest following;
    following.next = newest.early;
    request(following);
}

void ImageListLoader::drain()
{
    const int generation = m_generation;
    QPointer<ImageListLoader> alive(this);
    while (!m_jobs.isEmpty()) {
        ApiJob* head = m_jobs.first().job;
        if (head && !head->isFinished())
            return; // the pages behind it wait: they are handed over in order
        const InFlight finished = m_jobs.takeFirst();
        if (!head)
            continue;
        auto* job = static_cast<ImageListJob*>(head);
        job->disconnect(this);
        job->deleteLater();
        const Result<ImagePage>& result = job->result();
        if (!result) {
            abortAll();
            finish(namingPage(result.error(), m_pages + 1));
            return;
        }
        // The caller's count, or the cap when it is lower (then the cap is what stops the listing).
        const bool capLimits = m_maxImages < 0 || m_cap < m_maxImages;
        const qsizetype limit = capLimits ? m_cap : m_maxImages;
        QList<ImageRecord> images;
        SkippedEntries skipped = result->skipped;
        qsizetype onPage = 0; // the page's entries, read or not
        bool cut = false;
        if (result->pending) {
            onPage = result->pending->size();
            auto streamed = stream(*result->pending, limit - m_loaded, skipped);
            if (streamed && streamed->interrupted)
                return; // deleted or restarted by a receiver
            if (!alive || generation != m_generation)
                return;
            if (!streamed) {
                abortAll();
                finish(namingPage(streamed.error(), m_pages + 1));
                return;
            }
            cut = streamed->cut;
            m_loaded += streamed->loaded;
            m_entries += streamed->loaded + skipped.count;
        } else {
            images = result->images;
            onPage = images.size() + skipped.count;
            cut = m_loaded + images.size() > limit;
            if (cut)
                images.resize(limit - m_loaded);
            m_loaded += images.size();
            m_entries += images.size() + skipped.count;
        }
        ++m_pages;

        const QUrl next = result->next;
        const bool entriesAtCap = m_entries >= m_cap;
        const bool wantMore = m_followNext && m_loaded < limit && !entriesAtCap;
        m_stoppedAtCap =
            (capLimits && m_loaded >= limit && (cut || (m_followNext && !next.isEmpty()))) ||
            (entriesAtCap && m_followNext && !next.isEmpty() && (m_maxImages < 0 || m_loaded < m_maxImages));
        // A page with no entries at all that still points further: nothing tells it from a loop.
        const bool looping = !next.isEmpty() && onPage == 0;
        std::optional<ApiError> error;
        bool done = true;
        if (!finished.early.isEmpty() && (finished.early != next || !wantMore || looping)) {
            // The page asked for ahead is not the one to follow (a peek that disagrees with the
            // parse, or a page that must end the listing): drop it and decide as without a peek.
            abortAll();
            m_seenNext.remove(finished.early);
        } else if (!finished.early.isEmpty()) {
            done = false; // the next page is already on its way
        }
        if (done && !next.isEmpty() && wantMore) {
            if (looping) {
                error =
                    ApiError::make(ApiError::Kind::BadPayload,
                                   QCoreApplication::translate("Skylight::ImageListLoader",
                                                               "The server sent an empty page (page %1) that "
                                                               "still points to a next page; the list stops "
                                                               "at %2 images.")
                                       .arg(m_pages)
                                       .arg(m_loaded));
            } else if (m_seenNext.contains(next)) {
                error = ApiError::make(
                    ApiError::Kind::BadPayload,
                    QCoreApplication::translate("Skylight::ImageListLoader",
                                                "The server's paging went in a circle: page %1 "
                                                "points to a page asked for before; the list "
                                                "stops at %2 images.")
                        .arg(m_pages)
                        .arg(m_loaded));
            } else {
                // Asked for before this page is handed over: the server works on it meanwhile.
                rememberNext(next);
                PageRequest following;
                following.next = next;
                request(following);
                done = false;
            }
        }
        if (!done)
            requestAhead(); // room for one more page: asked for before these rows are handed over
        if (!skipped.isEmpty()) {
            Q_EMIT entriesSkipped(m_pages, skipped.count, skipped.reasons);
            if (!alive || generation != m_generation)
                return; // deleted or restarted by a receiver
        }
        if (!images.isEmpty())
            Q_EMIT pageLoaded(images);
        if (!alive || generation != m_generation)
            return; // deleted or restarted by a receiver
        Q_EMIT pageEnded(m_pages);
        if (!alive || generation != m_generation)
            return;
        if (done) {
            abortAll();
            finish(std::move(error));
            return;
        }
    }
}

Result<ImageListLoader::Streamed> ImageListLoader::stream(PendingEntries& entries, qsizetype allowance,
                                                          SkippedEntries& skipped)
{
    const int generation = m_generation;
    QPointer<ImageListLoader> alive(this);
    Streamed streamed;
    QList<ImageRecord> part;
    const auto handOver = [&] {
        if (part.isEmpty())
            return true;
        Q_EMIT pageLoaded(std::exchange(part, {}));
        return alive && generation == m_generation;
    };
    while (!entries.atEnd()) {
        if (streamed.loaded >= allowance) {
            streamed.cut = true;
            break;
        }
        auto entry = entries.readNext(skipped);
        if (!entry)
            return std::unexpected(entry.error());
        if (!*entry)
            continue;
        part.append(std::move(**entry));
        ++streamed.loaded;
        if (part.size() >= kStreamBatch && !handOver()) {
            streamed.interrupted = true;
            return streamed;
        }
    }
    if (!handOver())
        streamed.interrupted = true;
    return streamed;
}

void ImageListLoader::rememberNext(const QUrl& next)
{
    m_seenNext.insert(next);
    m_seenOrder.enqueue(next);
    if (m_seenOrder.size() > kRememberedPages)
        m_seenNext.remove(m_seenOrder.dequeue());
}

void ImageListLoader::finish(std::optional<ApiError> error)
{
    m_error = std::move(error);
    Q_EMIT finished();
}

} // namespace Skylight
