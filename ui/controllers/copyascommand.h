// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagecommands.h"

#include <QObject>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace Skylight {

class SelectionActions;

// Copy as Command: the selected images as command lines for a terminal, one line per image:
// `openstack image show ID`, `openstack server create --image ID --flavor FLAVOR SERVER_NAME`
// (placeholders in capitals) and `skylight-cli <the cloud as it was opened here> download ID`.
// The lines are built in core (ImageCommands: every word quoted for a POSIX shell, ids that
// cannot go on a pasted line left out and said so).
class CopyAsCommand : public QObject
{
    Q_OBJECT
public:
    explicit CopyAsCommand(SelectionActions* selection, QObject* parent = nullptr);

    // The cloud shown, as skylight-cli reaches it (none: no skylight-cli line).
    void setCloud(const std::optional<CliCloud>& cloud);
    QAction* imageShowAction() const { return m_imageShow; }
    QAction* serverCreateAction() const { return m_serverCreate; }
    QAction* downloadAction() const { return m_download; }
    // The three actions in a "Copy as Command" submenu of `parent`.
    QMenu* createMenu(QWidget* parent) const;

    // Puts the selected images' lines on the clipboard and returns them ("" when none could be
    // written); says in message() what was copied and what was left out.
    QString copy(ImageCommands::Kind kind);
    void updateActions();

Q_SIGNALS:
    void message(const QString& text);

private:
    SelectionActions* m_selection;
    std::optional<CliCloud> m_cloud;
    QAction* m_imageShow;
    QAction* m_serverCreate;
    QAction* m_download;
};

} // namespace Skylight
