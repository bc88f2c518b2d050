// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/jsonfields.h"

#include <QJsonArray>
#include <QTimeZone>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Skylight::JsonFields {

std::optional<QString> text(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return std::nullopt;
}

std::optional<qint64> integer(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::floor(number) != number || std::fabs(number) > 9.0e15)
            return std::nullopt;
        return static_cast<qint64>(number);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

std::optional<bool> boolean(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString lowered = value.toString().trimmed().toLower();
        if (lowered == u"true"_s || lowered == u"1"_s || lowered == u"yes"_s)
            return true;
        if (lowered == u"false"_s || lowered == u"0"_s || lowered == u"no"_s)
            return false;
    }
    return std::nullopt;
}

std::optional<QStringList> stringList(const QJsonValue& value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        if (const auto itemText = text(item))
            list.append(*itemText);
    }
    return list;
}

std::optional<QDateTime> dateTime(const QString& value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!parsed.isValid()) // "2011-01-01 01:02:03" and similar
        parsed = QDateTime::fromString(QString(trimmed).replace(u' ', u'T'), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeZone(QTimeZone::utc());
    return parsed.toUTC();
}

std::optional<QDateTime> dateTime(const QJsonValue& value)
{
    if (!value.isString())
        return std::nullopt;
    return dateTime(value.toString());
}

} // namespace Skylight::JsonFields
