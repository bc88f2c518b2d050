// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <cstring>

namespace Skylight::Test {

// `size` deterministic pseudo-random bytes: an image's data for download tests.
inline QByteArray imageBytes(qint64 size, quint32 seed = 20261123)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qint64 i = 0; i < size; i += 4) {
        const quint32 value = generator.generate();
        std::memcpy(data.data() + i, &value, static_cast<size_t>(std::min<qint64>(4, size - i)));
    }
    return data;
}

} // namespace Skylight::Test
