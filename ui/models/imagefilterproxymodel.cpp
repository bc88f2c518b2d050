#include "imagefilterproxymodel.h"

#include "imagetablemodel.h"

namespace Skylight {

namespace {
template<typename T>
int compareOptional(const std::optional<T>& a, const std::optional<T>& b)
{
    if (!a || !b)
        return int(bool(a)) - int(bool(b)); // absent values first
    if constexpr (std::is_same_v<T, QString>)
        return QString::compare(*a, *b, Qt::CaseInsensitive);
    else
        return *a < *b ? -1 : (*b < *a ? 1 : 0);
}

int compareColumn(const ImageRecord& a, const ImageRecord& b, int column)
{
    switch (static_cast<ImageTableModel::Column>(column)) {
    case ImageTableModel::Name:
        // Unnamed images after every name.
        if (!a.name || !b.name)
            return int(bool(b.name)) - int(bool(a.name));
        return QString::compare(*a.name, *b.name, Qt::CaseInsensitive);
    case ImageTableModel::Status:
        return compareOptional(a.status, b.status);
    case ImageTableModel::Size:
        return compareOptional(a.size, b.size);
    case ImageTableModel::DiskFormat:
        return compareOptional(a.diskFormat, b.diskFormat);
    case ImageTableModel::ContainerFormat:
        return compareOptional(a.containerFormat, b.containerFormat);
    case ImageTableModel::Visibility:
        return compareOptional(a.visibility, b.visibility);
    case ImageTableModel::MinDisk:
        return compareOptional(a.minDisk, b.minDisk);
    case ImageTableModel::MinRam:
        return compareOptional(a.minRam, b.minRam);
    case ImageTableModel::Owner:
        return compareOptional(a.owner, b.owner);
    case ImageTableModel::Created:
        return compareOptional(a.createdAt, b.createdAt);
    case ImageTableModel::Updated:
        return compareOptional(a.updatedAt, b.updatedAt);
    case ImageTableModel::Tags: {
        const QString left = a.tags ? a.tags->join(u',') : QString();
        const QString right = b.tags ? b.tags->join(u',') : QString();
        return QString::compare(left, right, Qt::CaseInsensitive);
    }
    case ImageTableModel::Id:
    case ImageTableModel::ColumnCount:
        break;
    }
    return QString::compare(a.id, b.id, Qt::CaseInsensitive);
}

bool allowed(const QSet<QString>& chip, const std::optional<QString>& value)
{
    return chip.isEmpty() || chip.contains(value.value_or(QString()).toLower());
}
} // namespace

ImageFilterProxyModel::ImageFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ImageTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ImageFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    m_images = qobject_cast<ImageTableModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void ImageFilterProxyModel::setSearchText(const QString& text)
{
    ImageQuery query = ImageQuery::parse(text);
    m_text = text.simplified();
    if (query == m_query)
        return;
    m_query = std::move(query);
    invalidateRowsFilter();
}

void ImageFilterProxyModel::setChip(Chip chip, const QSet<QString>& values)
{
    if (m_chips[int(chip)] == values)
        return;
    m_chips[int(chip)] = values;
    invalidateRowsFilter();
}

bool ImageFilterProxyModel::isFiltering() const
{
    return !m_query.isEmpty() || !m_chips[0].isEmpty() || !m_chips[1].isEmpty() || !m_chips[2].isEmpty();
}

bool ImageFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const ImageRecord* a = m_images ? m_images->record(left.row()) : nullptr;
    const ImageRecord* b = m_images ? m_images->record(right.row()) : nullptr;
    if (!a || !b)
        return QSortFilterProxyModel::lessThan(left, right);
    const int order = compareColumn(*a, *b, left.column());
    // Ties in a stable order (by id), so equal sizes do not shuffle on every page.
    return order != 0 ? order < 0 : a->id < b->id;
}

bool ImageFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_images || sourceParent.isValid())
        return true;
    const ImageRecord* record = m_images->record(sourceRow);
    if (!record)
        return false;
    return allowed(m_chips[int(Chip::Status)], record->status) &&
           allowed(m_chips[int(Chip::Visibility)], record->visibility) &&
           allowed(m_chips[int(Chip::DiskFormat)], record->diskFormat) &&
           m_query.matches(*record, m_images->searchKey(sourceRow));
}

} // namespace Skylight
