// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Skylight {

// One property as a JSON schema (GET /v2/schemas/image) or a metadata definition
// (/v2/metadefs/namespaces/{ns}) describes it. Texts are cut to kMaxText, enums to kMaxEnum values.
struct SchemaProperty
{
    static constexpr qsizetype kMaxText = 4096;
    static constexpr qsizetype kMaxEnum = 256;

    QString name;
    QString title; // metadefs' friendly title ("Disk Bus"); empty when none is known
    QString description;
    QStringList types;      // "string", "integer", ... ("type" may be a string or a list)
    QStringList enumValues; // the string values of "enum" (null left out)
    bool readOnly = false;
    bool isBase = true; // false where the schema says "is_base": false (os_distro, kernel_id, ...)

    // `object` is the property's schema ({"type": ..., "description": ..., "enum": [...]}).
    static SchemaProperty fromJson(const QString& name, const QJsonObject& object);
    // The same keys (type, title, description, enum, readOnly, is_base); empty ones left out.
    QJsonObject toJson() const;
};

} // namespace Skylight
