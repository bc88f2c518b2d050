// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/chipmenu.h"

#include <QKeyEvent>
#include <QMouseEvent>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

ChipMenu::ChipMenu(QWidget* parent)
    : QMenu(parent)
    , m_all(addAction(tr("All")))
    , m_clear(addAction(tr("Clear")))
    , m_separator(addSeparator())
{
    m_all->setObjectName(u"chipAll"_s);
    m_clear->setObjectName(u"chipClear"_s);
    m_all->setToolTip(tr("Check every value"));
    m_clear->setToolTip(tr("Uncheck every value: the chip no longer filters"));
    connect(m_all, &QAction::triggered, this, [this] { setAllChecked(true); });
    connect(m_clear, &QAction::triggered, this, [this] { setAllChecked(false); });
    updateAllAndClear();
}

QList<QAction*> ChipMenu::valueActions() const
{
    QList<QAction*> values = actions();
    values.removeOne(m_all);
    values.removeOne(m_clear);
    values.removeOne(m_separator);
    return values;
}

QAction* ChipMenu::valueAction(const QString& value) const
{
    for (QAction* action : valueActions()) {
        if (action->data().toString() == value)
            return action;
    }
    return nullptr;
}

void ChipMenu::addValues(const QStringList& values)
{
    for (const QString& value : values) {
        if (value.isEmpty() || valueAction(value))
            continue;
        // Inserted in its place: an action taken out of a QMenu loses every connection to it.
        auto* action = new QAction(value, this);
        action->setData(value);
        action->setCheckable(true);
        const QList<QAction*> present = valueActions();
        const auto after = std::find_if(present.begin(), present.end(),
                                        [&value](const QAction* other) { return value < other->text(); });
        insertAction(after == present.end() ? nullptr : *after, action);
        connect(action, &QAction::toggled, this, [this] {
            updateAllAndClear();
            if (!m_quiet)
                Q_EMIT selectionChanged();
        });
    }
    updateAllAndClear();
}

void ChipMenu::dropUnchecked()
{
    for (QAction* action : valueActions()) {
        if (!action->isChecked()) {
            removeAction(action);
            action->deleteLater();
        }
    }
    updateAllAndClear();
}

QStringList ChipMenu::checkedValues() const
{
    QStringList checked;
    for (const QAction* action : valueActions()) {
        if (action->isChecked())
            checked << action->data().toString();
    }
    return checked;
}

bool ChipMenu::setValueChecked(const QString& value, bool on)
{
    QAction* action = valueAction(value);
    if (!action)
        return false;
    action->setChecked(on);
    return true;
}

void ChipMenu::setAllChecked(bool on)
{
    bool changed = false;
    m_quiet = true;
    for (QAction* action : valueActions()) {
        changed = changed || action->isChecked() != on;
        action->setChecked(on);
    }
    m_quiet = false;
    updateAllAndClear();
    if (changed)
        Q_EMIT selectionChanged();
}

void ChipMenu::updateAllAndClear()
{
    bool any = false;
    bool all = true;
    for (const QAction* action : valueActions()) {
        any = any || action->isChecked();
        all = all && action->isChecked();
    }
    m_all->setEnabled(!all);
    m_clear->setEnabled(any);
}

bool ChipMenu::keepsOpen(const QAction* action) const
{
    return action && action->isEnabled() && (action == m_all || action == m_clear || action->isCheckable());
}

void ChipMenu::mousePressEvent(QMouseEvent* event)
{
    // A release counts only over the action pressed in this menu (as QMenu's own): the release
    // of the click that opened the menu chooses nothing.
    m_pressed = actionAt(event->position().toPoint());
    QMenu::mousePressEvent(event);
}

void ChipMenu::mouseReleaseEvent(QMouseEvent* event)
{
    QAction* action = actionAt(event->position().toPoint());
    const bool ours = event->button() == Qt::LeftButton && action == m_pressed && keepsOpen(action);
    m_pressed = nullptr;
    if (!ours) {
        QMenu::mouseReleaseEvent(event);
        return;
    }
    event->accept();
    action->trigger();
}

void ChipMenu::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if ((key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) &&
        (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && keepsOpen(activeAction())) {
        event->accept();
        activeAction()->trigger();
        return;
    }
    QMenu::keyPressEvent(event);
}

} // namespace Skylight
