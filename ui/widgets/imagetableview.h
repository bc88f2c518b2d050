// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QTableView>

class QMenu;

namespace Skylight {

class AppSettings;

// The image table: sortable, columns shown/hidden from the header's menu (or View > Columns),
// moved and resized; Ctrl+C copies the current cell, Enter asks for the details. Rows are
// selected whole; several may be selected (to compare or export them).
class ImageTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ImageTableView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    // Checkable actions, one per column (the header's context menu and View > Columns).
    QMenu* columnsMenu() const { return m_columnsMenu; }
    void resetColumns();
    void saveColumns(AppSettings* settings) const;
    void restoreColumns(AppSettings* settings);
    // The columns as arranged (order, hidden ones, widths, sort), without what the view's width
    // decides (the stretched last column's width): whether the user changed them.
    QList<int> columnLayout() const;
    // The text of the current cell (what Ctrl+C copies).
    QString currentCellText() const;

Q_SIGNALS:
    void detailsRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    // Ctrl with a navigation key (Ctrl+Home, Ctrl+End, Ctrl+arrows, Ctrl+Page Up/Down) selects the
    // row it moves to, as the key alone does: the highlighted row is always the one acted on.
    QItemSelectionModel::SelectionFlags selectionCommand(const QModelIndex& index,
                                                         const QEvent* event = nullptr) const override;

private:
    void rebuildColumnsMenu();

    QMenu* m_columnsMenu;
};

} // namespace Skylight
