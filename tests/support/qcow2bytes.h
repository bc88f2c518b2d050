// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "support/testimagebytes.h"

#include <QByteArray>
#include <QtEndian>

namespace Skylight::Test {

// A qcow2 (version 3) image of `fileSize` bytes for `virtualSize`: its header, no header
// extension, optionally a backing file name (at offset 512, with its format "raw" unsaid), zeros
// to the end of the first 64 KiB cluster and pseudo-random bytes after it (the rest of an image,
// as far as a download is concerned).
inline QByteArray qcow2Image(qint64 virtualSize, qint64 fileSize, const QByteArray& backingFile = {},
                             quint32 seed = 17)
{
    constexpr qint64 kCluster = 64 * 1024;
    QByteArray image(std::max<qint64>(fileSize, kCluster), '\0');
    if (fileSize > kCluster)
        image.replace(kCluster, fileSize - kCluster, imageBytes(fileSize - kCluster, seed));
    image.resize(std::max<qint64>(fileSize, 512 + backingFile.size()));
    auto put32 = [&image](int at, quint32 value) {
        qToBigEndian(value, image.data() + at);
    };
    auto put64 = [&image](int at, quint64 value) {
        qToBigEndian(value, image.data() + at);
    };
    image.replace(0, 4, QByteArray("QFI\xfb", 4));
    put32(4, 3);                                         // version
    put64(8, backingFile.isEmpty() ? 0 : 512);           // backing_file_offset
    put32(16, static_cast<quint32>(backingFile.size())); // backing_file_size
    put32(20, 16);                                       // cluster_bits: 64 KiB
    put64(24, static_cast<quint64>(virtualSize));        // size
    put32(36,
          static_cast<quint32>((virtualSize + (kCluster / 8) * kCluster - 1) / ((kCluster / 8) * kCluster)));
    put64(40, 3 * kCluster); // l1_table_offset
    put64(48, kCluster);     // refcount_table_offset
    put32(56, 1);            // refcount_table_clusters
    put32(96, 4);            // refcount_order
    put32(100, 104);         // header_length
    if (!backingFile.isEmpty())
        image.replace(512, backingFile.size(), backingFile);
    return image;
}

} // namespace Skylight::Test
