// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "inspect/bytefields.h"

#include <QtEndian>
#include <algorithm>
#include <limits>

namespace Skylight {

namespace Bytes {
namespace {
template <typename T>
bool fits(QByteArrayView bytes, qsizetype at)
{
    return at >= 0 && at <= bytes.size() - qsizetype(sizeof(T));
}
} // namespace

quint16 le16(QByteArrayView bytes, qsizetype at)
{
    return fits<quint16>(bytes, at) ? qFromLittleEndian<quint16>(bytes.data() + at) : 0;
}
quint32 le32(QByteArrayView bytes, qsizetype at)
{
    return fits<quint32>(bytes, at) ? qFromLittleEndian<quint32>(bytes.data() + at) : 0;
}
quint64 le64(QByteArrayView bytes, qsizetype at)
{
    return fits<quint64>(bytes, at) ? qFromLittleEndian<quint64>(bytes.data() + at) : 0;
}
quint16 be16(QByteArrayView bytes, qsizetype at)
{
    return fits<quint16>(bytes, at) ? qFromBigEndian<quint16>(bytes.data() + at) : 0;
}
quint32 be32(QByteArrayView bytes, qsizetype at)
{
    return fits<quint32>(bytes, at) ? qFromBigEndian<quint32>(bytes.data() + at) : 0;
}
quint64 be64(QByteArrayView bytes, qsizetype at)
{
    return fits<quint64>(bytes, at) ? qFromBigEndian<quint64>(bytes.data() + at) : 0;
}

bool startsAt(QByteArrayView bytes, qsizetype at, QByteArrayView expected)
{
    return at >= 0 && at <= bytes.size() - expected.size() && bytes.sliced(at, expected.size()) == expected;
}

QString text(QByteArrayView bytes, qsizetype at, qsizetype length, qsizetype max)
{
    if (at < 0 || at >= bytes.size() || length <= 0)
        return {};
    QByteArrayView field = bytes.sliced(at, std::min({length, max, bytes.size() - at}));
    if (const qsizetype nul = field.indexOf('\0'); nul >= 0)
        field = field.first(nul);
    return QString::fromUtf8(field).trimmed();
}

std::optional<qint64> size(quint64 bytes)
{
    if (bytes > quint64(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return qint64(bytes);
}
} // namespace Bytes

} // namespace Skylight
