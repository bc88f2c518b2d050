// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "cli/clioptions.h"
#include "image/imagepage.h"
#include "net/apierror.h"
#include "net/secretredactor.h"

#include <QObject>

class QIODevice;

namespace Skylight {

class ImageAdapter;

// `skylight-cli stores`, `tasks IMAGE_ID` and `usage`: what the cloud says of itself (issue 18),
// as a table or JSON (-f json). Also answers `download --store ID` before any download: no Image
// API documents a choice of the store a download is served from (GET /v2/images/{id}/file takes
// only the image and a range), so the option is refused (status 2) with what the cloud said of
// its stores.
class CliCloudInfo : public QObject
{
    Q_OBJECT
public:
    CliCloudInfo(ImageAdapter* adapter, CliOptions options, QIODevice* out, QIODevice* err,
                 QObject* parent = nullptr);

    // Whether `options` asks for one of these (a command, or download --store).
    static bool handles(const CliOptions& options);
    void setRedactor(const SecretRedactor& redactor) { m_redactor = redactor; }
    void start();

Q_SIGNALS:
    // The command ended: 0, or a status of the contract (the `error:` line written).
    void succeeded(int exitCode);
    // An API failure, for the runner to report.
    void failed(const Skylight::ApiError& error);

private:
    void runStores();
    void runTasks();
    void runUsage();
    void refuseStore();
    void warnSkipped(const SkippedEntries& skipped, const QString& what);
    void finishOutput(const QByteArray& bytes);
    void usageError(const QString& sentence);
    QString shown(const QString& serverText) const;

    ImageAdapter* m_adapter;
    CliOptions m_options;
    QIODevice* m_out;
    QIODevice* m_err;
    SecretRedactor m_redactor;
};

} // namespace Skylight
