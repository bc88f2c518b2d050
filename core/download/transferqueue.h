#pragma once

#include "download/downloadrequest.h"
#include "net/apierror.h"
#include "net/transportoptions.h"
#include "settings/appsettings.h"

#include <QElapsedTimer>
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
        Paused, // stopped by the user or by a failure that a resume can continue
        Done,
        Failed,
        Cancelled,
    };

    int id = 0;
    QString cloud;
    QString imageName;
    DownloadRequest request;
    State state = State::Queued;
    qint64 done = 0;
    qint64 total = -1;
    double bytesPerSecond = 0;
    QString message; // the outcome or the error, in a sentence
    bool verified = false;
    // Restored from an earlier run: the URL and token must be found again before it can resume.
    bool needsSource = false;
    std::optional<ApiError::Kind> error; // why it failed
    bool reauthenticated = false;        // a refused token was renewed once for it already

    // Seconds left at the current rate, or -1.
    qint64 secondsLeft() const;
};

// The downloads of a session: at most maxConcurrent() run at once, the others wait; each can be
// paused (the part file is kept), resumed, retried or cancelled (the part file is removed).
class TransferQueue : public QObject
{
    Q_OBJECT
public:
    TransferQueue(QNetworkAccessManager* nam, TransportOptions options, QObject* parent = nullptr);
    ~TransferQueue() override;

    // Where endpoints that refuse ranges are remembered (not owned; null: each download alone).
    void setRangeSupport(RangeSupport* ranges);
    void setMaxConcurrent(int count);
    int maxConcurrent() const { return m_maxConcurrent; }

    int add(const QString& cloud, const QString& imageName, const DownloadRequest& request);
    void pause(int id);
    void resume(int id); // also "retry"
    void cancel(int id);
    void remove(int id); // forgets a finished, failed or cancelled transfer

    // The transfers a later run can resume (not done, not cancelled), without URL or token, in
    // the settings group "transfers"; restoreState() lists them as paused, needsSource set.
    void saveState(AppSettings* settings) const;
    void restoreState(AppSettings* settings);
    // Where a restored transfer's bytes are now; then resume() can go on.
    void provideSource(int id, const QUrl& url, const QByteArray& token);
    // The token was refused: a fresh one must be found before resuming (once per transfer).
    void requireNewToken(int id);

    const QList<Transfer>& transfers() const { return m_transfers; }
    int rowOf(int id) const;
    int activeCount() const; // queued or running

    static QString stateName(Transfer::State state);

Q_SIGNALS:
    void aboutToAdd(int row);
    void added(int row);
    void changed(int row);
    void aboutToRemove(int row);
    // resume() was asked for a transfer whose source must be found again (provideSource()).
    void sourceNeeded(int id);
    void removed(int row);

private:
    struct Running
    {
        QPointer<FileDownloader> downloader;
        QElapsedTimer clock;
        qint64 sampledBytes = 0;
        qint64 sampledAt = 0;
    };
    void schedule();
    void launch(Transfer& transfer);
    void onProgress(int id, qint64 done, qint64 total);
    void onFinished(int id);
    void touch(int id);
    QString pausedMessage(const Transfer& transfer) const;

    QNetworkAccessManager* m_nam;
    TransportOptions m_options;
    RangeSupport* m_ranges = nullptr;
    int m_maxConcurrent = AppSettings::kDefaultConcurrency;
    int m_nextId = 1;
    QList<Transfer> m_transfers;
    QHash<int, Running> m_running;
};

} // namespace Skylight
