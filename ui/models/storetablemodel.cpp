// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "models/storetablemodel.h"

#include <QFont>
#include <QJsonDocument>

namespace Skylight {

namespace {
// The most of a store's properties a tooltip shows (the detail call's, bounded in depth already).
constexpr qsizetype kMaxPropertiesText = 600;
} // namespace

StoreTableModel::StoreTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int StoreTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_stores.stores.size());
}

int StoreTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoreTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageStore& store = m_stores.stores.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(store, column);
    case Qt::ToolTipRole:
        return toolTip(store, column);
    case Qt::FontRole:
        if (store.isDefault && column == Id) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::UserRole:
        switch (column) {
        case Id:
            return store.id;
        case Description:
            return store.description;
        case Default:
            return store.isDefault;
        case ReadOnly:
            return store.readOnly;
        case Type:
            return store.type ? QVariant(*store.type) : QVariant();
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant StoreTableModel::display(const ImageStore& store, Column column) const
{
    switch (column) {
    case Id:
        return store.id;
    case Description:
        return store.description;
    case Default:
        return store.isDefault ? tr("Default") : QString();
    case ReadOnly:
        return store.readOnly ? tr("Read-only") : tr("Writable");
    case Type:
        if (store.type)
            return *store.type;
        return m_stores.detailed ? tr("—") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StoreTableModel::toolTip(const ImageStore& store, Column column) const
{
    switch (column) {
    case Default:
        return store.isDefault ? tr("Images are stored here unless another store is asked for.") : QVariant();
    case ReadOnly:
        return store.readOnly ? tr("Images can be read from this store, not written to it.") : QVariant();
    case Type: {
        if (store.properties.isEmpty())
            return {};
        QString text = QString::fromUtf8(QJsonDocument(store.properties).toJson(QJsonDocument::Compact));
        if (text.size() > kMaxPropertiesText) {
            text.truncate(kMaxPropertiesText);
            text.append(QChar(0x2026));
        }
        return text;
    }
    case Id:
    case Description:
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Type)
        return tr("The store's backend, told only to those who may read the store details (administrators).");
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Id:
        return tr("Store");
    case Description:
        return tr("Description");
    case Default:
        return tr("Default");
    case ReadOnly:
        return tr("Access");
    case Type:
        return tr("Type");
    case ColumnCount:
        break;
    }
    return {};
}

void StoreTableModel::setStores(const ImageStoreList& stores)
{
    beginResetModel();
    m_stores = stores;
    endResetModel();
}

void StoreTableModel::clear()
{
    setStores({});
}

} // namespace Skylight
