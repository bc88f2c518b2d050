// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagelink.h"

#include <QAbstractTableModel>
#include <QList>

namespace Skylight {

// An image's links: rel, media type, address.
class LinkTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Rel,
        Type,
        Href,
        ColumnCount
    };

    explicit LinkTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLinks(const QList<ImageLink>& links);

private:
    QList<ImageLink> m_links;
};

} // namespace Skylight
