#pragma once

#include "image/imagerecord.h"
#include "image/pagerequest.h"
#include "net/apierror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>

namespace Skylight {

class ImageAdapter;
class ApiJob;

// Loads a listing page after page (following `next`), handing each page over as it arrives, so
// the first rows show while the rest stream in. Stops on the first error, on a repeated or
// empty-but-continuing page (a server bug that would loop), or when `maxImages` is reached.
class ImageListLoader : public QObject
{
    Q_OBJECT
public:
    explicit ImageListLoader(ImageAdapter* adapter, QObject* parent = nullptr);
    ~ImageListLoader() override;

    // maxImages < 0: every page. followNext false: only the first page.
    void start(const PageRequest& first, qsizetype maxImages = -1, bool followNext = true);
    void cancel();
    bool isRunning() const { return m_job != nullptr; }
    qsizetype loadedCount() const { return m_loaded; }
    int pagesLoaded() const { return m_pages; }
    const std::optional<ApiError>& error() const { return m_error; }

Q_SIGNALS:
    void pageLoaded(const QList<Skylight::ImageRecord>& images);
    // Emitted once per start(): error() tells whether it failed.
    void finished();

private:
    void request(const PageRequest& page);
    void onPageFinished();
    void finish(std::optional<ApiError> error);

    ImageAdapter* m_adapter;
    QPointer<ApiJob> m_job;
    QList<QUrl> m_seenNext;
    qsizetype m_maxImages = -1;
    qsizetype m_loaded = 0;
    int m_pages = 0;
    bool m_followNext = true;
    std::optional<ApiError> m_error;
};

} // namespace Skylight
