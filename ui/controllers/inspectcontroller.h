// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagerecord.h"
#include "inspect/inspectionresult.h"
#include "net/apierror.h"
#include "net/job.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QAction;

namespace Skylight {

class BrowsingController;
class ImageAdapter;
class ImageDetailsView;
class SelectionActions;
class VerdictCache;

// Starts the job that reads the start of an image's data on the server and inspects it; null
// when inspecting is not possible (the action is then off).
using InspectionStarter = std::function<Job<InspectionResult>*(ImageAdapter*, const ImageRecord&)>;

// What the window's Inspect action does: inspects the image selected when it was triggered (its
// record and cloud taken then: a selection that changes while the job runs does not move the
// verdict to another image), only an active image with data, one job per image at a time. A
// verdict is kept for the session and, for an image with a checksum, in the VerdictCache; a
// verdict known already (this session or cached) is shown without asking the server. Jobs of a
// cloud no longer shown are cancelled. verdictReady() tells the table, details and compare.
class InspectController : public QObject
{
    Q_OBJECT
public:
    explicit InspectController(QObject* parent = nullptr);

    // How to start an inspection; none (the default): the action is off, "not available".
    void setStarter(InspectionStarter starter);
    bool isAvailable() const { return bool(m_starter); }
    // Where verdicts are kept between runs (not owned; may be null: this session only).
    void setCache(VerdictCache* cache) { m_cache = cache; }

    // Follows the window: the selection (the target), the table and details of the cloud shown.
    struct Parts
    {
        SelectionActions* selection;
        BrowsingController* browsing;
        ImageDetailsView* details;
    };
    void attach(const Parts& parts);

    QAction* action() const { return m_action; }
    // What the action acts on now: the selected image and the adapter of its cloud. A change of
    // adapter (another cloud shown) cancels the running jobs. A verdict known for the image is
    // given at once (verdictReady) without a request.
    void setTarget(ImageAdapter* adapter, const std::optional<ImageRecord>& record);
    // Inspects `record` through `adapter`; false (and why, in failed()) when nothing started.
    bool inspect(ImageAdapter* adapter, const ImageRecord& record);
    // Inspects the target (what the action does).
    bool inspectTarget();
    void cancelAll();

    bool isInspecting(const QString& id) const;
    int runningCount() const { return int(m_running.size()); }
    // The verdict known for this image's data (this session, else the cache), if any.
    std::optional<InspectionResult> verdictFor(const ImageRecord& record) const;
    // Why `record` cannot be inspected now, or an empty string.
    QString whyNot(const std::optional<ImageRecord>& record) const;

Q_SIGNALS:
    void verdictReady(const QString& id, const Skylight::InspectionResult& result);
    void failed(const QString& id, const Skylight::ApiError& error);
    void inspectingChanged(const QString& id, bool running);

private:
    void updateAction();
    void remember(const ImageRecord& record, const InspectionResult& result);
    void onFinished(quint64 generation, const ImageRecord& record, const Result<InspectionResult>& result);

    struct Known
    {
        QStringList checksums;
        InspectionResult result;
    };
    QAction* m_action;
    InspectionStarter m_starter;
    VerdictCache* m_cache = nullptr;
    QPointer<ImageAdapter> m_adapter;
    std::optional<ImageRecord> m_target;
    QString m_targetKey; // id and checksum of the target whose verdict was last looked up
    QHash<QString, QPointer<Job<InspectionResult>>> m_running; // by image id
    QHash<QString, Known> m_known;                             // by image id, bounded
    QList<QString> m_knownOrder;                               // oldest first
    quint64 m_generation = 0;                                  // bumped when jobs are cancelled
    Parts m_parts{};
};

} // namespace Skylight
