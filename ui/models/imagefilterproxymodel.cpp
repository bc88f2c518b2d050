#include "imagefilterproxymodel.h"

#include "imagetablemodel.h"

namespace Skylight {

ImageFilterProxyModel::ImageFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ImageTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ImageFilterProxyModel::setSearchText(const QString& text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool ImageFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString haystack =
        sourceModel()->index(sourceRow, 0, sourceParent).data(ImageTableModel::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace Skylight
