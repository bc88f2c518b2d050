// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "inspect/formatprobe.h"

namespace Skylight {

// VMDK: a hosted sparse extent ("KDMV": monolithicSparse, streamOptimized) with its embedded
// descriptor, or a descriptor file of its own (qemu's rule: "version=N" as first line that is not
// a comment). A sparse header whose grain directory is "at the end" has its truth in a footer: the
// probe then asks for the last 1536 bytes (marker, footer, end-of-stream marker) and checks that
// the footer agrees with the header.
class VmdkProbe final : public FormatProbe
{
public:
    static constexpr qsizetype kFooterBytes = 1536;
    // A descriptor of up to 1 MiB is accepted (as oslo.utils does); like qemu, only its first
    // 1 MiB - 1 bytes are read (kReadDescriptorBytes).
    static constexpr qsizetype kMaxDescriptorBytes = 1024 * 1024;
    static constexpr qsizetype kReadDescriptorBytes = kMaxDescriptorBytes - 1;

    QString name() const override { return QStringLiteral("vmdk"); }
    void examineHead(QByteArrayView head, bool atEnd) override;
    qsizetype tailWanted() const override { return m_footerWanted && !m_footerSeen ? kFooterBytes : 0; }
    void examineTail(QByteArrayView tail, qint64 totalSize) override;
    void streamEnded(qint64 totalSize) override;

private:
    enum class Kind
    {
        Unknown,
        Sparse,
        DescriptorFile
    };
    void examineSparse(QByteArrayView head, bool atEnd);
    void examineDescriptorFile(QByteArrayView head, bool atEnd);
    void footerProblem(const QString& text);

    Kind m_kind = Kind::Unknown;
    bool m_footerWanted = false;
    bool m_footerSeen = false;
    QByteArray m_header; // the sparse header's first 80 bytes, for the footer's comparison
};

} // namespace Skylight
