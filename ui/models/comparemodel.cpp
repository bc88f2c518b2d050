// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "models/comparemodel.h"

#include "image/imagerecordjson.h"
#include "models/contentsrows.h"
#include "models/keyvaluetablemodel.h"
#include "models/overviewrows.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QSet>
#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

CompareModel::CompareModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CompareModel::setImages(const ImageRecord& left, const QString& leftLabel, const ImageRecord& right,
                             const QString& rightLabel)
{
    beginResetModel();
    m_rows.clear();
    m_labels[0] = leftLabel;
    m_labels[1] = rightLabel;
    const QJsonObject a = toContractJson(left);
    const QJsonObject b = toContractJson(right);
    for (const QString& key : contractKeys()) {
        if (key == u"properties"_s)
            continue;
        const QString l = KeyValueTableModel::displayText(a.value(key));
        const QString r = KeyValueTableModel::displayText(b.value(key));
        m_rows.append({key, OverviewRows::fieldLabel(key), l, r, false, false, l != r});
    }
    QStringList keys = left.properties.keys() + right.properties.keys();
    keys.sort();
    keys.removeDuplicates();
    for (const QString& key : std::as_const(keys)) {
        const QString field = u"properties."_s + key;
        Row row{field, field, {}, {}, !left.properties.contains(key), !right.properties.contains(key)};
        if (!row.leftMissing)
            row.left = KeyValueTableModel::displayText(left.properties.value(key));
        if (!row.rightMissing)
            row.right = KeyValueTableModel::displayText(right.properties.value(key));
        row.different = row.leftMissing != row.rightMissing || row.left != row.right;
        m_rows.append(row);
    }
    endResetModel();
}

void CompareModel::setVerdicts(const std::optional<InspectionResult>& left,
                               const std::optional<InspectionResult>& right)
{
    beginResetModel();
    m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(),
                                [](const Row& row) { return row.field.startsWith(u"inspection."_s); }),
                 m_rows.end());
    if (left || right) {
        const QLocale locale;
        const auto add = [&](const QString& field, const QString& label,
                             const std::function<QString(const InspectionResult&)>& text) {
            Row row{field, label, {}, {}, !left, !right};
            if (left)
                row.left = text(*left);
            if (right)
                row.right = text(*right);
            row.different = row.leftMissing != row.rightMissing || row.left != row.right;
            m_rows.append(row);
        };
        add(u"inspection.format"_s, tr("Format inside"), [](const InspectionResult& verdict) {
            return verdict.format.isEmpty() ? tr("unknown") : verdict.format;
        });
        add(u"inspection.virtual_size"_s, tr("Virtual size inside"),
            [&locale](const InspectionResult& verdict) {
                return verdict.virtualSize ? OverviewRows::sizeText(*verdict.virtualSize, locale)
                                           : tr("unknown");
            });
        add(u"inspection.safe"_s, tr("Contents"), [](const InspectionResult& verdict) {
            return ContentsRows::badgeText(ContentsRows::badgeOf(verdict));
        });
        add(u"inspection.problems"_s, tr("Problems"), [](const InspectionResult& verdict) {
            // One line in the table: the sentences after one another.
            return verdict.problems.isEmpty() ? tr("none") : verdict.problemTexts().join(u' ');
        });
    }
    endResetModel();
}

int CompareModel::differenceCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& row) { return row.different; }));
}

int CompareModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompareModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompareModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const bool missing =
        (index.column() == Left && row.leftMissing) || (index.column() == Right && row.rightMissing);
    switch (role) {
    case KeyRole:
        return row.field;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == Field)
            return role == Qt::DisplayRole ? row.label : row.field;
        if (missing)
            return tr("(absent)");
        return index.column() == Left ? row.left : row.right;
    case DifferentRole:
        return row.different;
    case Qt::FontRole:
        if (row.different || missing) {
            QFont font;
            font.setBold(row.different);
            font.setItalic(missing);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (row.different) {
            // A tint of the palette's highlight: readable in light and dark themes alike.
            QColor tint = QGuiApplication::palette().color(QPalette::Highlight);
            tint.setAlpha(60);
            return QBrush(tint);
        }
        return {};
    default:
        return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Field:
        return tr("Field");
    case Left:
        return m_labels[0];
    case Right:
        return m_labels[1];
    default:
        return {};
    }
}

} // namespace Skylight
