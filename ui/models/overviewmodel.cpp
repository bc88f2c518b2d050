// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "models/overviewmodel.h"

#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

OverviewModel::OverviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void OverviewModel::setRows(const QList<OverviewRows::Row>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int OverviewModel::rowOf(const QString& key) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (!m_rows.at(row).section && m_rows.at(row).key == key)
            return int(row);
    }
    return -1;
}

int OverviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OverviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OverviewRows::Row& row = m_rows.at(index.row());
    const bool field = index.column() == Field;
    switch (role) {
    case Qt::DisplayRole:
        if (row.section)
            return field ? row.label : QString();
        return field ? row.label : row.text;
    case Qt::ToolTipRole:
        if (row.section)
            return {};
        if (field) // the raw name, and below it what the cloud's schema says of it
            return row.description.isEmpty() ? row.key : row.key + u"\n\n"_s + row.description;
        return row.toolTip.isEmpty() ? row.text : row.toolTip;
    case Qt::FontRole:
        if (row.section || (!field && row.absent)) {
            QFont font;
            font.setBold(row.section);
            font.setItalic(!row.section);
            return font;
        }
        return {};
    case KeyRole:
        return row.key;
    case RawValueRole:
        return row.raw;
    case SectionRole:
        return row.section;
    default:
        return {};
    }
}

Qt::ItemFlags OverviewModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return Qt::NoItemFlags;
    if (m_rows.at(index.row()).section)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Field ? tr("Field") : tr("Value");
}

} // namespace Skylight
