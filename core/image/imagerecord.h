// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/dialect.h"
#include "image/imagelink.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Skylight {

// One image, normalised across dialects. std::nullopt means "unknown or absent" and is shown
// and serialised as null. Units: sizes in bytes, minDisk in GB, minRam in MB, times in UTC.
struct ImageRecord
{
    QString id;
    std::optional<QString> name;
    std::optional<QString> status; // lower case
    std::optional<qint64> size;
    std::optional<qint64> virtualSize;
    std::optional<QString> diskFormat;
    std::optional<QString> containerFormat;
    std::optional<qint64> minDisk;
    std::optional<qint64> minRam;
    std::optional<QString> checksum; // MD5, hex
    std::optional<QString> hashAlgo; // os_hash_algo, e.g. sha512
    std::optional<QString> hashValue;
    std::optional<QString> visibility; // public, private, shared, community
    std::optional<bool> isProtected;
    std::optional<QString> owner;
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> updatedAt;
    std::optional<int> progress; // percent
    std::optional<QStringList> tags;
    QList<ImageLink> links;
    QJsonObject properties; // every payload field without a normalised key, under its own name
    Dialect dialect = Dialect::Auto;

    // The payload as received: a show response's body, or a list entry as the server sent it.
    QByteArray raw;
    QByteArray rawContentType; // application/json, application/xml, text/plain (headers)

    std::optional<ImageLink> link(const QString& rel) const;
};

} // namespace Skylight
