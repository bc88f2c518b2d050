// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QWidget>
#include <functional>

class QAction;

class QLabel;
class QPushButton;

namespace Skylight {

// What the window shows where the images would be when there is no cloud at all (no clouds.yaml,
// no OS_* variables, none created here): what Skylight reads and how to add a cloud (the gist of
// the README's "Using a real cloud"), with three ways on: the built-in demo cloud, New Cloud, and
// reading clouds.yaml (again, or from a file the user picks).
class FirstRunPage : public QWidget
{
    Q_OBJECT
public:
    explicit FirstRunPage(QWidget* parent = nullptr);

    QPushButton* demoButton() const { return m_demo; }
    QPushButton* newCloudButton() const { return m_newCloud; }
    QPushButton* readConfigButton() const { return m_readConfig; }
    // What opens the built-in demo cloud in this window (adds its clouds, as --demo does); without
    // one, the page does not offer it.
    void setDemoOpener(std::function<void()> opener);
    // The buttons New Cloud and Read clouds.yaml do what these actions (the sidebar's) do.
    void setCloudActions(QAction* newCloud, QAction* readConfig);

private:
    std::function<void()> m_demoOpener;
    QPushButton* m_demo;
    QPushButton* m_newCloud;
    QPushButton* m_readConfig;
};

} // namespace Skylight
