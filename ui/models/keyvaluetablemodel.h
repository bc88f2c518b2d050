// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <utility>

namespace Skylight {

// Two columns, key and value, from a JSON object: the details' overview and the image
// properties. Nulls show as "null" (italic), nested values as compact JSON.
class KeyValueTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Key,
        Value,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1
    };

    explicit KeyValueTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Rows in the given key order; keys of `object` not in `order` follow, sorted.
    void setObject(const QJsonObject& object, const QStringList& order = {});
    // Nested objects and arrays (and strings holding JSON, as Glance's block_device_mapping)
    // as rows of their own: "mapping[0].device_name", down to Nesting::kMaxDepth levels (the
    // object being the first); a value deeper down is one row of compact JSON. Off: one row with
    // compact JSON. Values nested deeper than the limit show "…" there.
    void setExpandNested(bool expand) { m_expandNested = expand; }
    // "key<TAB>value" lines of the given rows, for the clipboard.
    QString copyText(const QList<int>& rows) const;

    static QString displayText(const QJsonValue& value);

private:
    // `level`: how many objects or arrays `value` lies in (1 for a member of the object).
    void addRow(const QString& key, const QJsonValue& value, int level);

    QList<std::pair<QString, QJsonValue>> m_rows;
    bool m_expandNested = false;
};

} // namespace Skylight
