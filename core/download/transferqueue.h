// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "download/downloadrequest.h"
#include "net/apierror.h"
#include "net/clock.h"
#include "net/transportoptions.h"
#include "settings/appsettings.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QNetworkAccessManager;

namespace Skylight {

class FileDownloader;
class RangeSupport;

// One image download the user asked for, as the transfers panel shows it.
struct Transfer
{
    enum class State
    {
        Queued,
        Running,
        // Paused or cancelled while running: its downloader was asked to stop and has not finished
        // yet. A resume or remove asked meanwhile happens once it has (`pending`).
        Stopping,
        Paused, // stopped by the user or by a failure that a resume can continue
        Done,
        Failed,
        Cancelled,
    };
    // What was asked while the transfer was stopping, done once its downloader finished.
    enum class Pending
    {
        None,
        Resume, // queued again: a fresh downloader
        Remove, // taken off the list (a cancelled part and its sidecar removed first)
    };

    int id = 0;
    QString cloud;
    QString imageName;
    DownloadRequest request;
    State state = State::Queued;
    qint64 done = 0;
    qint64 total = -1;
    double bytesPerSecond = 0; // while running: over the last few seconds
    qint64 activeMs = 0;       // time spent running, over every run
    qint64 fetched = 0;        // bytes received, over every run
    QString message;           // the outcome or the error, in a sentence
    QString startOver; // why its last run went on from zero although a part was there (empty: it did not)
    bool verified = false;
    // What its contents are (ContentCheck), once all were written; kept when they were refused.
    std::optional<InspectionResult> inspection;
    // The contents were refused and the part waits for decideContent() (request.askOnUnsafe).
    bool awaitingDecision = false;
    // Restored from an earlier run: the URL and token must be found again before it can resume.
    bool needsSource = false;
    std::optional<ApiError::Kind> error; // why it failed
    bool reauthenticated = false;        // a refused token was renewed once for it already
    // While Stopping: whether it stops for a cancel (the part goes) or a pause (the part stays),
    // and what happens next.
    bool cancelling = false;
    Pending pending = Pending::None;

    // Seconds left at the current rate, or -1.
    qint64 secondsLeft() const;
    // Bytes received per second of running, over every run; 0 when unknown.
    double averageRate() const;
};

// The downloads of a session: at most maxConcurrent() run at once, the others wait; each can be
// paused (the part file is kept), resumed, retried or cancelled (the part file is removed).
// A transfer has at most one downloader, and each downloader's signals are matched to it, never
// to its transfer's id alone: a running transfer paused or cancelled is Stopping until its
// downloader has finished (it still counts against the limit), and a resume or remove asked
// meanwhile waits for that.
class TransferQueue : public QObject
{
    Q_OBJECT
public:
    TransferQueue(QNetworkAccessManager* nam, TransportOptions options, QObject* parent = nullptr);
    ~TransferQueue() override;

    // Where endpoints that refuse ranges are remembered (not owned; null: each download alone).
    void setRangeSupport(RangeSupport* ranges);
    void setMaxConcurrent(int count);
    // Where the rate and the running time are measured from (tests move their own).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // The rate is the bytes received over this window, at most.
    static constexpr qint64 kRateWindowMs = 5000;
    int maxConcurrent() const { return m_maxConcurrent; }

    int add(const QString& cloud, const QString& imageName, const DownloadRequest& request);
    void pause(int id);
    // Also "retry"; while stopping: once stopped, with a fresh downloader. Ignored while a remove
    // is pending (the transfer leaves the list once stopped).
    void resume(int id);
    void cancel(int id);
    // Forgets a finished, paused, failed or cancelled transfer; one that is stopping once it has
    // stopped. Queued and running transfers are kept (pause or cancel them first).
    void remove(int id);

    // The transfers a later run can resume (not done, not cancelled), without URL or token, in
    // the settings group "transfers"; restoreState() lists them as paused, needsSource set.
    // Another window's (or process's) downloads in the same file stay: saveState() writes only
    // what this queue restored, added, finished or removed (AppSettings::saveTransfers()).
    void saveState(AppSettings* settings);
    void restoreState(AppSettings* settings);
    // Where a restored transfer's bytes are now; then resume() can go on.
    void provideSource(int id, const QUrl& url, const QByteArray& token);
    // The token was refused: a fresh one must be found before resuming (once per transfer).
    void requireNewToken(int id);
    // After contentRejected(): keep the refused file (placed at its name) or remove it (failed).
    void decideContent(int id, bool keep);

    const QList<Transfer>& transfers() const { return m_transfers; }
    int rowOf(int id) const;
    int activeCount() const; // queued, running or stopping

    static QString stateName(Transfer::State state);

Q_SIGNALS:
    void aboutToAdd(int row);
    void added(int row);
    void changed(int row);
    void aboutToRemove(int row);
    // resume() was asked for a transfer whose source must be found again (provideSource()).
    void sourceNeeded(int id);
    // A transfer whose request asks (askOnUnsafe) has refused contents: decideContent() answers.
    // With nothing connected here the contents are refused at once (nobody would ever answer).
    void contentRejected(int id, const Skylight::InspectionResult& inspection);
    void removed(int row);

private:
    struct Sample
    {
        qint64 at = 0; // ms since the epoch
        qint64 bytes = 0;
    };
    struct Running
    {
        QPointer<FileDownloader> downloader;
        qint64 startedAt = 0;
        qint64 lastDone = -1; // the bytes of the last progress of this run (-1: none yet)
        QList<Sample> samples;
    };
    qint64 now() const { return m_clock().toMSecsSinceEpoch(); }
    void measure(Transfer& transfer, Running& running, qint64 done);
    void schedule();
    void launch(Transfer& transfer);
    // Asks the running transfer's downloader to stop; it is Stopping until onFinished().
    void stop(Transfer& transfer, bool cancelling);
    // The row of transfer `id` while `downloader` is its current one, else -1.
    int rowOfCurrent(int id, const FileDownloader* downloader) const;
    void onProgress(int id, const FileDownloader* downloader, qint64 done, qint64 total);
    void onFinished(int id, FileDownloader* downloader);
    void removeRow(int row);
    void touch(int id);
    QString pausedMessage(const Transfer& transfer) const;

    QNetworkAccessManager* m_nam;
    TransportOptions m_options;
    Clock m_clock = systemClock();
    RangeSupport* m_ranges = nullptr;
    int m_maxConcurrent = AppSettings::kDefaultConcurrency;
    // What this queue last read from or wrote to the settings (restoreState(), saveState()).
    QList<StoredTransfer> m_stored;
    int m_nextId = 1;
    QList<Transfer> m_transfers;
    QHash<int, Running> m_running;
};

} // namespace Skylight
