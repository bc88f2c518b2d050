// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "adapters/imageadapter.h"
#include "identity/cloudsession.h"

#include <QAbstractListModel>
#include <QPointer>

namespace Skylight {

// One cloud of the sidebar: either a fixed adapter (the demo cloud, --endpoint) or a signed-in
// profile (clouds.yaml, OS_*, or created in the app) through its CloudSession.
struct CloudEntry
{
    QString name;        // its key: the settings, the browsers and the downloads know it by it
    QString displayName; // what the window calls it, when not its name (an --endpoint cloud)
    QString source;      // "demo", a clouds.yaml path, "environment (OS_*)", "Skylight"
    bool isDemo = false;
    bool removable = false;         // created in the app: can be edited and removed
    QPointer<ImageAdapter> adapter; // fixed clouds
    QPointer<CloudSession> session; // profiles

    ImageAdapter* currentAdapter() const;
    QString shownName() const { return displayName.isEmpty() ? name : displayName; }
};

// The clouds the user can browse, with their dialect and sign-in state.
class CloudListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        StateRole = Qt::UserRole + 1, // CloudSession::State as int; SignedIn for fixed clouds
        StateTextRole,
        DialectRole, // the dialect's name, or "auto" until known
        SourceRole,
        IsDemoRole,
    };

    explicit CloudListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    int addCloud(const CloudEntry& entry);
    void removeCloud(int row);
    const CloudEntry* entry(int row) const;
    int rowOf(const QString& name) const;
    int rowOf(const CloudSession* session) const;
    QStringList names() const;

    static QString stateText(CloudSession::State state);
    // The state in words, and for a failed one how it failed (cannot be reached, refused...).
    static QString stateText(const CloudSession& session);

private:
    void onSessionChanged(const CloudSession* session);

    QList<CloudEntry> m_entries;
};

} // namespace Skylight
