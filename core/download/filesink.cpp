#include "filesink.h"

#include "streamhasher.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

FileSink::FileSink(const QString& algorithm, QObject* parent)
    : QObject(parent)
    , m_hasher(algorithm.isEmpty() ? nullptr : StreamHasher::create(algorithm))
{}

FileSink::~FileSink() = default;

void FileSink::fail(const QString& sentence)
{
    m_failed = true;
    const QString reason = m_file.errorString();
    m_file.close();
    Q_EMIT failed(sentence.arg(m_file.fileName(), reason));
}

void FileSink::open(const QString& path, bool keepExisting)
{
    m_failed = false;
    m_file.setFileName(path);
    if (m_hasher)
        m_hasher->reset();
    qint64 existing = 0;
    if (keepExisting && m_file.exists()) {
        if (!m_file.open(QIODevice::ReadOnly)) {
            fail(tr("Could not read %1: %2."));
            return;
        }
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (;;) {
            const qint64 got = m_file.read(buffer.data(), buffer.size());
            if (got < 0) {
                fail(tr("Could not read %1: %2."));
                return;
            }
            if (got == 0)
                break;
            if (m_hasher)
                m_hasher->addData(QByteArrayView(buffer.constData(), got));
            existing += got;
        }
        m_file.close();
    }
    const QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Unbuffered |
                                     (existing > 0 ? QIODevice::Append : QIODevice::Truncate);
    if (!m_file.open(mode)) {
        fail(tr("Could not create %1: %2."));
        return;
    }
    Q_EMIT opened(existing);
}

void FileSink::write(const QByteArray& chunk)
{
    if (m_failed || !m_file.isOpen())
        return;
    qint64 done = 0;
    while (done < chunk.size()) {
        const qint64 wrote = m_file.write(chunk.constData() + done, chunk.size() - done);
        if (wrote <= 0) {
            fail(tr("Could not write to %1: %2."));
            return;
        }
        done += wrote;
    }
    if (m_hasher)
        m_hasher->addData(chunk);
    Q_EMIT written(chunk.size());
}

void FileSink::restart()
{
    if (m_failed)
        return;
    if (!m_file.resize(0) || !m_file.seek(0)) {
        fail(tr("Could not empty %1: %2."));
        return;
    }
    if (m_hasher)
        m_hasher->reset();
}

void FileSink::finish()
{
    if (m_failed)
        return;
    const qint64 size = m_file.size();
    if (!m_file.flush()) {
        fail(tr("Could not write to %1: %2."));
        return;
    }
    m_file.close();
    Q_EMIT finished(m_hasher ? m_hasher->finalHex() : QByteArray(), size);
}

void FileSink::close()
{
    if (m_file.isOpen()) {
        m_file.flush();
        m_file.close();
    }
}

} // namespace Skylight
