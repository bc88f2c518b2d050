// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "models/linktablemodel.h"

namespace Skylight {

LinkTableModel::LinkTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int LinkTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_links.size());
}

int LinkTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const ImageLink& link = m_links.at(index.row());
    switch (static_cast<Column>(index.column())) {
    case Rel:
        return link.rel;
    case Type:
        return link.type ? QVariant(*link.type) : QVariant();
    case Href:
        return link.href;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LinkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Rel:
        return tr("Relation");
    case Type:
        return tr("Type");
    case Href:
        return tr("Address");
    case ColumnCount:
        break;
    }
    return {};
}

void LinkTableModel::setLinks(const QList<ImageLink>& links)
{
    beginResetModel();
    m_links = links;
    endResetModel();
}

} // namespace Skylight
