#include "controllers/skippedentriesnotice.h"

#include "adapters/imagelistloader.h"
#include "widgets/errorbanner.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

SkippedEntriesNotice::SkippedEntriesNotice(ErrorBanner* banner, QObject* parent)
    : QObject(parent)
    , m_banner(banner)
{}

void SkippedEntriesNotice::watch(ImageListLoader* loader)
{
    connect(loader, &ImageListLoader::entriesSkipped, this, &SkippedEntriesNotice::onEntriesSkipped);
}

void SkippedEntriesNotice::reset()
{
    m_count = 0;
    m_described = 0;
    m_details.clear();
}

QString SkippedEntriesNotice::details() const
{
    QStringList lines = m_details;
    if (m_count > m_described)
        lines.append(tr("… and %1 more.").arg(m_count - m_described));
    return lines.join(u'\n');
}

void SkippedEntriesNotice::onEntriesSkipped(int pageNumber, qsizetype count, const QStringList& reasons)
{
    if (count <= 0)
        return;
    m_count += count;
    for (const QString& reason : reasons) {
        if (m_details.size() >= kMaxDetails)
            break;
        m_details.append(tr("Page %1: %2").arg(pageNumber).arg(reason));
        ++m_described;
    }
    m_banner->showMessage(m_count == 1 ? tr("1 entry could not be read and is not shown.")
                                       : tr("%1 entries could not be read and are not shown.").arg(m_count),
                          details());
}

} // namespace Skylight
