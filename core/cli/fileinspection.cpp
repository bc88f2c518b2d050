// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/fileinspection.h"

#include "cli/clioptions.h"
#include "cli/exitcode.h"
#include "cli/inspectionprinter.h"
#include "inspect/imageinspector.h"
#include "net/terminaltext.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>

#ifdef Q_OS_UNIX
#include "download/nonblockingopen.h"

#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
// Opens `path` for reading if it is a regular file, without blocking on a FIFO.
std::expected<std::unique_ptr<QFile>, QString> openRegular(const QString& path)
{
    auto file = std::make_unique<QFile>(path);
#ifdef Q_OS_UNIX
    const auto fd =
        openWithoutBlocking(AT_FDCWD, QFile::encodeName(path), O_RDONLY, [](const struct ::stat& st) {
            return S_ISREG(st.st_mode) ? QString() : u"not a regular file"_s;
        });
    if (!fd)
        return std::unexpected(fd.error().refusal.isEmpty() ? qt_error_string(fd.error().error)
                                                            : fd.error().refusal);
    if (!file->open(*fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(*fd);
        return std::unexpected(file->errorString());
    }
#else
    if (!QFileInfo(path).isFile())
        return std::unexpected(u"not a regular file"_s);
    if (!file->open(QIODevice::ReadOnly))
        return std::unexpected(file->errorString());
#endif
    return file;
}
} // namespace

std::expected<InspectionResult, QString> inspectFile(const QString& path, const QString& declaredFormat,
                                                     qsizetype chunkSize)
{
    auto opened = openRegular(path);
    if (!opened)
        return std::unexpected(u"cannot read %1: %2"_s.arg(terminalSafe(path), opened.error()));
    QFile& file = **opened;
    const qint64 size = file.size();
    ImageInspector inspector;
    inspector.setDeclaredFormat(declaredFormat);
    inspector.setTotalSize(size);
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    qint64 position = 0;
    const auto readFailed = [&] {
        return std::unexpected(u"cannot read %1: %2"_s.arg(terminalSafe(path), file.errorString()));
    };
    while (inspector.needsHead()) {
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0)
            return readFailed();
        if (got == 0)
            break;
        inspector.feed(QByteArrayView(buffer.constData(), got));
        position += got;
    }
    if (inspector.needsEnd() && inspector.tailLength() > 0 && size - inspector.tailLength() > position) {
        // Only the end is wanted (a streamOptimized vmdk's footer): skip to it.
        const qint64 from = size - inspector.tailLength();
        if (!file.seek(from))
            return readFailed();
        const QByteArray tail = file.read(inspector.tailLength());
        if (tail.size() != inspector.tailLength())
            return readFailed();
        inspector.feedTail(tail);
    } else if (inspector.needsMore()) {
        buffer.resize(1024 * 1024); // the rest is only counted: large reads
        while (true) {
            const qint64 got = file.read(buffer.data(), buffer.size());
            if (got < 0)
                return readFailed();
            if (got == 0)
                break;
            inspector.feed(QByteArrayView(buffer.constData(), got));
        }
        inspector.finish();
    } else if (position >= size) {
        inspector.finish();
    }
    return inspector.result();
}

int runFileInspection(const CliOptions& options, QIODevice* out, QIODevice* err)
{
    const auto result = inspectFile(options.inspectFile, options.declaredFormat);
    if (!result) {
        err->write((u"error: "_s + result.error() + u'\n').toUtf8());
        return static_cast<int>(ExitCode::LocalIo);
    }
    const QByteArray text =
        options.format == u"json"_s ? inspectionJson(*result) : inspectionTable(*result).toUtf8();
    if (out->write(text) != text.size()) {
        err->write((u"error: could not write the output: "_s + out->errorString() + u'\n').toUtf8());
        return static_cast<int>(ExitCode::LocalIo);
    }
    return static_cast<int>(result->acceptable() ? ExitCode::Ok : ExitCode::Verification);
}

} // namespace Skylight
