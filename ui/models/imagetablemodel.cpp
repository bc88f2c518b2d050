#include "imagetablemodel.h"

#include "image/imagequery.h"
#include "image/imagerecordjson.h"
#include "statusicon.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
QVariant orEmpty(const std::optional<QString>& value)
{
    return value ? QVariant(*value) : QVariant();
}
} // namespace

ImageTableModel::ImageTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ImageTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int ImageTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageRecord& record = m_records.at(index.row());
    if (role == IdRole)
        return record.id;
    if (role == SearchTextRole)
        return m_searchText.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Name)
        return record.id;
    if (role == Qt::DecorationRole && index.column() == Status)
        return statusIcon(record.status);
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Size || index.column() == MinDisk || index.column() == MinRam))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};

    const bool sorting = role == SortRole;
    switch (static_cast<Column>(index.column())) {
    case Name:
        if (record.name)
            return *record.name;
        // Unnamed images sort after every name.
        return sorting ? QVariant(QString(QChar(0xFFFF))) : QVariant(tr("(no name)"));
    case Status:
        return orEmpty(record.status);
    case Size:
        if (!record.size)
            return sorting ? QVariant(qint64(-1)) : QVariant();
        return sorting ? QVariant(*record.size)
                       : QVariant(QLocale().formattedDataSize(*record.size, 1, QLocale::DataSizeIecFormat));
    case DiskFormat:
        return orEmpty(record.diskFormat);
    case ContainerFormat:
        return orEmpty(record.containerFormat);
    case Visibility:
        return orEmpty(record.visibility);
    case MinDisk:
        if (!record.minDisk)
            return sorting ? QVariant(qint64(-1)) : QVariant();
        return sorting ? QVariant(*record.minDisk) : QVariant(tr("%1 GB").arg(*record.minDisk));
    case MinRam:
        if (!record.minRam)
            return sorting ? QVariant(qint64(-1)) : QVariant();
        return sorting ? QVariant(*record.minRam) : QVariant(tr("%1 MB").arg(*record.minRam));
    case Owner:
        return orEmpty(record.owner);
    case Created:
        if (!record.createdAt)
            return {};
        return sorting ? QVariant(*record.createdAt) : QVariant(isoUtc(record.createdAt));
    case Updated:
        if (!record.updatedAt)
            return {};
        return sorting ? QVariant(*record.updatedAt) : QVariant(isoUtc(record.updatedAt));
    case Tags:
        return record.tags ? QVariant(record.tags->join(u", "_s)) : QVariant();
    case Id:
        return record.id;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Size:
        return tr("Size");
    case DiskFormat:
        return tr("Disk format");
    case ContainerFormat:
        return tr("Container");
    case Visibility:
        return tr("Visibility");
    case MinDisk:
        return tr("Min disk");
    case MinRam:
        return tr("Min RAM");
    case Owner:
        return tr("Owner");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    case Tags:
        return tr("Tags");
    case Id:
        return tr("ID");
    case ColumnCount:
        break;
    }
    return {};
}

void ImageTableModel::clear()
{
    beginResetModel();
    m_records.clear();
    m_searchText.clear();
    endResetModel();
}

void ImageTableModel::append(const QList<ImageRecord>& records)
{
    if (records.isEmpty())
        return;
    const int first = static_cast<int>(m_records.size());
    beginInsertRows({}, first, first + static_cast<int>(records.size()) - 1);
    m_records.append(records);
    for (const ImageRecord& record : records)
        m_searchText.append(searchKeyOf(record));
    endInsertRows();
}

int ImageTableModel::update(const ImageRecord& record)
{
    const int row = rowOf(record.id);
    if (row < 0)
        return -1;
    m_records[row] = record;
    m_searchText[row] = searchKeyOf(record);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return row;
}

bool ImageTableModel::hiddenByDefault(Column column)
{
    return column == MinDisk || column == MinRam || column == Owner || column == Id;
}

QList<ImageRecord> ImageTableModel::takeRecords()
{
    beginResetModel();
    QList<ImageRecord> records = std::move(m_records);
    m_records.clear();
    m_searchText.clear();
    endResetModel();
    return records;
}

const ImageRecord* ImageTableModel::record(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int ImageTableModel::rowOf(const QString& id) const
{
    for (qsizetype row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == id)
            return static_cast<int>(row);
    }
    return -1;
}

} // namespace Skylight
