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
        MinDisk,
        MinRam,
        Owner,
        Created,
        Updated,
        Tags,
        Id,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // typed value for sorting (bytes for Size, time for dates)
        IdRole,
        SearchTextRole, // lower-case name, id and property values, for the filter box
    };
    // Shown until the user chooses otherwise (View > Columns, or the header's menu).
    static bool hiddenByDefault(Column column);
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
    const QList<ImageRecord>& records() const { return m_records; }
    // The precomputed lower-case search text of `row` (see searchKeyOf): the filter reads it
    // directly instead of going through data() for every row and keystroke.
    const QString& searchKey(int row) const { return m_searchText.at(row); }
    int rowOf(const QString& id) const;
    // Takes the rows away (to keep them for a later visit) and leaves the model empty.
    QList<ImageRecord> takeRecords();

private:
    QList<ImageRecord> m_records;
    QList<QString> m_searchText;
};

} // namespace Skylight
