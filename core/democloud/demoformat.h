// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

namespace Skylight {

// What a demo image's bytes are: a real disk format (the structures qemu-img and the inspector
// read), its data generated noise. Built in code, no tool at run time.
struct DemoContent
{
    QString format;          // qcow2, vmdk (monolithicSparse), vhd (dynamic), vhdx, vdi, iso; else raw
    qint64 virtualSize = -1; // the disk's size where the format says one; -1: 8 times the data
    QString backingFile;     // qcow2: a backing file name (an unsafe image), with backingFormat
    QString backingFormat;

    // The format's structures for an image of `size` bytes: (offset, bytes) written over the noise,
    // clipped to the image (a small image holds what fits). None for raw.
    QList<std::pair<qint64, QByteArray>> regions(qint64 size) const;
    friend bool operator==(const DemoContent&, const DemoContent&) = default;
};

} // namespace Skylight
