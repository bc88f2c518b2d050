// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "democloud/demoimage.h"

#include <cstring>

namespace Skylight {

QByteArray DemoImage::data() const
{
    QByteArray bytes(dataSize, Qt::Uninitialized);
    // splitmix64: fast, deterministic, incompressible enough to look like a disk image.
    quint64 state = seed;
    char* out = bytes.data();
    qint64 remaining = dataSize;
    while (remaining > 0) {
        state += 0x9E3779B97F4A7C15ULL;
        quint64 z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        z ^= z >> 31;
        const qint64 chunk = std::min<qint64>(remaining, sizeof(z));
        std::memcpy(out, &z, static_cast<size_t>(chunk));
        out += chunk;
        remaining -= chunk;
    }
    return bytes;
}

} // namespace Skylight
