// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Skylight::Nesting {

// How many levels of nested objects and arrays (or XML elements) Skylight follows in anything a
// server sent. Deeper XML is refused; deeper JSON values are cut (bounded()), so that no walk goes
// further: neither ours nor Qt's recursive ones fed from ours (QJsonDocument::toJson, CBOR,
// toVariant). Qt's own JSON and CBOR readers refuse more than 1024 levels (kQtReaderDepth).
inline constexpr int kMaxDepth = 64;
inline constexpr int kQtReaderDepth = 1024;

// What stands in for a value cut at the limit: "…".
QString cutMarker();

// The levels of `value`: 0 for a scalar, 1 for an object or array of scalars, and so on; counted
// only up to `limit` + 1 (a deeper value gives limit + 1 without being walked further).
int depth(const QJsonValue& value, int limit = kMaxDepth);

// `value` with every object or array more than `maxDepth` levels down (the value itself being level
// 1) replaced by cutMarker(). The same value, shared and not copied, when nothing is that deep.
QJsonValue bounded(const QJsonValue& value, int maxDepth = kMaxDepth);
QJsonObject bounded(const QJsonObject& object, int maxDepth = kMaxDepth);

// Compact JSON of bounded(value); a string as its JSON text, with quotes.
QByteArray compactJson(const QJsonValue& value, int maxDepth = kMaxDepth);
QByteArray compactJson(const QJsonObject& object, int maxDepth = kMaxDepth);

} // namespace Skylight::Nesting
