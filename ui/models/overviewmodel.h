// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "models/overviewrows.h"

#include <QAbstractTableModel>
#include <QList>

namespace Skylight {

// The details' Overview: two columns, the field in words and its value as people read it (see
// OverviewRows). The raw name is the field's tooltip and KeyRole; a value's tooltip says more
// (a time's exact UTC value); the field's tooltip adds the schema's description below the raw
// name. Section rows ("Custom properties") are bold headings, not selectable.
class OverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Field,
        Value,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // "disk_format"; "" on a section row
        RawValueRole,               // the value as the JSON form has it
        SectionRole                 // true on a heading row
    };

    explicit OverviewModel(QObject* parent = nullptr);

    void setRows(const QList<OverviewRows::Row>& rows);
    const QList<OverviewRows::Row>& rows() const { return m_rows; }
    // The row of a raw name, or -1.
    int rowOf(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OverviewRows::Row> m_rows;
};

} // namespace Skylight
