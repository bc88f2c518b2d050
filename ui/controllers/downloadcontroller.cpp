#include "controllers/downloadcontroller.h"

#include "adapters/imageadapter.h"
#include "download/safefilename.h"
#include "download/transferqueue.h"
#include "settings/appsettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

DownloadController::DownloadController(TransferQueue* queue, QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_queue(queue)
    , m_dialogParent(dialogParent)
{}

bool DownloadController::download(ImageAdapter* adapter, const QString& cloud, const ImageRecord& record,
                                  const QString& path)
{
    if (record.status != u"active"_s) {
        Q_EMIT message(
            tr("Only active images have data to download; %1 is %2.")
                .arg(record.name.value_or(record.id), record.status.value_or(tr("of unknown status"))));
        return false;
    }
    const Result<FileLocation> location = adapter->fileLocation(record);
    if (!location) {
        Q_EMIT failed(location.error());
        return false;
    }
    QString target = path;
    if (target.isEmpty()) {
        const QString folder =
            m_settings ? m_settings->downloadFolder() : AppSettings::defaultDownloadFolder();
        const QString proposed = QDir(folder).filePath(
            safeFileName(record.name.value_or(QString()), record.diskFormat.value_or(QString()), record.id));
        // The dialog asks before replacing an existing file: choosing one means "replace it".
        target = QFileDialog::getSaveFileName(
            m_dialogParent, tr("Download %1").arg(record.name.value_or(record.id)), proposed);
        if (target.isEmpty())
            return false;
        if (m_settings)
            m_settings->setDownloadFolder(QFileInfo(target).absolutePath());
    }
    DownloadRequest request = DownloadRequest::forImage(record, *location, target);
    request.overwrite = path.isEmpty() && QFileInfo::exists(target);
    m_queue->add(cloud, record.name.value_or(record.id), request);
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
        Q_EMIT message(tr("Open the cloud %1 to resume %2.").arg(transfer.cloud, transfer.imageName));
        return;
    }
    // Where the bytes are now (a new token, maybe a new address): ask the cloud again.
    ImageShowJob* job = adapter->show(transfer.request.imageId);
    QPointer<ImageAdapter> guard(adapter);
    job->then(this, [this, guard, transferId](const Result<ImageRecord>& record) {
        if (!record) {
            Q_EMIT failed(record.error());
            return;
        }
        if (!guard)
            return; // the cloud was closed meanwhile
        const Result<FileLocation> location = guard->fileLocation(*record);
        if (!location) {
            Q_EMIT failed(location.error());
            return;
        }
        m_queue->provideSource(transferId, location->url, location->token);
        m_queue->resume(transferId);
    });
}

} // namespace Skylight
