// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "democloud/demoimage.h"

#include <cstring>

namespace Skylight {

namespace {
// splitmix64: fast, deterministic, incompressible enough to look like a disk image. The value of
// word `index` depends on nothing else, so any offset can be generated directly.
quint64 word(quint64 seed, quint64 index)
{
    quint64 z = seed + (index + 1) * 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
} // namespace

QByteArray DemoImage::data() const
{
    Q_ASSERT_X(!streamed, "DemoImage::data", "a streamed image is never held whole");
    return bytes(0, dataSize);
}

QByteArray DemoImage::bytes(qint64 offset, qint64 length) const
{
    offset = std::clamp<qint64>(offset, 0, dataSize);
    length = std::clamp<qint64>(length, 0, dataSize - offset);
    QByteArray out(length, Qt::Uninitialized);
    char* to = out.data();
    quint64 index = static_cast<quint64>(offset) / sizeof(quint64);
    qint64 skip = offset % static_cast<qint64>(sizeof(quint64));
    qint64 remaining = length;
    while (remaining > 0) {
        const quint64 z = word(seed, index++);
        const qint64 chunk = std::min<qint64>(remaining, static_cast<qint64>(sizeof(z)) - skip);
        std::memcpy(to, reinterpret_cast<const char*>(&z) + skip, static_cast<size_t>(chunk));
        to += chunk;
        remaining -= chunk;
        skip = 0;
    }
    // The format's structures, where they meet [offset, offset + length).
    for (const auto& [at, structure] : content.regions(dataSize)) {
        const qint64 from = std::max(at, offset);
        const qint64 until = std::min({at + structure.size(), offset + length, dataSize});
        if (from < until)
            std::memcpy(out.data() + (from - offset), structure.constData() + (from - at),
                        size_t(until - from));
    }
    return out;
}

} // namespace Skylight
