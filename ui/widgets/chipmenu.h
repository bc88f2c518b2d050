// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QMenu>
#include <QStringList>

namespace Skylight {

// The menu of a quick chip (Status, Visibility, Format): "All" and "Clear" at the top, then one
// checkable value each, sorted. Choosing a value (a click, Space or Return) checks or unchecks it
// and the menu stays open, so that several can be chosen in one go; "All" and "Clear" stay open
// too. Escape or a click outside closes it.
class ChipMenu : public QMenu
{
    Q_OBJECT
public:
    explicit ChipMenu(QWidget* parent = nullptr);

    // Adds the values not offered yet (lower case; shown as given), keeping the list sorted.
    void addValues(const QStringList& values);
    // Drops the values that are not checked (a new listing brings its own).
    void dropUnchecked();
    bool hasValues() const { return !valueActions().isEmpty(); }
    QStringList checkedValues() const;
    // Checks or unchecks `value`; false when it is not offered.
    bool setValueChecked(const QString& value, bool on);
    // Every value at once, told as one change.
    void setAllChecked(bool on);
    QAction* allAction() const { return m_all; }
    QAction* clearAction() const { return m_clear; }
    QAction* valueAction(const QString& value) const;

Q_SIGNALS:
    // What is checked changed (once for All or Clear).
    void selectionChanged();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QList<QAction*> valueActions() const;
    bool keepsOpen(const QAction* action) const;
    void updateAllAndClear();

    QAction* m_all;
    QAction* m_clear;
    QAction* m_separator;
    QAction* m_pressed = nullptr;
    bool m_quiet = false;
};

} // namespace Skylight
