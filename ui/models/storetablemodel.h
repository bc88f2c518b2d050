// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagestore.h"

#include <QAbstractTableModel>

namespace Skylight {

// The backend stores a cloud's Image API lists (GET /v2/info/stores): id, description, whether it
// is the default and read-only, and its type where the user may read the detail. Every cell is the
// server's text shown as it is (the views draw it as plain text; tooltips go through
// plainToolTip). Qt::UserRole holds the raw value (the id, the booleans, the type or nothing).
class StoreTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Description,
        Default,
        ReadOnly,
        Type,
        ColumnCount
    };

    explicit StoreTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setStores(const ImageStoreList& stores);
    void clear();
    const ImageStoreList& stores() const { return m_stores; }
    // Whether the stores came from the detail call (the Type column then says something).
    bool hasTypes() const { return m_stores.detailed; }

private:
    QVariant display(const ImageStore& store, Column column) const;
    QVariant toolTip(const ImageStore& store, Column column) const;

    ImageStoreList m_stores;
};

} // namespace Skylight
