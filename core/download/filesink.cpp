// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "download/filesink.h"

#include "download/streamhasher.h"
#include "inspect/imageinspector.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

FileSink::FileSink(QFile* file, const QString& algorithm, QObject* parent)
    : QObject(parent)
    , m_file(file)
    , m_hasher(algorithm.isEmpty() ? nullptr : StreamHasher::create(algorithm))
{
    qRegisterMetaType<std::optional<Skylight::InspectionResult>>();
}

FileSink::~FileSink() = default;

void FileSink::setInspection(std::function<std::unique_ptr<ImageInspector>()> make)
{
    m_makeInspector = std::move(make);
}

void FileSink::fail(const QString& sentence)
{
    m_failed = true;
    const QString reason = m_file->errorString();
    Q_EMIT failed(sentence.arg(QFileInfo(m_file->fileName()).fileName(), reason));
}

void FileSink::begin(bool keepExisting)
{
    m_failed = false;
    m_stopped = false;
    if (m_hasher)
        m_hasher->reset();
    m_inspector = m_makeInspector ? m_makeInspector() : nullptr;
    qint64 existing = 0;
    if (keepExisting) {
        if (!m_file->seek(0)) {
            fail(tr("Could not read %1: %2."));
            return;
        }
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (;;) {
            const qint64 got = m_file->read(buffer.data(), buffer.size());
            if (got < 0) {
                fail(tr("Could not read %1: %2."));
                return;
            }
            if (got == 0)
                break;
            const QByteArrayView read(buffer.constData(), got);
            if (m_hasher)
                m_hasher->addData(read);
            if (m_inspector)
                m_inspector->feed(read);
            existing += got;
        }
    } else if (!m_file->resize(0)) {
        fail(tr("Could not empty %1: %2."));
        return;
    }
    if (!m_file->seek(existing)) {
        fail(tr("Could not write to %1: %2."));
        return;
    }
    Q_EMIT opened(existing);
}

void FileSink::write(const QByteArray& chunk)
{
    if (m_failed || m_stopped)
        return;
    qint64 done = 0;
    while (done < chunk.size()) {
        const qint64 wrote = m_file->write(chunk.constData() + done, chunk.size() - done);
        if (wrote <= 0) {
            fail(tr("Could not write to %1: %2."));
            return;
        }
        done += wrote;
    }
    if (m_hasher)
        m_hasher->addData(chunk);
    if (m_inspector)
        m_inspector->feed(chunk);
    Q_EMIT written(chunk.size());
}

void FileSink::restart()
{
    if (m_failed || m_stopped)
        return;
    if (!m_file->flush() || !m_file->resize(0) || !m_file->seek(0)) {
        fail(tr("Could not empty %1: %2."));
        return;
    }
    if (m_hasher)
        m_hasher->reset();
    m_inspector = m_makeInspector ? m_makeInspector() : nullptr;
}

void FileSink::finish()
{
    if (m_failed || m_stopped)
        return;
    if (!m_file->flush()) {
        fail(tr("Could not write to %1: %2."));
        return;
    }
#ifdef Q_OS_UNIX
    // A verified file must survive a crash right after it was put in place.
    if (::fsync(m_file->handle()) != 0 && errno != EINVAL && errno != EROFS) {
        const QString reason = qt_error_string(errno);
        m_failed = true;
        Q_EMIT failed(tr("Could not write to %1: %2.").arg(QFileInfo(m_file->fileName()).fileName(), reason));
        return;
    }
#endif
    m_stopped = true;
    std::optional<InspectionResult> inspection;
    if (m_inspector) {
        m_inspector->finish();
        inspection = m_inspector->result();
    }
    Q_EMIT finished(m_hasher ? m_hasher->finalHex() : QByteArray(), m_file->size(), inspection);
}

void FileSink::stop()
{
    if (!m_stopped && !m_failed)
        m_file->flush();
    m_stopped = true;
}

} // namespace Skylight
