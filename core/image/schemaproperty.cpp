// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/schemaproperty.h"

#include "image/cappedtext.h"
#include "image/jsonfields.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

SchemaProperty SchemaProperty::fromJson(const QString& name, const QJsonObject& object)
{
    SchemaProperty property;
    property.name = name;
    property.title = cappedText(object.value(u"title"_s), kMaxText).value_or(QString());
    property.description = cappedText(object.value(u"description"_s), kMaxText).value_or(QString());
    const QJsonValue type = object.value(u"type"_s);
    const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
    for (const QJsonValue& one : types) {
        if (auto text = cappedText(one, 64); text && !text->isEmpty() && property.types.size() < 16)
            property.types.append(*text);
    }
    const QJsonArray values = object.value(u"enum"_s).toArray();
    for (const QJsonValue& value : values) {
        if (property.enumValues.size() >= kMaxEnum)
            break;
        if (auto text = cappedText(value, 256); text && !property.enumValues.contains(*text))
            property.enumValues.append(*text);
    }
    property.readOnly = JsonFields::boolean(object.value(u"readOnly"_s)).value_or(false);
    property.isBase = JsonFields::boolean(object.value(u"is_base"_s)).value_or(true);
    return property;
}

QJsonObject SchemaProperty::toJson() const
{
    QJsonObject object;
    if (types.size() == 1)
        object.insert(u"type"_s, types.first());
    else if (!types.isEmpty())
        object.insert(u"type"_s, QJsonArray::fromStringList(types));
    if (!title.isEmpty())
        object.insert(u"title"_s, title);
    if (!description.isEmpty())
        object.insert(u"description"_s, description);
    if (!enumValues.isEmpty())
        object.insert(u"enum"_s, QJsonArray::fromStringList(enumValues));
    if (readOnly)
        object.insert(u"readOnly"_s, true);
    if (!isBase)
        object.insert(u"is_base"_s, false);
    return object;
}

} // namespace Skylight
