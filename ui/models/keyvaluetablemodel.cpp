// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "models/keyvaluetablemodel.h"

#include "image/nesting.h"

#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

KeyValueTableModel::KeyValueTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int KeyValueTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int KeyValueTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KeyValueTableModel::displayText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(Nesting::compactJson(value));
    }
    return {};
}

QVariant KeyValueTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& [key, value] = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() == Key ? key : displayText(value);
    case Qt::FontRole:
        if (index.column() == Value && value.isNull()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case RawValueRole:
        return index.column() == Key ? QVariant(key) : value.toVariant();
    default:
        return {};
    }
}

QVariant KeyValueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Key ? tr("Field") : tr("Value");
}

void KeyValueTableModel::setObject(const QJsonObject& object, const QStringList& order)
{
    beginResetModel();
    m_rows.clear();
    for (const QString& key : order) {
        if (object.contains(key))
            addRow(key, object.value(key), 1);
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!order.contains(it.key()))
            addRow(it.key(), it.value(), 1);
    }
    endResetModel();
}

void KeyValueTableModel::addRow(const QString& key, const QJsonValue& value, int level)
{
    QJsonValue nested = value;
    const bool expand = m_expandNested && level < Nesting::kMaxDepth; // recursion stops here
    if (expand && value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.startsWith(u'{') || text.startsWith(u'[')) {
            const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
            if (document.isObject())
                nested = document.object();
            else if (document.isArray())
                nested = document.array();
        }
    }
    if (!expand || (!nested.isObject() && !nested.isArray()) ||
        (nested.isObject() && nested.toObject().isEmpty()) ||
        (nested.isArray() && nested.toArray().isEmpty())) {
        m_rows.append({key, Nesting::bounded(value)}); // RawValueRole's toVariant() recurses too
        return;
    }
    if (nested.isObject()) {
        const QJsonObject object = nested.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addRow(key + u'.' + it.key(), it.value(), level + 1);
        return;
    }
    const QJsonArray array = nested.toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        addRow(key + u'[' + QString::number(i) + u']', array.at(i), level + 1);
}

QString KeyValueTableModel::copyText(const QList<int>& rows) const
{
    QStringList lines;
    for (const int row : rows) {
        if (row >= 0 && row < m_rows.size())
            lines << m_rows.at(row).first + u'\t' + displayText(m_rows.at(row).second);
    }
    return lines.join(u'\n');
}

} // namespace Skylight
