// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/panefocus.h"

#include <QWidget>

namespace Skylight {

namespace {

// A control Tab stops at, or one that hands its focus to a control inside it (a tab widget to
// its tab bar): Tab moving on from the control before it goes there, so it moves with the pane.
bool isTabStop(const QWidget* widget)
{
    if ((widget->focusPolicy() & Qt::TabFocus) != Qt::TabFocus)
        return false;
    const QWidget* proxy = widget->focusProxy();
    return !proxy || widget->isAncestorOf(proxy);
}

} // namespace

QList<QWidget*> tabStops(QWidget* pane)
{
    QList<QWidget*> stops;
    if (isTabStop(pane))
        stops << pane;
    // The focus chain runs through every widget once; a pane's own are its descendants in the
    // same window (a dialog it opened is a window of its own: isAncestorOf() stops there).
    for (QWidget* widget = pane->nextInFocusChain(); widget != pane; widget = widget->nextInFocusChain()) {
        if (pane->isAncestorOf(widget) && isTabStop(widget))
            stops << widget;
    }
    return stops;
}

void chainPaneFocus(const QList<QWidget*>& panes)
{
    QWidget* previous = nullptr;
    for (QWidget* pane : panes) {
        if (!pane || (previous && pane->window() != previous->window())) // a floating dock: on its own
            continue;
        for (QWidget* stop : tabStops(pane)) {
            if (previous)
                QWidget::setTabOrder(previous, stop);
            previous = stop;
        }
    }
}

} // namespace Skylight
