// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagepage.h"
#include "image/schemaproperty.h"
#include "net/result.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace Skylight {

// What a cloud says of image fields and properties: its image schema (GET /v2/schemas/image) and,
// where it has them, the metadata definitions that give known properties (hw_*, os_*) a title,
// a description and their values. Bounded: at most kMaxProperties of each.
class ImageSchema
{
public:
    static constexpr qsizetype kMaxProperties = 1000;

    enum class Group
    {
        Base,   // a field of the schema (name, disk_format, os_hidden, ...)
        Custom, // any other property (hw_disk_bus, a user's own; os_distro, which the schema
                // describes with "is_base": false)
        System, // os_glance_*: set by Glance itself (os_glance_importing_to_stores, ...)
    };

    // {"name": "image", "properties": {...}}: a BadPayload error without a "properties" object; a
    // property whose schema is not an object is skipped with a reason. Also reads back what
    // toJson() wrote (the metadata definitions under "x-skylight-metadefs").
    static Result<ImageSchema> fromJson(const QJsonObject& payload);
    QJsonObject toJson() const;

    bool isEmpty() const { return m_properties.isEmpty(); }
    QString name() const { return m_name; }
    // The schema's base fields, by name.
    QStringList baseNames() const;
    // Every name the schema or a metadata definition describes, sorted, each once.
    QStringList names() const;
    Group group(const QString& name) const;
    static QString groupName(Group group); // "base", "custom", "system"
    // The schema's entry, else the metadata definition's, else nullptr.
    const SchemaProperty* property(const QString& name) const;
    QString description(const QString& name) const;
    QString title(const QString& name) const;
    QStringList enumValues(const QString& name) const;

    // Metadata definitions (MetadefNamespace), merged: the first definition of a name wins.
    void addDefinitions(const QList<SchemaProperty>& definitions);
    qsizetype definitionCount() const { return m_definitions.size(); }
    const SkippedEntries& skipped() const { return m_skipped; }

private:
    QString m_name;
    QHash<QString, SchemaProperty> m_properties;
    QHash<QString, SchemaProperty> m_definitions;
    SkippedEntries m_skipped;
};

} // namespace Skylight
