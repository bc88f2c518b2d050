// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "cli/clioptions.h"
#include "image/imagerecord.h"
#include "net/apierror.h"
#include "net/secretredactor.h"
#include "net/transportoptions.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QIODevice;
class QNetworkAccessManager;

namespace Skylight {

class FileDownloader;
class ImageAdapter;
class RangeSupport;

// `skylight-cli download IMAGE_ID [-o PATH] [--no-verify] [--no-resume]`: shows the image (for its
// name, size and checksums), finds where its bytes are, and fetches them with FileDownloader,
// with a progress line on a terminal (none otherwise).
class CliDownload : public QObject
{
    Q_OBJECT
public:
    CliDownload(QNetworkAccessManager* nam, ImageAdapter* adapter, TransportOptions transport,
                CliOptions options, QIODevice* out, QIODevice* err, bool progressLine,
                QObject* parent = nullptr);

    void start();
    void setRangeSupport(RangeSupport* ranges) { m_ranges = ranges; }
    // The secrets the notes (from the server: retry reasons, where the bytes come from) are
    // cleared of before they are shown.
    void setRedactor(const SecretRedactor& redactor) { m_redactor = redactor; }
    // Where `-o` (or nothing) puts the image: a file named after it in a folder, or the path given.
    static QString targetFor(const QString& output, const QString& workingDirectory,
                             const ImageRecord& record);

Q_SIGNALS:
    void succeeded();
    void failed(const Skylight::ApiError& error);

private:
    void download(const ImageRecord& record);
    void renewAndResume(const ApiError& refusal);
    void showProgress(qint64 done, qint64 total, bool force = false);
    void write(QIODevice* device, const QString& text);
    QString shown(const QString& text) const;

    QNetworkAccessManager* m_nam;
    ImageAdapter* m_adapter;
    TransportOptions m_transport;
    CliOptions m_options;
    QIODevice* m_out;
    QIODevice* m_err;
    bool m_progressLine;
    RangeSupport* m_ranges = nullptr;
    SecretRedactor m_redactor;
    QPointer<FileDownloader> m_downloader;
    QElapsedTimer m_clock;
    qint64 m_lastShown = -1;
    qint64 m_startBytes = 0;
    int m_tokenGeneration = 0;
    bool m_renewed = false;
};

} // namespace Skylight
