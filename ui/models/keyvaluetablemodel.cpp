// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "models/keyvaluetablemodel.h"

#include "image/nesting.h"

#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

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
    if (parent.isValid())
        return 0;
    return hasKinds() ? ColumnCount : Kind;
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

QString KeyValueTableModel::kindText(ImageSchema::Group group)
{
    switch (group) {
    case ImageSchema::Group::Base:
        return tr("Base");
    case ImageSchema::Group::Custom:
        return tr("Custom");
    case ImageSchema::Group::System:
        return tr("System");
    }
    return {};
}

namespace {
QString kindToolTip(ImageSchema::Group group)
{
    switch (group) {
    case ImageSchema::Group::Base:
        return KeyValueTableModel::tr("A field of the cloud's image schema");
    case ImageSchema::Group::Custom:
        return KeyValueTableModel::tr("A custom property: set by the image's owner or by a service");
    case ImageSchema::Group::System:
        return KeyValueTableModel::tr("A system property (os_glance_*): set by the Image service itself");
    }
    return {};
}
} // namespace

QString KeyValueTableModel::keyToolTip(const Row& row) const
{
    QString text = row.key;
    if (m_schema.isEmpty())
        return text;
    const QString title = m_schema.title(row.property);
    if (!title.isEmpty() && title != row.key)
        text += u'\n' + title;
    const QString description = m_schema.description(row.property);
    if (!description.isEmpty())
        text += u"\n\n"_s + description;
    return text;
}

QVariant KeyValueTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const auto group = [this, &row] {
        return m_schema.group(row.property);
    };
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Kind)
            return kindText(group());
        return index.column() == Key ? row.key : displayText(row.value);
    case Qt::ToolTipRole:
        if (index.column() == Kind)
            return kindToolTip(group());
        return index.column() == Key ? keyToolTip(row) : displayText(row.value);
    case Qt::FontRole:
        if (index.column() == Value && row.value.isNull()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case RawValueRole:
        if (index.column() == Kind)
            return ImageSchema::groupName(group());
        return index.column() == Key ? QVariant(row.key) : row.value.toVariant();
    case KindRole:
        return hasKinds() ? ImageSchema::groupName(group()) : QString();
    default:
        return {};
    }
}

QVariant KeyValueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        return tr("Field");
    case Value:
        return tr("Value");
    case Kind:
        return tr("Kind");
    default:
        return {};
    }
}

void KeyValueTableModel::setObject(const QJsonObject& object, const QStringList& order)
{
    m_object = object;
    m_order = order;
    layOut();
}

void KeyValueTableModel::setSchema(const ImageSchema& schema)
{
    if (schema.isEmpty() && m_schema.isEmpty())
        return;
    layOut(&schema); // the Kind column comes or goes inside the reset
}

void KeyValueTableModel::layOut(const ImageSchema* schema)
{
    beginResetModel();
    if (schema)
        m_schema = *schema;
    m_rows.clear();
    for (const QString& key : std::as_const(m_order)) {
        if (m_object.contains(key))
            addRow(key, key, m_object.value(key), 1);
    }
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!m_order.contains(it.key()))
            addRow(it.key(), it.key(), it.value(), 1);
    }
    if (hasKinds()) {
        // Base fields, then custom properties, then system ones; each in the order above.
        std::stable_sort(m_rows.begin(), m_rows.end(), [this](const Row& a, const Row& b) {
            return int(m_schema.group(a.property)) < int(m_schema.group(b.property));
        });
    }
    endResetModel();
}

void KeyValueTableModel::addRow(const QString& property, const QString& key, const QJsonValue& value,
                                int level)
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
        m_rows.append({key, Nesting::bounded(value), property}); // RawValueRole's toVariant() recurses too
        return;
    }
    if (nested.isObject()) {
        const QJsonObject object = nested.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addRow(property, key + u'.' + it.key(), it.value(), level + 1);
        return;
    }
    const QJsonArray array = nested.toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        addRow(property, key + u'[' + QString::number(i) + u']', array.at(i), level + 1);
}

QString KeyValueTableModel::copyText(const QList<int>& rows) const
{
    QStringList lines;
    for (const int row : rows) {
        if (row >= 0 && row < m_rows.size())
            lines << m_rows.at(row).key + u'\t' + displayText(m_rows.at(row).value);
    }
    return lines.join(u'\n');
}

} // namespace Skylight
