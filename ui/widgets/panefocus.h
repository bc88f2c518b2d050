// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>

class QWidget;

namespace Skylight {

// The controls of `pane` that Tab stops at (tab focus, no focus proxy outside themselves), in the
// pane's own focus order; the pane itself first when it is such a control (a table, a tab widget).
QList<QWidget*> tabStops(QWidget* pane);

// Tab goes from pane to pane in the order given (and round from the last to the first): each
// pane's controls keep their order among themselves, so a control added to a pane is reached with
// it. Null panes are left out. Controls of the window in none of the panes come after the last.
void chainPaneFocus(const QList<QWidget*>& panes);

} // namespace Skylight
