// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "inspect/luksprobe.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr qsizetype kV1HeaderLength = 592;
} // namespace

void LuksProbe::examineHead(QByteArrayView head, bool atEnd)
{
    if (!recognise(head, atEnd, "LUKS\xba\xbe"))
        return;
    clearFindings();
    if (head.size() < 8 && shortHead(head, atEnd, kV1HeaderLength))
        return;
    const quint16 version = Bytes::be16(head, 6);
    setDetail(u"version"_s, version);
    if (version != 1) {
        addProblem(InspectionProblem::Kind::UnsupportedVersion,
                   QCoreApplication::translate("Inspection", "LUKS version %1 is not supported by qemu.")
                       .arg(version));
        headDone();
        return;
    }
    if (shortHead(head, atEnd, kV1HeaderLength))
        return;
    headDone();
    setDetail(u"cipher"_s, Bytes::text(head, 8, 32));
    setDetail(u"cipher_mode"_s, Bytes::text(head, 40, 32));
    setDetail(u"hash"_s, Bytes::text(head, 72, 32));
    m_payloadOffset = qint64(Bytes::be32(head, 104)) * 512;
}

std::optional<qint64> LuksProbe::virtualSizeFor(qint64 totalSize) const
{
    if (m_payloadOffset < 0 || totalSize < m_payloadOffset)
        return std::nullopt;
    return totalSize - m_payloadOffset;
}

} // namespace Skylight
