// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "download/nonblockingopen.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace Skylight {

std::expected<int, NonBlockingOpenError>
openWithoutBlocking(int dirfd, const QByteArray& name, int flags,
                    const std::function<QString(const struct ::stat&)>& check)
{
    using Step = NonBlockingOpenError::Step;
    const int fd = ::openat(dirfd, name.constData(), flags | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return std::unexpected(NonBlockingOpenError{Step::Open, errno, {}});
    const auto fail = [fd](Step step, int error, const QString& refusal = {}) {
        ::close(fd);
        return std::unexpected(NonBlockingOpenError{step, error, refusal});
    };
    struct ::stat st = {};
    if (::fstat(fd, &st) != 0)
        return fail(Step::Stat, errno);
    if (const QString refusal = check(st); !refusal.isEmpty())
        return fail(Step::Check, 0, refusal);
    const int current = ::fcntl(fd, F_GETFL);
    if (current == -1 || ::fcntl(fd, F_SETFL, current & ~O_NONBLOCK) == -1)
        return fail(Step::Flags, errno);
    return fd;
}

} // namespace Skylight
#endif
