// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagerecord.h"
#include "image/imagetask.h"
#include "net/apijob.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace Skylight {

class BrowsingController;
class ImageAdapter;
class ImageDetailsView;
class ImageTasksTab;
class SelectionActions;

// What the details pane's Tasks tab shows for the selected image: the stores its record says it
// is being imported to or failed for (at once, from the record), and its import and copy tasks
// (GET /v2/images/{id}/tasks), asked for only while the tab is in sight (once per image). An
// answer for an image no longer selected is dropped (its request aborted). Dialects without
// tasks say so in a neutral note.
class ImageTasksController : public QObject
{
    Q_OBJECT
public:
    explicit ImageTasksController(QObject* parent = nullptr);

    struct Parts
    {
        SelectionActions* selection;
        BrowsingController* browsing;
        ImageDetailsView* details;
    };
    void attach(const Parts& parts);

    // Fills `tab` (attach() gives the pane's).
    void setTab(ImageTasksTab* tab);
    // The image whose tasks the tab shows, through `adapter`; asks the server at once when the
    // tab is in sight, else when it comes into sight. The same image again (fresh details) only
    // updates the store lines.
    void setTarget(ImageAdapter* adapter, const std::optional<ImageRecord>& record);
    // Asks for the tasks again (now if the tab is in sight, else when it is).
    void reload();

    bool isLoading() const { return !m_job.isNull(); }
    QString targetId() const { return m_record ? m_record->id : QString(); }

    // A comma-separated list of store ids from the record's property `key` (at most 64, each cut
    // at 256 characters).
    static QStringList storesOf(const ImageRecord& record, const QString& key);

Q_SIGNALS:
    // The tab shows what was found for image `id`: its tasks, a note, or a failure.
    void tasksShown(const QString& id);

private:
    void onShown();
    void fetch();
    void cancelFetch();
    void showStores();
    void onTasks(const QString& id, const Result<ImageTaskList>& tasks);

    Parts m_parts{};
    QPointer<ImageTasksTab> m_tab;
    QPointer<ImageAdapter> m_adapter;
    std::optional<ImageRecord> m_record;
    QString m_key;
    bool m_fetched = false;
    QPointer<ApiJob> m_job;
    quint64 m_generation = 0;
};

} // namespace Skylight
