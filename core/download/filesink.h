#pragma once

#include <QFile>
#include <QObject>
#include <memory>

namespace Skylight {

class StreamHasher;

// The writing end of a download, on a worker thread: appends chunks to the .part file, checking
// every write, and hashes them as they pass (re-hashing what a resumed file already holds).
// Its methods are called through queued invocations; answers come back as signals.
class FileSink : public QObject
{
    Q_OBJECT
public:
    // `algorithm` empty: no hashing.
    explicit FileSink(const QString& algorithm, QObject* parent = nullptr);
    ~FileSink() override;

    // Opens `path`; with keepExisting its bytes are kept and hashed first, else it is emptied.
    Q_INVOKABLE void open(const QString& path, bool keepExisting);
    Q_INVOKABLE void write(const QByteArray& chunk);
    // Empties the file and the hash (the server sent the whole image instead of the rest).
    Q_INVOKABLE void restart();
    // Flushes and closes; finished() carries the digest.
    Q_INVOKABLE void finish();
    // Flushes and closes, keeping the file for a later resume.
    Q_INVOKABLE void close();

Q_SIGNALS:
    void opened(qint64 existingBytes);
    void written(qint64 bytes);
    void failed(const QString& message);
    void finished(const QByteArray& digestHex, qint64 size);

private:
    // sentence: a tr() text with %1 for the file name and %2 for the system's reason.
    void fail(const QString& sentence);

    QFile m_file;
    std::unique_ptr<StreamHasher> m_hasher;
    bool m_failed = false;
};

} // namespace Skylight
