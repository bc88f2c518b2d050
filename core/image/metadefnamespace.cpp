// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/metadefnamespace.h"

#include "image/cappedtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
void addProperties(const QJsonObject& properties, QList<SchemaProperty>& into)
{
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (into.size() >= MetadefNamespace::kMaxProperties)
            return;
        if (it.key().isEmpty() || it.key().size() > 255 || !it.value().isObject())
            continue;
        into.append(SchemaProperty::fromJson(it.key(), it.value().toObject()));
    }
}
} // namespace

Result<QStringList> MetadefNamespace::namesFromList(const QJsonObject& payload)
{
    if (!payload.value(u"namespaces"_s).isArray()) {
        return std::unexpected(ApiError::make(
            ApiError::Kind::BadPayload,
            QCoreApplication::translate("Skylight::MetadefNamespace",
                                        "The metadata definitions from the server have no \"namespaces\" "
                                        "array.")));
    }
    QStringList names;
    const QJsonArray namespaces = payload.value(u"namespaces"_s).toArray();
    for (const QJsonValue& entry : namespaces) {
        if (names.size() >= kMaxNamespaces)
            break;
        const auto name = cappedText(entry.toObject().value(u"namespace"_s), 80);
        // A name goes into a path: only the characters Glance's own namespaces use.
        static const QRegularExpression usable(u"^[A-Za-z0-9_.:-]+$"_s);
        if (name && usable.match(*name).hasMatch() && !names.contains(*name))
            names.append(*name);
    }
    return names;
}

QList<SchemaProperty> MetadefNamespace::properties(const QJsonObject& payload)
{
    QList<SchemaProperty> properties;
    addProperties(payload.value(u"properties"_s).toObject(), properties);
    const QJsonArray objects = payload.value(u"objects"_s).toArray();
    for (const QJsonValue& object : objects)
        addProperties(object.toObject().value(u"properties"_s).toObject(), properties);
    return properties;
}

} // namespace Skylight
