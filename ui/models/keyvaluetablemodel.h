// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imageschema.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <utility>

namespace Skylight {

// Two columns, key and value, from a JSON object: the details' overview and the image
// properties. Nulls show as "null" (italic), nested values as compact JSON. Given the cloud's
// image schema (setSchema), a third column says each row's kind (a base field of the schema, a
// custom property, a system one: os_glance_*), the rows are grouped in that order, and a key's
// tooltip adds its metadata-definition title and the schema's description below the key.
class KeyValueTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Key,
        Value,
        Kind, // only with a schema
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        KindRole // "base", "custom" or "system" (ImageSchema::groupName) with a schema; else empty
    };

    explicit KeyValueTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Rows in the given key order; keys of `object` not in `order` follow, sorted.
    void setObject(const QJsonObject& object, const QStringList& order = {});
    // The cloud's schema (empty: none, two columns). The rows are laid out again.
    void setSchema(const ImageSchema& schema);
    bool hasKinds() const { return !m_schema.isEmpty(); }
    // "Base", "Custom", "System" as the Kind column shows them.
    static QString kindText(ImageSchema::Group group);
    // Nested objects and arrays (and strings holding JSON, as Glance's block_device_mapping)
    // as rows of their own: "mapping[0].device_name", down to Nesting::kMaxDepth levels (the
    // object being the first); a value deeper down is one row of compact JSON. Off: one row with
    // compact JSON. Values nested deeper than the limit show "…" there.
    void setExpandNested(bool expand) { m_expandNested = expand; }
    // "key<TAB>value" lines of the given rows, for the clipboard (never the kind).
    QString copyText(const QList<int>& rows) const;

    static QString displayText(const QJsonValue& value);

private:
    struct Row
    {
        QString key; // "mapping[0].device_name"
        QJsonValue value;
        QString property; // the member of the object it comes from: "mapping"
    };
    // Lays the rows out again (with `schema` from now on, when given), in one model reset.
    void layOut(const ImageSchema* schema = nullptr);
    // `level`: how many objects or arrays `value` lies in (1 for a member of the object).
    void addRow(const QString& property, const QString& key, const QJsonValue& value, int level);
    QString keyToolTip(const Row& row) const;

    QList<Row> m_rows;
    QJsonObject m_object;
    QStringList m_order;
    ImageSchema m_schema;
    bool m_expandNested = false;
};

} // namespace Skylight
