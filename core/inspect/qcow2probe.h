// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "inspect/formatprobe.h"

namespace Skylight {

// qcow2 (versions 2 and 3; a version 1 header is reported as "qcow"), from qemu's
// docs/interop/qcow2.txt: the header, its extensions (external data file name, backing format)
// and the backing file name, all in the first cluster. Unsafe: a backing file, an external data
// file, incompatible features unknown to qemu, a corrupt mark, another version, absurd sizes.
class Qcow2Probe final : public FormatProbe
{
public:
    QString name() const override { return QStringLiteral("qcow2"); }
    QString detectedName() const override;
    void examineHead(QByteArrayView head, bool atEnd) override;

private:
    // The bytes of the head the header, its extensions and the backing file name occupy: when the
    // head holds fewer (and the stream goes on), the probe asks for them.
    qsizetype parse(QByteArrayView head, bool atEnd);
    quint32 m_version = 0;
};

} // namespace Skylight
