// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagetask.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Skylight {

class TaskTableModel;

// The details pane's Tasks tab: the stores the selected image is being imported or copied to and
// those an import failed for (its os_glance_importing_to_stores and os_glance_failed_import), a
// line saying what is going on (loading, a dialect without tasks, a failure), and the image's
// import and copy tasks. Server text is plain text. ImageTasksController fills it.
class ImageTasksTab : public QWidget
{
    Q_OBJECT
public:
    explicit ImageTasksTab(QWidget* parent = nullptr);

    // The table of tasks (made by the details pane, which gives every table copying and menus).
    void setTable(QTableView* table);
    QTableView* table() const { return m_table; }
    TaskTableModel* model() const { return m_model; }
    QLabel* importingLabel() const { return m_importing; }
    QLabel* failedLabel() const { return m_failed; }
    QLabel* messageLabel() const { return m_message; }

    enum class Kind
    {
        None,
        Note,
        Failure,
    };
    Kind messageKind() const { return m_kind; }

    // Nothing shown.
    void clear();
    // The image's stores being imported to and failed (empty lists: the lines are hidden).
    void setStores(const QStringList& importing, const QStringList& failed);
    // Only a line (no table): loading, no tasks in this dialect, a failure.
    void showMessage(Kind kind, const QString& text);
    void showTasks(const ImageTaskList& tasks);

Q_SIGNALS:
    // The tab became visible (chosen, or the window shown): time to fetch what it shows.
    void shown();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyColors();

    TaskTableModel* m_model;
    QLabel* m_importing;
    QLabel* m_failed;
    QLabel* m_message;
    QTableView* m_table = nullptr;
    Kind m_kind = Kind::None;
};

} // namespace Skylight
