// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "models/tasktablemodel.h"

#include <QLocale>

namespace Skylight {

namespace {
QVariant timeText(const std::optional<QDateTime>& when, int role)
{
    if (!when || !when->isValid())
        return {};
    if (role == Qt::ToolTipRole)
        return when->toUTC().toString(Qt::ISODate);
    return QLocale().toString(when->toLocalTime(), QLocale::ShortFormat);
}

QVariant textOrNothing(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// A word such as "processing" in a column sized to its contents: a longer one is cut (whole in
// the tooltip).
QVariant shortText(const QString& text, int role)
{
    constexpr qsizetype kMax = 32;
    if (role != Qt::DisplayRole || text.size() <= kMax)
        return textOrNothing(text);
    return QVariant(text.left(kMax - 1) + u'…');
}
} // namespace

TaskTableModel::TaskTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int TaskTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const ImageTask& task = m_tasks.at(index.row());
    switch (static_cast<Column>(index.column())) {
    case Status:
        return shortText(task.status, role);
    case Type:
        return textOrNothing(task.type);
    case Method:
        return textOrNothing(task.method);
    case Stores:
        return textOrNothing(task.stores.join(u", "));
    case Message:
        return task.message ? textOrNothing(*task.message) : QVariant();
    case Created:
        return timeText(task.createdAt, role);
    case Updated:
        return timeText(task.updatedAt, role);
    case Expires:
        return timeText(task.expiresAt, role);
    case Id:
        return textOrNothing(task.id);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Status:
        return tr("Status");
    case Type:
        return tr("Type");
    case Method:
        return tr("Method");
    case Stores:
        return tr("Stores");
    case Message:
        return tr("Message");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    case Expires:
        return tr("Expires");
    case Id:
        return tr("Task ID");
    case ColumnCount:
        break;
    }
    return {};
}

void TaskTableModel::setTasks(const QList<ImageTask>& tasks)
{
    beginResetModel();
    m_tasks = tasks;
    endResetModel();
}

} // namespace Skylight
