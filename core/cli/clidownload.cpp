// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/clidownload.h"

#include "adapters/imageadapter.h"
#include "download/contentcheck.h"
#include "download/filedownloader.h"
#include "download/safefilename.h"
#include "image/datasize.h"
#include "net/terminaltext.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

CliDownload::CliDownload(QNetworkAccessManager* nam, ImageAdapter* adapter, TransportOptions transport,
                         CliOptions options, QIODevice* out, QIODevice* err, bool progressLine,
                         QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_adapter(adapter)
    , m_transport(std::move(transport))
    , m_options(std::move(options))
    , m_out(out)
    , m_err(err)
    , m_progressLine(progressLine)
{}

QString CliDownload::targetFor(const QString& output, const QString& workingDirectory,
                               const ImageRecord& record)
{
    const QString name =
        safeFileName(record.name.value_or(QString()), record.diskFormat.value_or(QString()), record.id);
    if (output.isEmpty())
        return pathInside(workingDirectory, name);
    const QString absolute = QDir(workingDirectory).absoluteFilePath(output);
    if (output.endsWith(u'/') || QFileInfo(absolute).isDir())
        return pathInside(absolute, name);
    return QDir::cleanPath(absolute); // a path the user chose: taken as it is
}

void CliDownload::start()
{
    ImageShowJob* show = m_adapter->show(m_options.imageId);
    show->then(this, [this](const Result<ImageRecord>& record) {
        if (!record) {
            Q_EMIT failed(record.error());
            return;
        }
        download(*record);
    });
}

void CliDownload::download(const ImageRecord& record)
{
    m_tokenGeneration = m_adapter->tokenGeneration(); // the token the download carries
    const Result<FileLocation> location = m_adapter->fileLocation(record);
    if (!location) {
        Q_EMIT failed(location.error());
        return;
    }
    DownloadRequest request = DownloadRequest::forImage(
        record, *location, targetFor(m_options.outputPath, QDir::currentPath(), record));
    request.verify = !m_options.noVerify;
    request.resume = !m_options.noResume;
    request.allowUnsafe = m_options.allowUnsafe;
    // A terminal should not sit silent for minutes: a longer Retry-After is said, with when to retry.
    request.maxRetryAfter = std::chrono::seconds(60);
    if (request.targetPath.isEmpty()) {
        Q_EMIT failed(
            ApiError::make(ApiError::Kind::LocalIo, u"No usable file name for image %1."_s.arg(record.id)));
        return;
    }
    if (m_adapter->dialect() != Dialect::GlanceV2 && m_adapter->dialect() != Dialect::GlanceV1)
        write(m_err, u"Downloading %1\n"_s.arg(shown(location->note)));

    auto* downloader = new FileDownloader(m_nam, request, m_transport, this);
    downloader->setRangeSupport(m_ranges);
    m_downloader = downloader;
    connect(downloader, &FileDownloader::note, this, [this](const QString& note) {
        write(m_err, (m_progressLine ? u"\r\x1b[K"_s : QString()) + shown(note) + u'\n');
    });
    connect(downloader, &FileDownloader::retrying, this,
            [this](int attempt, int delayMs, const QString& why) {
                write(m_err, (m_progressLine ? u"\r\x1b[K"_s : QString()) +
                                 u"%1 Retrying in %2 s (attempt %3).\n"_s.arg(shown(why))
                                     .arg(delayMs / 1000.0, 0, 'f', 1)
                                     .arg(attempt));
            });
    connect(downloader, &FileDownloader::progress, this,
            [this](qint64 done, qint64 total) { showProgress(done, total); });
    downloader->then(this, [this, downloader](const Result<DownloadOutcome>& outcome) {
        if (m_progressLine)
            showProgress(downloader->bytesDone(), downloader->totalBytes(), true);
        if (m_progressLine)
            write(m_err, u"\n"_s);
        if (!outcome) {
            if (outcome.error().kind == ApiError::Kind::Unauthorized && !m_renewed) {
                renewAndResume(outcome.error());
                return;
            }
            ApiError error = outcome.error();
            if (const auto& inspection = downloader->inspection();
                inspection && ContentCheck::refuses(inspection, downloader->request())) {
                write(m_err, u"Contents: %1\n"_s.arg(shown(ContentCheck::summary(*inspection))));
                error.message += u" Use --allow-unsafe to keep such a file anyway."_s;
            }
            Q_EMIT failed(error);
            return;
        }
        write(m_out, u"Saved %1 (%2%3); %4.\n"_s.arg(
                         terminalSafe(QDir::toNativeSeparators(outcome->path)), dataSizeText(outcome->bytes),
                         outcome->resumed ? u", resumed"_s : QString(), shown(outcome->verifyNote)));
        if (outcome->inspection)
            write(m_out, (outcome->inspection->acceptable() ? u"Contents: %1\n"_s
                                                            : u"Contents: %1 (kept: --allow-unsafe)\n"_s)
                             .arg(shown(ContentCheck::summary(*outcome->inspection))));
        Q_EMIT succeeded();
    });
    m_clock.start();
    m_startBytes = -1;
    downloader->start();
}

void CliDownload::renewAndResume(const ApiError& refusal)
{
    // The token was refused (revoked, or expired during a long download): a new one through the
    // adapter, once, then the image is asked for again and the download resumes where it stopped.
    m_renewed = true;
    m_adapter->renewToken(m_tokenGeneration, this, [this, refusal](const std::optional<ApiError>& failure) {
        if (failure) {
            Q_EMIT failed(*failure);
            return;
        }
        write(m_err, u"%1 Signed in again; resuming.\n"_s.arg(shown(refusal.message)));
        start();
    });
}

void CliDownload::showProgress(qint64 done, qint64 total, bool force)
{
    if (!m_progressLine)
        return;
    if (m_startBytes < 0)
        m_startBytes = done;
    const qint64 now = m_clock.elapsed();
    if (!force && m_lastShown >= 0 && now - m_lastShown < 100)
        return;
    m_lastShown = now;
    const double seconds = std::max<qint64>(now, 1) / 1000.0;
    const double rate = static_cast<double>(done - m_startBytes) / seconds;
    QString line = u"\r\x1b[K"_s;
    if (total > 0) {
        line +=
            u"%1%  %2 of %3"_s.arg(100.0 * static_cast<double>(done) / static_cast<double>(total), 5, 'f', 1)
                .arg(dataSizeText(done), dataSizeText(total));
        if (rate > 0 && done < total) {
            const qint64 eta = static_cast<qint64>(static_cast<double>(total - done) / rate);
            line += u"  ETA %1:%2"_s.arg(eta / 60).arg(eta % 60, 2, 10, QLatin1Char('0'));
        }
    } else {
        line += dataSizeText(done);
    }
    line += u"  %1/s"_s.arg(dataSizeText(static_cast<qint64>(rate)));
    write(m_err, line);
}

QString CliDownload::shown(const QString& text) const
{
    return terminalSafe(m_redactor.redact(text));
}

void CliDownload::write(QIODevice* device, const QString& text)
{
    device->write(text.toUtf8());
}

} // namespace Skylight
