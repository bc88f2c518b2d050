// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "inspect/inspectionresult.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QFile;

namespace Skylight {

class ImageInspector;
class StreamHasher;

// The writing end of a download, on a worker thread: appends chunks to the part file (opened by
// the download's DownloadFolder, never by name here), checking every write, and hashes and
// inspects them as they pass (re-reading what a resumed file already holds: the hash and the
// verdict cover the whole file). The file is the caller's; it must
// outlive the sink's use of it. Methods are called through queued invocations; answers come back
// as signals.
class FileSink : public QObject
{
    Q_OBJECT
public:
    // `algorithm` empty: no hashing.
    FileSink(QFile* file, const QString& algorithm, QObject* parent = nullptr);
    // Before the sink moves to its thread: the inspector to make for each pass over the bytes
    // (ContentCheck::inspectorFor); none, no inspection.
    void setInspection(std::function<std::unique_ptr<ImageInspector>()> make);
    ~FileSink() override;

    // With keepExisting the file's bytes are hashed and writing goes on at its end; otherwise it
    // is emptied first.
    Q_INVOKABLE void begin(bool keepExisting);
    Q_INVOKABLE void write(const QByteArray& chunk);
    // Empties the file and the hash (the download starts again from zero).
    Q_INVOKABLE void restart();
    // Flushes (and syncs to disk); finished() carries the digest and the size.
    Q_INVOKABLE void finish();
    // Flushes what was written, for a later resume; nothing more is written.
    Q_INVOKABLE void stop();

Q_SIGNALS:
    void opened(qint64 existingBytes);
    void written(qint64 bytes);
    void failed(const QString& message);
    // inspection: the verdict on the whole file (none when not inspected).
    void finished(const QByteArray& digestHex, qint64 size,
                  const std::optional<Skylight::InspectionResult>& inspection);

private:
    // sentence: a tr() text with %1 for the file name and %2 for the system's reason.
    void fail(const QString& sentence);

    QFile* m_file;
    std::unique_ptr<StreamHasher> m_hasher;
    std::function<std::unique_ptr<ImageInspector>()> m_makeInspector;
    std::unique_ptr<ImageInspector> m_inspector;
    bool m_failed = false;
    bool m_stopped = false;
};

} // namespace Skylight
