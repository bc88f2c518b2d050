// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QMenu>

namespace Skylight {

// The window's Help menu: every keyboard shortcut of the window in one list, and what this build
// is (version, commit, Qt, license).
class HelpMenu : public QMenu
{
    Q_OBJECT
public:
    // `window`: whose actions the shortcut list reads (when it is shown, so later ones count).
    explicit HelpMenu(QWidget* window);

    // Each action of `window` with a shortcut: its text (without mnemonics) and the shortcut as
    // this platform writes it, sorted by text.
    static QList<std::pair<QString, QString>> shortcutsOf(const QWidget* window);
    // The About box's text: version, commit, the Qt it runs on and was built with, the license.
    static QString aboutText();

private:
    void showShortcuts();
    QWidget* m_window;
};

} // namespace Skylight
