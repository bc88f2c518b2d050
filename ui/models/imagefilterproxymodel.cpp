// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "models/imagefilterproxymodel.h"

#include "models/imagetablemodel.h"

#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
bool allowed(const QSet<QString>& chip, const QString& value)
{
    return chip.isEmpty() || chip.contains(value);
}

// A term against a row's shown fields; nullopt when only the whole record can answer.
std::optional<bool> termMatches(const ImageTableModel::Row& row, const QString& key, const QString& value)
{
    const auto same = [&value](const QString& field) {
        return !field.isNull() && field.compare(value, Qt::CaseInsensitive) == 0;
    };
    if (key == u"name")
        return row.hasName && same(row.name);
    if (key == u"status")
        return same(row.status);
    if (key == u"visibility")
        return same(row.visibility);
    if (key == u"owner")
        return same(row.owner);
    if (key == u"disk_format")
        return same(row.diskFormat);
    if (key == u"container_format")
        return same(row.containerFormat);
    if (key == u"id")
        return same(row.id);
    if (key == u"member_status")
        return true; // only a server knows
    return std::nullopt;
}

// A comparison against a row's shown numbers and times; nullopt when only the record has the value.
std::optional<bool> rangeMatches(const ImageTableModel::Row& row, const RangeTerm& term)
{
    const auto known = [](qint64 value) {
        return value < 0 ? std::nullopt : std::optional<qint64>(value);
    };
    switch (term.field) {
    case RangeTerm::Field::Size:
        return term.matches(known(row.size));
    case RangeTerm::Field::MinDisk:
        return term.matches(known(row.minDisk));
    case RangeTerm::Field::MinRam:
        return term.matches(known(row.minRam));
    case RangeTerm::Field::Created:
        return term.matches(row.hasCreated ? std::optional<qint64>(row.created) : std::nullopt);
    case RangeTerm::Field::Updated:
        return term.matches(row.hasUpdated ? std::optional<qint64>(row.updated) : std::nullopt);
    case RangeTerm::Field::VirtualSize:
        return std::nullopt; // not among a row's shown fields
    }
    return std::nullopt;
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
    // Another cloud's rows (the window swaps them): nothing of the previous ones is kept.
    for (const QMetaObject::Connection& connection : std::as_const(m_imageConnections))
        disconnect(connection);
    m_imageConnections.clear();
    m_images = qobject_cast<ImageTableModel*>(model);
    m_rank.clear();
    m_changedRows.clear();
    QSortFilterProxyModel::setSourceModel(model);
    if (m_images) {
        m_imageConnections << connect(m_images, &QAbstractItemModel::modelReset, this, [this] {
            m_rank.clear();
            m_changedRows.clear();
        });
        // A row given fresh details may have moved in the order: compared by its fields until
        // the next ranking (a few rows; past that, all are ranked again).
        m_imageConnections << connect(m_images, &QAbstractItemModel::dataChanged, this,
                                      [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                                          for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                                              if (!m_changedRows.contains(row))
                                                  m_changedRows.append(row);
                                          }
                                          if (m_changedRows.size() > 32) {
                                              m_rank.clear();
                                              m_changedRows.clear();
                                          }
                                      });
    }
}

void ImageFilterProxyModel::rank(int column)
{
    if (!m_images || column < 0 ||
        (column == m_rankColumn && m_rank.size() == m_images->rowCount() && m_changedRows.isEmpty()))
        return;
    const int count = m_images->rowCount();
    m_rank.resize(count);
    m_changedRows.clear();
    m_rankColumn = column;
    if (column == sortColumn() && rowCount() == count) {
        // Every row is here, already in this column's order (rows that streamed in were placed
        // by lessThan): read the ranks off the proxy's own order.
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        for (int place = 0; place < count; ++place)
            m_rank[mapToSource(index(place, column)).row()] = ascending ? place : count - 1 - place;
        return;
    }
    QList<int> rows(count);
    std::iota(rows.begin(), rows.end(), 0);
    std::sort(rows.begin(), rows.end(), [this, column](int a, int b) {
        return ImageTableModel::compare(m_images->row(a), m_images->row(b), column) < 0;
    });
    for (int place = 0; place < count; ++place)
        m_rank[rows.at(place)] = place;
}

void ImageFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    // Rank for the new column before the base class sorts with lessThan (the same column in the
    // other direction keeps its ranks).
    if (column != m_rankColumn)
        m_rank.clear();
    rank(column);
    QSortFilterProxyModel::sort(column, order);
}

void ImageFilterProxyModel::refilter()
{
    rank(sortColumn());
    // A full re-mapping (filter every row, sort the survivors by rank) is much faster on a large
    // table than the incremental row insertions and removals of invalidateRowsFilter().
    invalidate();
}

void ImageFilterProxyModel::setSearchText(const QString& text)
{
    ImageQuery query = ImageQuery::parse(text);
    m_text = text.simplified();
    if (query == m_query)
        return;
    m_query = std::move(query);
    refilter();
}

void ImageFilterProxyModel::setChip(Chip chip, const QSet<QString>& values)
{
    if (m_chips[int(chip)] == values)
        return;
    m_chips[int(chip)] = values;
    refilter();
}

bool ImageFilterProxyModel::isFiltering() const
{
    return !m_query.isEmpty() || !m_chips[0].isEmpty() || !m_chips[1].isEmpty() || !m_chips[2].isEmpty();
}

bool ImageFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_images)
        return QSortFilterProxyModel::lessThan(left, right);
    const int a = left.row();
    const int b = right.row();
    if (left.column() == m_rankColumn && a < m_rank.size() && b < m_rank.size() &&
        !m_changedRows.contains(a) && !m_changedRows.contains(b))
        return m_rank.at(a) < m_rank.at(b);
    return ImageTableModel::compare(m_images->row(a), m_images->row(b), left.column()) < 0;
}

bool ImageFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_images || sourceParent.isValid())
        return true;
    const ImageTableModel::Row& row = m_images->row(sourceRow);
    if (!allowed(m_chips[int(Chip::Status)], row.status) ||
        !allowed(m_chips[int(Chip::Visibility)], row.visibility) ||
        (!m_chips[int(Chip::DiskFormat)].isEmpty() &&
         !m_chips[int(Chip::DiskFormat)].contains(row.diskFormat.toLower())))
        return false;
    const QString& key = m_images->searchKey(sourceRow);
    for (const QString& word : m_query.words) {
        if (!key.contains(word))
            return false;
    }
    std::optional<ImageRecord> record; // unpacked only for a term on a property, a tag, virtual_size
    for (const RangeTerm& term : m_query.rangeTerms) {
        if (const std::optional<bool> answer = rangeMatches(row, term)) {
            if (!*answer)
                return false;
            continue;
        }
        if (!record)
            record = m_images->record(sourceRow);
        if (!term.matches(*record))
            return false;
    }
    for (const auto& [term, value] : m_query.fieldTerms) {
        if (const std::optional<bool> answer = termMatches(row, term, value)) {
            if (!*answer)
                return false;
            continue;
        }
        if (!record)
            record = m_images->record(sourceRow);
        if (!ImageQuery::termMatches(*record, term, value))
            return false;
    }
    return true;
}

} // namespace Skylight
