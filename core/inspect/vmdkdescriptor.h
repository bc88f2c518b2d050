// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "inspect/inspectionresult.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace Skylight {

// A VMDK text descriptor (embedded in a sparse extent, or a file of its own), read cautiously:
// every line must be a comment, a ddb.* entry, a KEY=VALUE header field or an extent; anything
// else makes it unsafe, as does a createType other than monolithicSparse / streamOptimized, an
// extent naming a path, or a parent disk.
struct VmdkDescriptor
{
    QString createType;
    QString parentFileNameHint;
    QStringList extentFiles; // as named (at most a few kept)
    qsizetype extentCount = 0;
    quint64 extentSectors = 0; // their sum: a descriptor file's virtual size, in sectors
    QList<InspectionProblem> problems;

    static VmdkDescriptor parse(QByteArrayView text);
    // qemu's rule for a descriptor file: after comment and blank lines, "version=1|2|3" ends a line
    // (within the first 2048 bytes, which is what qemu looks at).
    static bool looksLikeDescriptorFile(QByteArrayView start);
};

} // namespace Skylight
