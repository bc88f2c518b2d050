// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "net/job.h" // not forward-declared: lupdate then loses the class's namespace
#include "widgets/cloudinfopanel.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Skylight {

class BrowsingController;
class ImageAdapter;

// Fills the cloud information panel from the current cloud's adapter: its stores, import methods
// and quota usage (ImageAdapter::stores(), importInfo(), usage()), asked when the panel is shown
// or the cloud changes (only while the panel is in sight: a hidden panel asks when it is shown),
// and again with the panel's Refresh. Each section says its own state: loading, the answer, a
// neutral note when the dialect or the cloud has none of it, or why it failed. Answers for a
// cloud no longer shown (or for an earlier fetch) are dropped; their jobs are stopped.
class CloudInfoController : public QObject
{
    Q_OBJECT
public:
    // `browsing` may be null: then setAdapter() alone says which cloud is shown.
    CloudInfoController(CloudInfoPanel* panel, BrowsingController* browsing, QObject* parent = nullptr);
    ~CloudInfoController() override;

    CloudInfoPanel* panel() const { return m_panel; }
    ImageAdapter* adapter() const { return m_adapter; }
    // The cloud shown is reached through `adapter` (null: none, or not signed in). A new one
    // clears the panel and, while it is in sight, asks it.
    void setAdapter(ImageAdapter* adapter);
    // Asks the cloud again (while the panel is in sight; else when it is shown).
    void refresh();
    bool isLoading() const { return m_pending > 0; }

    // Whether `error` says that the cloud has none of it (a dialect without it, refused before any
    // request, or an Image API answering 404 for it): a neutral note, not a failure.
    static bool isNone(const ApiError& error);

Q_SIGNALS:
    // Every section of the current fetch has its answer (or failure).
    void finished();

private:
    void follow();
    void fetch();
    void showNoCloud();
    void stopJobs();
    void sectionDone(CloudInfoPanel::Section section, const ApiError* error);
    template <class T, class Show>
    void watch(Job<T>* job, CloudInfoPanel::Section section, Show show);

    CloudInfoPanel* m_panel;
    QPointer<BrowsingController> m_browsing;
    QPointer<ImageAdapter> m_adapter;
    ImageAdapter* m_adapterSeen = nullptr; // only compared: to tell a new adapter from the one shown
    quint64 m_generation = 0;              // the fetch whose answers are taken
    bool m_stale = true;                   // the panel does not show m_adapter's answers yet
    int m_pending = 0;
    QList<QPointer<ApiJob>> m_jobs;
};

} // namespace Skylight
