// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagetask.h"

#include <QAbstractTableModel>
#include <QList>

namespace Skylight {

// An image's import and copy tasks (Glance v2): status, type, import method, stores, the server's
// message ("Copied 15 MiB"), times and id. Times in the user's locale, in full (UTC) in the
// tooltip; every text as the server sent it (shown as plain text).
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Status,
        Type,
        Method,
        Stores,
        Message,
        Created,
        Updated,
        Expires,
        Id,
        ColumnCount
    };

    explicit TaskTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setTasks(const QList<ImageTask>& tasks);
    const QList<ImageTask>& tasks() const { return m_tasks; }

private:
    QList<ImageTask> m_tasks;
};

} // namespace Skylight
