#include "imagelistloader.h"

#include "imageadapter.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

ImageListLoader::ImageListLoader(ImageAdapter* adapter, QObject* parent)
    : QObject(parent)
    , m_adapter(adapter)
{}

ImageListLoader::~ImageListLoader()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job->deleteLater();
    }
}

void ImageListLoader::start(const PageRequest& first, qsizetype maxImages, bool followNext)
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job->deleteLater();
        m_job = nullptr;
    }
    m_maxImages = maxImages;
    m_followNext = followNext;
    m_loaded = 0;
    m_pages = 0;
    m_error.reset();
    m_seenNext.clear();
    request(first);
}

void ImageListLoader::cancel()
{
    if (m_job)
        m_job->abort();
}

void ImageListLoader::request(const PageRequest& page)
{
    ImageListJob* job = m_adapter->list(page);
    m_job = job;
    connect(job, &ApiJob::finished, this, &ImageListLoader::onPageFinished);
}

void ImageListLoader::onPageFinished()
{
    auto* job = static_cast<ImageListJob*>(m_job.data());
    m_job = nullptr;
    if (!job)
        return;
    job->deleteLater();
    const Result<ImagePage>& result = job->result();
    if (!result) {
        finish(result.error());
        return;
    }
    QList<ImageRecord> images = result->images;
    if (m_maxImages >= 0 && m_loaded + images.size() > m_maxImages)
        images.resize(m_maxImages - m_loaded);
    m_loaded += images.size();
    ++m_pages;

    // The next page is asked for before this one is handed over: the server works on it while
    // the table takes these rows.
    const QUrl next = result->next;
    const bool wantMore = m_followNext && (m_maxImages < 0 || m_loaded < m_maxImages);
    std::optional<ApiError> error;
    bool done = true;
    if (!next.isEmpty() && wantMore) {
        if (m_seenNext.contains(next) || result->images.isEmpty()) {
            error = ApiError::make(ApiError::Kind::BadPayload,
                                   QCoreApplication::translate(
                                       "Skylight::ImageListLoader",
                                       "The server's paging went in a circle (the same next page twice); "
                                       "the list stops at %1 images.")
                                       .arg(m_loaded));
        } else {
            m_seenNext.append(next);
            PageRequest following;
            following.next = next;
            request(following);
            done = false;
        }
    }
    QPointer<ImageListLoader> alive(this);
    if (!images.isEmpty())
        Q_EMIT pageLoaded(images);
    if (alive && done)
        finish(std::move(error));
}

void ImageListLoader::finish(std::optional<ApiError> error)
{
    m_error = std::move(error);
    Q_EMIT finished();
}

} // namespace Skylight
