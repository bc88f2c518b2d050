// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace Skylight {

// Reading fixed-width fields; out of range reads 0 (callers check sizes first).
namespace Bytes {
quint16 le16(QByteArrayView bytes, qsizetype at);
quint32 le32(QByteArrayView bytes, qsizetype at);
quint64 le64(QByteArrayView bytes, qsizetype at);
quint16 be16(QByteArrayView bytes, qsizetype at);
quint32 be32(QByteArrayView bytes, qsizetype at);
quint64 be64(QByteArrayView bytes, qsizetype at);
bool startsAt(QByteArrayView bytes, qsizetype at, QByteArrayView expected);
// A text field of the file (a name, a label): up to the first NUL, at most `max` bytes, UTF-8 with
// invalid sequences replaced, surrounding spaces trimmed. Escape it before a terminal shows it.
QString text(QByteArrayView bytes, qsizetype at, qsizetype length, qsizetype max = 1024);
// A size in bytes that fits a qint64 (what JSON and the rest carry); none above.
std::optional<qint64> size(quint64 bytes);
} // namespace Bytes

} // namespace Skylight
