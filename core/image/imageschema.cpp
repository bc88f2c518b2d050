// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/imageschema.h"

#include "image/cappedtext.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
const QString kDefinitionsKey = u"x-skylight-metadefs"_s;
constexpr qsizetype kMaxNameChars = 255; // Glance's limit for a property name

QString shownName(const QString& name)
{
    constexpr qsizetype kShown = 40;
    return name.size() <= kShown ? name : name.left(kShown) + QChar(0x2026);
}

void readProperties(const QJsonObject& properties, QHash<QString, SchemaProperty>& into,
                    SkippedEntries& skipped)
{
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (it.key().isEmpty() || it.key().size() > kMaxNameChars || !it.value().isObject()) {
            skipped.add(
                QCoreApplication::translate("Skylight::ImageSchema", "property \"%1\" has no usable schema")
                    .arg(shownName(it.key())));
            continue;
        }
        if (into.size() >= ImageSchema::kMaxProperties) {
            skipped.add(QCoreApplication::translate("Skylight::ImageSchema",
                                                    "property \"%1\" is beyond the %2 properties read")
                            .arg(shownName(it.key()))
                            .arg(ImageSchema::kMaxProperties));
            continue;
        }
        into.insert(it.key(), SchemaProperty::fromJson(it.key(), it.value().toObject()));
    }
}

QJsonObject toObject(const QHash<QString, SchemaProperty>& properties)
{
    QJsonObject object;
    for (auto it = properties.cbegin(); it != properties.cend(); ++it)
        object.insert(it.key(), it.value().toJson());
    return object;
}
} // namespace

Result<ImageSchema> ImageSchema::fromJson(const QJsonObject& payload)
{
    if (!payload.value(u"properties"_s).isObject()) {
        return std::unexpected(ApiError::make(
            ApiError::Kind::BadPayload,
            QCoreApplication::translate("Skylight::ImageSchema",
                                        "The image schema from the server has no \"properties\" object.")));
    }
    ImageSchema schema;
    schema.m_name = cappedText(payload.value(u"name"_s), 255).value_or(QString());
    readProperties(payload.value(u"properties"_s).toObject(), schema.m_properties, schema.m_skipped);
    if (payload.value(kDefinitionsKey).isObject()) {
        SkippedEntries ignored; // written by toJson(): already checked once
        readProperties(payload.value(kDefinitionsKey).toObject(), schema.m_definitions, ignored);
    }
    return schema;
}

QJsonObject ImageSchema::toJson() const
{
    QJsonObject object{{u"name"_s, m_name}, {u"properties"_s, toObject(m_properties)}};
    if (!m_definitions.isEmpty())
        object.insert(kDefinitionsKey, toObject(m_definitions));
    return object;
}

QStringList ImageSchema::baseNames() const
{
    QStringList names;
    for (auto it = m_properties.cbegin(); it != m_properties.cend(); ++it) {
        if (it->isBase && group(it.key()) == Group::Base)
            names.append(it.key());
    }
    std::sort(names.begin(), names.end());
    return names;
}

QStringList ImageSchema::names() const
{
    QStringList names = m_properties.keys() + m_definitions.keys();
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

ImageSchema::Group ImageSchema::group(const QString& name) const
{
    if (name.startsWith(u"os_glance_"_s))
        return Group::System;
    const auto field = m_properties.constFind(name);
    return field != m_properties.constEnd() && field->isBase ? Group::Base : Group::Custom;
}

QString ImageSchema::groupName(Group group)
{
    switch (group) {
    case Group::Base:
        return u"base"_s;
    case Group::Custom:
        return u"custom"_s;
    case Group::System:
        return u"system"_s;
    }
    return {};
}

const SchemaProperty* ImageSchema::property(const QString& name) const
{
    if (const auto it = m_properties.constFind(name); it != m_properties.constEnd())
        return &*it;
    if (const auto it = m_definitions.constFind(name); it != m_definitions.constEnd())
        return &*it;
    return nullptr;
}

QString ImageSchema::description(const QString& name) const
{
    const auto field = m_properties.constFind(name);
    if (field != m_properties.constEnd() && !field->description.isEmpty())
        return field->description;
    const auto definition = m_definitions.constFind(name);
    return definition != m_definitions.constEnd() ? definition->description : QString();
}

QString ImageSchema::title(const QString& name) const
{
    const auto definition = m_definitions.constFind(name);
    if (definition != m_definitions.constEnd() && !definition->title.isEmpty())
        return definition->title;
    const auto field = m_properties.constFind(name);
    return field != m_properties.constEnd() ? field->title : QString();
}

QStringList ImageSchema::enumValues(const QString& name) const
{
    const auto field = m_properties.constFind(name);
    if (field != m_properties.constEnd() && !field->enumValues.isEmpty())
        return field->enumValues;
    const auto definition = m_definitions.constFind(name);
    return definition != m_definitions.constEnd() ? definition->enumValues : QStringList();
}

void ImageSchema::addDefinitions(const QList<SchemaProperty>& definitions)
{
    for (const SchemaProperty& definition : definitions) {
        if (m_definitions.size() >= kMaxProperties)
            return;
        if (!definition.name.isEmpty() && !m_definitions.contains(definition.name))
            m_definitions.insert(definition.name, definition);
    }
}

} // namespace Skylight
