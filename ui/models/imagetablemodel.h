#pragma once

#include "image/imagerecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace Skylight {

// The images of one cloud, one row each. Rows are appended page by page as a listing streams in.
class ImageTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Status,
        Size,
        DiskFormat,
        ContainerFormat,
        Visibility,
        Created,
        Id,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // typed value for sorting (bytes for Size, time for dates)
        IdRole,
        SearchTextRole, // lower-case name, id and property values, for the filter box
    };
    Q_ENUM(Column)

    explicit ImageTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void append(const QList<ImageRecord>& records);
    // Replaces the record with the same id (e.g. after a fresh `show`); returns its row or -1.
    int update(const ImageRecord& record);
    const ImageRecord* record(int row) const;
    int rowOf(const QString& id) const;

private:
    QList<ImageRecord> m_records;
    QList<QString> m_searchText;
};

} // namespace Skylight
