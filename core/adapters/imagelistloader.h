// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagepage.h"
#include "image/imagerecord.h"
#include "image/pagerequest.h"
#include "net/apierror.h"
#include "net/result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <optional>

namespace Skylight {

class ImageAdapter;
class ApiJob;

// Loads a listing page after page (following `next`), handing each page over as it arrives, so
// the first rows show while the rest stream in. Stops on the first error, on a repeated or
// empty-but-continuing page (a server bug that would loop), or when `maxImages` is reached.
// Pipelined: the next page is asked for as soon as its address is known (from a peek at the
// response where the adapter can, else from the parsed page), so the server sends page N+1 while
// page N is parsed and handed over; pages are still handed over in order.
// Whatever the caller asks, a listing stops at the image cap (a server whose `next` never ends
// must not hold the client forever): stoppedAtCap() then says the server had more.
class ImageListLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kDefaultImageCap = 1'000'000;

    explicit ImageListLoader(ImageAdapter* adapter, QObject* parent = nullptr);
    ~ImageListLoader() override;

    // maxImages < 0: every page. followNext false: only the first page.
    void start(const PageRequest& first, qsizetype maxImages = -1, bool followNext = true);
    void cancel();
    // Ends the listing at once and without a word (no finished()): for a receiver that can take
    // no more (its output failed), even from inside pageLoaded.
    void stop();
    // At most this many images per listing (> 0); applies to the next start(). Entries that could
    // not be read count too: a server sending only unreadable entries is stopped by it as well.
    void setImageCap(qsizetype cap) { m_cap = cap > 0 ? cap : kDefaultImageCap; }
    qsizetype imageCap() const { return m_cap; }
    // Asks the adapter to leave each page's entries unread (PageRequest::streamEntries) and hands
    // them over as they are read, kStreamBatch at a time, so that a page's records never all
    // exist at once: for a receiver that drops them (the CLI's list). Applies to the next start().
    void setStreamEntries(bool stream) { m_stream = stream; }
    static constexpr qsizetype kStreamBatch = 256;
    // The last listing ended at the cap while the server had more images to send.
    bool stoppedAtCap() const { return m_stoppedAtCap; }
    bool isRunning() const { return !m_jobs.isEmpty(); }
    qsizetype loadedCount() const { return m_loaded; }
    int pagesLoaded() const { return m_pages; }
    const std::optional<ApiError>& error() const { return m_error; }

Q_SIGNALS:
    // Page `pageNumber` (from 1) had `count` entries that could not be read and are left out;
    // `reasons` says why for the first few (ImagePage::skipped). Emitted before that page's
    // pageLoaded (if any of its images are left to hand over); with streamed entries, after it.
    void entriesSkipped(int pageNumber, qsizetype count, const QStringList& reasons);
    // The images of a page, or of a part of it when entries are streamed (setStreamEntries).
    void pageLoaded(const QList<Skylight::ImageRecord>& images);
    // Every image of page `pageNumber` (from 1) has been handed over.
    void pageEnded(int pageNumber);
    // Emitted once per start(): error() tells whether it failed.
    void finished();

private:
    // A page asked for; `peeked` is the next page's address read from its response before the
    // parse, `early` the same once that page has been asked for.
    struct InFlight
    {
        QPointer<ApiJob> job;
        QUrl peeked;
        QUrl early;
    };

    void request(PageRequest page);
    // Reads a page's pending entries, handing them over in parts; at most `allowance` images.
    struct Streamed
    {
        qsizetype loaded = 0;
        bool cut = false;         // entries were left unread at the allowance
        bool interrupted = false; // a receiver deleted or restarted this loader
    };
    Result<Streamed> stream(PendingEntries& entries, qsizetype allowance, SkippedEntries& skipped);
    void onResponsePeeked(ApiJob* job, const QUrl& next);
    // Asks for the peeked next page of the newest one while fewer than kPagesInFlight are.
    void requestAhead();
    // Hands over the finished pages at the head of the queue, in order.
    void drain();
    void abortAll();
    // Stops a page nobody waits for any more, without a word to this loader.
    void drop(ApiJob* job);
    void finish(std::optional<ApiError> error);

    ImageAdapter* m_adapter;
    QList<InFlight> m_jobs; // in page order
    int m_generation = 0;   // start() begins a new one
    // The `next` pages asked for, to notice a server that pages in a circle: the latest
    // kRememberedPages of them (a longer circle ends at the image cap), so that memory stays flat.
    void rememberNext(const QUrl& next);
    QSet<QUrl> m_seenNext;
    QQueue<QUrl> m_seenOrder;
    qsizetype m_maxImages = -1;
    qsizetype m_cap = kDefaultImageCap;
    bool m_stoppedAtCap = false;
    qsizetype m_loaded = 0;
    qsizetype m_entries = 0; // entries handed over or skipped: the cap counts both
    int m_pages = 0;
    bool m_followNext = true;
    bool m_stream = false;
    std::optional<ApiError> m_error;
};

} // namespace Skylight
