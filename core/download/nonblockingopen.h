// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <expected>
#include <functional>

#ifdef Q_OS_UNIX
#include <sys/stat.h>

namespace Skylight {

// Why openWithoutBlocking() failed: the step and its errno, or the check's refusal.
struct NonBlockingOpenError
{
    enum class Step
    {
        Open,  // openat failed (errno: ELOOP for a link under O_NOFOLLOW...)
        Stat,  // fstat on the descriptor failed
        Check, // the descriptor's file was refused: `refusal` says why
        Flags  // O_NONBLOCK could not be cleared
    };
    Step step;
    int error = 0;
    QString refusal;
};

// Opens `name` (relative to `dirfd`; AT_FDCWD: a path) as a regular file is opened safely: with
// O_NONBLOCK so that a FIFO or device swapped in never blocks the open, O_CLOEXEC and O_NOCTTY,
// plus `flags` (the access mode, O_NOFOLLOW...); then checks what was opened with `check` on its
// fstat (an empty string accepts, a reason refuses) and clears O_NONBLOCK. The descriptor is
// closed on every failure. POSIX only (DownloadFolder, skylight-cli inspect --file).
std::expected<int, NonBlockingOpenError>
openWithoutBlocking(int dirfd, const QByteArray& name, int flags,
                    const std::function<QString(const struct ::stat&)>& check);

} // namespace Skylight
#endif
