// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "widgets/messagekind.h"

#include <QWidget>

class QAction;
class QListView;

namespace Skylight {

class CloudController;
class CloudSession;

// The clouds, with their sign-in state, and what can be done with them: add a cloud, edit or
// remove one created here, sign in, forget a cloud's secrets. Asks for a secret when the cloud
// being browsed needs one.
class CloudSidebar : public QWidget
{
    Q_OBJECT
public:
    explicit CloudSidebar(CloudController* clouds, QWidget* parent = nullptr);

    QListView* listView() const { return m_list; }
    int currentRow() const;
    void setCurrentRow(int row);

    QAction* newAction() const { return m_new; }
    QAction* editAction() const { return m_edit; }
    QAction* signInAction() const { return m_signIn; }
    QAction* forgetAction() const { return m_forget; }
    QAction* removeAction() const { return m_remove; }
    QAction* readConfigAction() const { return m_readConfig; }

    // Opens the secret prompt for `session` (non-modal; the answer goes to the session).
    void askForSecret(CloudSession* session, const QString& kind, const QString& reason);
    // Opens the profile dialog: a new cloud (row < 0) or the one at `row`.
    void editCloud(int row);
    // Without asking: the window's actions ask first.
    void forgetCloud(int row);
    void removeCloud(int row);
    // Reads clouds.yaml again from its usual places; when that finds no new cloud, asks for a
    // clouds.yaml file (or reads `file` when given). The clouds found are added and the first one
    // becomes current. Returns whether a cloud was added; says why not in message().
    bool readCloudsConfig(const QString& file = QString());

Q_SIGNALS:
    void currentCloudChanged(int row);
    // The user turned down a secret prompt for this cloud.
    void signInCancelled(const QString& cloud);
    // For the window's banner: what reading clouds.yaml found, or why it could not.
    void message(Skylight::MessageKind kind, const QString& text);

private:
    void updateActions();

    CloudController* m_clouds;
    QListView* m_list;
    QAction* m_new;
    QAction* m_edit;
    QAction* m_signIn;
    QAction* m_forget;
    QAction* m_remove;
    QAction* m_readConfig;
};

} // namespace Skylight
