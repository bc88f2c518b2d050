// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace Skylight::JsonFields {

// Tolerant readers for payload fields: null, absent or unusable values give std::nullopt, so a
// wrong type never breaks a listing; numbers sent as strings (as older clouds do) are accepted.
std::optional<QString> text(const QJsonValue& value);
std::optional<qint64> integer(const QJsonValue& value);
std::optional<bool> boolean(const QJsonValue& value);
std::optional<QStringList> stringList(const QJsonValue& value);
// ISO 8601 with or without offset or fraction; a time without an offset is taken as UTC.
std::optional<QDateTime> dateTime(const QJsonValue& value);
std::optional<QDateTime> dateTime(const QString& value);

} // namespace Skylight::JsonFields
