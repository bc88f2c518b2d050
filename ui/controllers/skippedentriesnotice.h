#pragma once

#include <QObject>
#include <QStringList>

namespace Skylight {

class ErrorBanner;
class ImageListLoader;

// Says in the window's banner that entries of the listing could not be read and are not shown
// ("3 entries could not be read and are not shown."), Details listing why, page by page
// ("Page 2: entry 7 has no id"). Counts over one listing: reset() when a new one starts.
class SkippedEntriesNotice : public QObject
{
    Q_OBJECT
public:
    // Details keep at most this many reasons; the rest are counted.
    static constexpr qsizetype kMaxDetails = 100;

    explicit SkippedEntriesNotice(ErrorBanner* banner, QObject* parent = nullptr);

    // Follows `loader`'s pages (until the loader is deleted).
    void watch(ImageListLoader* loader);
    void reset();
    qsizetype count() const { return m_count; }
    QString details() const;

private:
    void onEntriesSkipped(int pageNumber, qsizetype count, const QStringList& reasons);

    ErrorBanner* m_banner;
    qsizetype m_count = 0;
    qsizetype m_described = 0; // how many of m_count have a line in m_details
    QStringList m_details;
};

} // namespace Skylight
