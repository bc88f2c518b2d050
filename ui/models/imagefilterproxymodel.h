// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagequery.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace Skylight {

class ImageTableModel;

// Sorts by ImageTableModel::SortRole (bytes, times) and filters rows on what the filter bar asks:
// the query typed (free words against the precomputed lower-case search key, `key:value` terms
// against the fields) and the quick chips (a set of statuses, visibilities and disk formats each;
// an empty set lets everything through).
class ImageFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Chip
    {
        Status,
        Visibility,
        DiskFormat
    };

    explicit ImageFilterProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearchText(const QString& text);
    QString searchText() const { return m_text; }
    const ImageQuery& query() const { return m_query; }
    // Lower-case values; empty: no restriction.
    void setChip(Chip chip, const QSet<QString>& values);
    QSet<QString> chip(Chip chip) const { return m_chips[int(chip)]; }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    // Compares ranks: each row's place in the sort column's order, computed once per column (and
    // again after rows arrive) from the rows' own fields; sorting 100,000 rows calls it millions
    // of times. Rows that arrived after the ranking are compared by their fields.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void rank(int column);
    void refilter();

    ImageTableModel* m_images = nullptr;
    QList<QMetaObject::Connection> m_imageConnections;
    QList<int> m_rank; // by source row, for m_rankColumn
    int m_rankColumn = -1;
    QList<int> m_changedRows; // rows whose fields changed since the ranking
    QString m_text;
    ImageQuery m_query;
    QSet<QString> m_chips[3];
};

} // namespace Skylight
