// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/schemaproperty.h"
#include "net/result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Skylight {

// Glance's metadata definitions (GET /v2/metadefs/namespaces, /v2/metadefs/namespaces/{ns}): the
// namespaces that describe image properties, and the properties one defines, with their titles.
class MetadefNamespace
{
public:
    static constexpr qsizetype kMaxNamespaces = 32;
    static constexpr qsizetype kMaxProperties = 500;

    // The namespaces' names of {"namespaces": [{"namespace": "OS::Compute::Libvirt", ...}]}, at
    // most kMaxNamespaces; a BadPayload error without the array.
    static Result<QStringList> namesFromList(const QJsonObject& payload);
    // The properties of a namespace ({"properties": {...}, "objects": [{"properties": {...}}]}),
    // named as the server gives them (asked with resource_type=OS::Glance::Image, Glance puts the
    // prefix such as "hw_" in front), at most kMaxProperties.
    static QList<SchemaProperty> properties(const QJsonObject& payload);
};

} // namespace Skylight
