// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/downloadcontroller.h"

#include "adapters/imageadapter.h"
#include "download/contentcheck.h"
#include "download/safefilename.h"
#include "download/transferqueue.h"
#include "settings/appsettings.h"
#include "widgets/saveimagedialog.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

DownloadController::DownloadController(TransferQueue* queue, QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_queue(queue)
    , m_dialogParent(dialogParent)
    , m_askUnsafe([this](const QString& name, const InspectionResult& inspection) {
        return askWithDialog(name, inspection);
    })
{
    // Queued: the question is asked from the event loop, never inside the queue's signal.
    connect(
        queue, &TransferQueue::contentRejected, this,
        [this](int id, const InspectionResult&) { askAboutContents(id); }, Qt::QueuedConnection);
}

void DownloadController::askAboutContents(int transferId)
{
    const int row = m_queue->rowOf(transferId);
    if (row < 0)
        return;
    const Transfer& transfer = m_queue->transfers().at(row);
    if (!transfer.awaitingDecision || !transfer.inspection)
        return; // cancelled or paused meanwhile
    const bool keep = m_askUnsafe(transfer.imageName, *transfer.inspection);
    m_queue->decideContent(transferId, keep);
}

QString DownloadController::unsafeQuestion(const QString& imageName, const InspectionResult& inspection)
{
    return tr("The contents of %1 were refused: %2\n\nKeep the file anyway? Only do so if you trust "
              "it: a hypervisor may open other files of the host through it.")
        .arg(imageName, ContentCheck::problemText(inspection));
}

bool DownloadController::askWithDialog(const QString& imageName, const InspectionResult& inspection)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsafe image contents"), unsafeQuestion(imageName, inspection),
                    QMessageBox::Yes | QMessageBox::No, m_dialogParent);
    box.setObjectName(u"unsafeContents"_s);
    box.setTextFormat(Qt::PlainText); // the image's name and its problems are the server's words
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

bool DownloadController::mayQuit()
{
    const int active = m_queue->activeCount();
    if (active == 0)
        return true;
    const auto answer = QMessageBox::question(
        m_dialogParent, tr("Downloads running"),
        tr("%n download(s) still running. Quit anyway? They stop where they are and resume "
           "on the next start, once their cloud is open.",
           nullptr, active),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    for (const Transfer& transfer : m_queue->transfers())
        m_queue->pause(transfer.id);
    return true;
}

bool DownloadController::download(ImageAdapter* adapter, const QString& cloud, const ImageRecord& record,
                                  const QString& path)
{
    if (record.status != u"active"_s) {
        const QString image = record.name.value_or(record.id);
        // The status is the server's word ("queued", "killed"...), shown as it is; no fragment of
        // a sentence stands in for a missing one.
        Q_EMIT message(
            MessageKind::Warning,
            record.status
                ? tr("Only active images have data to download; %1 is %2.").arg(image, *record.status)
                : tr("Only active images have data to download; the status of %1 is "
                     "unknown.")
                      .arg(image));
        return false;
    }
    // Asked before the dialog, so a download that cannot be made asks for no file; asked again
    // after it (a renewed token, another endpoint meanwhile).
    Result<FileLocation> location = adapter->fileLocation(record);
    if (!location) {
        Q_EMIT failed(location.error());
        return false;
    }
    const QString cloudName = cloud; // the window's, which may change while the dialog is up
    QString target = path;
    QString preferredStore;
    // The dialog runs an event loop: the cloud (and its adapter) may go meanwhile.
    const QPointer<ImageAdapter> guard(adapter);
    if (target.isEmpty()) {
        const QString folder =
            m_settings ? m_settings->downloadFolder() : AppSettings::defaultDownloadFolder();
        const QString proposed = QDir(folder).filePath(
            safeFileName(record.name.value_or(QString()), record.diskFormat.value_or(QString()), record.id));
        // The stores an image API names (Glance v2); whether the download may choose one is the
        // adapter's to say.
        const bool storeChoice = adapter->offersDownloadStoreChoice();
        const QStringList stores = storeChoice || adapter->dialect() == Dialect::GlanceV2
                                       ? SaveImageDialog::storesOf(record)
                                       : QStringList();
        SaveImageDialog dialog(m_dialogParent, tr("Download %1").arg(record.name.value_or(record.id)),
                               proposed, stores, storeChoice);
        // The dialog asks before replacing an existing file: choosing one means "replace it".
        if (dialog.exec() != QDialog::Accepted)
            return false;
        target = dialog.selectedPath();
        if (target.isEmpty())
            return false;
        preferredStore = dialog.preferredStore();
        if (m_settings)
            m_settings->setDownloadFolder(QFileInfo(target).absolutePath());
        if (!guard) {
            Q_EMIT message(MessageKind::Warning,
                           tr("%1 was not downloaded: its cloud was closed while the file was chosen.")
                               .arg(record.name.value_or(record.id)));
            return false;
        }
        location = guard->fileLocation(record);
        if (!location) {
            Q_EMIT failed(location.error());
            return false;
        }
    }
    DownloadRequest request = DownloadRequest::forImage(record, *location, target);
    request.preferredStore = preferredStore;
    request.overwrite = path.isEmpty() && QFileInfo::exists(target);
    request.askOnUnsafe = true; // refused contents: askAboutContents()
    const int id = m_queue->add(cloudName, record.name.value_or(record.id), request);
    noteToken(id, guard.data());
    return true;
}

void DownloadController::resumeWaiting(ImageAdapter* adapter, const QString& cloud)
{
    if (!adapter)
        return;
    for (const Transfer& transfer : m_queue->transfers()) {
        if (transfer.needsSource && transfer.cloud == cloud)
            locateAndResume(transfer.id, adapter, cloud);
    }
}

void DownloadController::locateAndResume(int transferId, ImageAdapter* adapter, const QString& cloud)
{
    const int row = m_queue->rowOf(transferId);
    if (row < 0)
        return;
    const Transfer& transfer = m_queue->transfers().at(row);
    if (transfer.cloud != cloud || !adapter) {
        Q_EMIT message(MessageKind::Information,
                       tr("Open the cloud %1 to resume %2.").arg(transfer.cloud, transfer.imageName));
        return;
    }
    if (m_locating.contains(transferId)) // asked already (a new token and the cloud's return at once)
        return;
    m_locating.insert(transferId);
    // Where the bytes are now (a new token, maybe a new address): ask the cloud again.
    ImageShowJob* job = adapter->show(transfer.request.imageId);
    // Gone unanswered (signed out: the request goes with its adapter): asked again on the return.
    connect(job, &QObject::destroyed, this, [this, transferId] { m_locating.remove(transferId); });
    QPointer<ImageAdapter> guard(adapter);
    const QString imageName = transfer.imageName;
    job->then(this, [this, guard, transferId, cloud, imageName](const Result<ImageRecord>& record) {
        m_locating.remove(transferId);
        if (!record && record.error().kind != ApiError::Kind::Cancelled) {
            Q_EMIT failed(record.error());
            return;
        }
        if (!record || !guard) { // signed out or moved meanwhile: the cloud's return resumes it
            Q_EMIT message(MessageKind::Information,
                           tr("Open the cloud %1 to resume %2.").arg(cloud, imageName));
            return;
        }
        const Result<FileLocation> location = guard->fileLocation(*record);
        if (!location) {
            Q_EMIT failed(location.error());
            return;
        }
        m_queue->provideSource(transferId, location->url, location->token);
        noteToken(transferId, guard);
        m_queue->resume(transferId);
    });
}

void DownloadController::noteToken(int transferId, ImageAdapter* adapter)
{
    // Transfers removed since are forgotten here too: this never holds more than the queue.
    for (auto it = m_sentWith.begin(); it != m_sentWith.end();)
        it = m_queue->rowOf(it.key()) < 0 ? m_sentWith.erase(it) : std::next(it);
    m_sentWith.insert(transferId, SentWith{adapter, adapter ? adapter->tokenGeneration() : 0});
}

void DownloadController::renewRefused(int row, ImageAdapter* adapter, const QString& cloud)
{
    if (row < 0 || row >= m_queue->transfers().size())
        return;
    const Transfer& transfer = m_queue->transfers().at(row);
    if (transfer.state != Transfer::State::Failed || transfer.error != ApiError::Kind::Unauthorized ||
        transfer.reauthenticated || transfer.cloud != cloud || !adapter)
        return;
    // Once per transfer, through the adapter's one renewal (shared with every request refused
    // meanwhile); then its bytes are found again with the new token and it resumes.
    const int id = transfer.id;
    m_queue->requireNewToken(id);
    QPointer<ImageAdapter> guard(adapter);
    // A token of another adapter (signed out and in again since) is older than this one's: no
    // renewal, only the source again.
    const SentWith sent = m_sentWith.value(id);
    const int generation = sent.adapter == adapter ? sent.generation : adapter->tokenGeneration() - 1;
    adapter->renewToken(generation, this, [this, id, guard, cloud](const std::optional<ApiError>& failure) {
        if (failure) {
            Q_EMIT failed(*failure);
            return;
        }
        if (m_queue->rowOf(id) >= 0)
            locateAndResume(id, guard, cloud);
    });
}

} // namespace Skylight
