// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "democloud/glancev2infoservice.h"

#include "democloud/democatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
const QString kDemoProject = u"5ef70662f8b34079a6eddb8da9d75fe8"_s;
const QString kDemoUser = u"4c0a6a7c5b8e4f0e9d1b2a3c4d5e6f70"_s;

DemoResponse jsonBody(const QJsonObject& object)
{
    return DemoResponse::json(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject property(const QString& type, const QString& description, const QJsonArray& values = {},
                     bool readOnly = false)
{
    QJsonObject object{{u"type"_s, type}, {u"description"_s, description}};
    if (!values.isEmpty())
        object.insert(u"enum"_s, values);
    if (readOnly)
        object.insert(u"readOnly"_s, true);
    return object;
}

QJsonObject nullable(QJsonObject object)
{
    object.insert(u"type"_s, QJsonArray{u"null"_s, object.value(u"type"_s)});
    if (object.contains(u"enum"_s)) {
        QJsonArray values{QJsonValue()};
        for (const QJsonValue& value : object.value(u"enum"_s).toArray())
            values.append(value);
        object.insert(u"enum"_s, values);
    }
    return object;
}

QJsonObject notBase(QJsonObject object)
{
    object.insert(u"is_base"_s, false);
    return object;
}

// A part of Glance's image schema, in its shape: nullable types, enums, readOnly, is_base.
QJsonObject imageSchema()
{
    const QJsonArray disk{u"ami"_s, u"ari"_s,   u"aki"_s, u"vhd"_s, u"vhdx"_s, u"vmdk"_s,
                          u"raw"_s, u"qcow2"_s, u"vdi"_s, u"iso"_s, u"ploop"_s};
    const QJsonArray container{u"ami"_s, u"ari"_s, u"aki"_s,    u"bare"_s,
                               u"ovf"_s, u"ova"_s, u"docker"_s, u"compressed"_s};
    const QJsonArray statuses{u"queued"_s,      u"saving"_s,    u"active"_s,
                              u"killed"_s,      u"deleted"_s,   u"pending_delete"_s,
                              u"deactivated"_s, u"uploading"_s, u"importing"_s};
    const QJsonObject properties{
        {u"id"_s, property(u"string"_s, u"The image's identifier (a UUID)."_s)},
        {u"name"_s, nullable(property(u"string"_s, u"A name for people; need not be unique."_s))},
        {u"status"_s, property(u"string"_s, u"Where the image is in its life."_s, statuses, true)},
        {u"visibility"_s, property(u"string"_s, u"Who may see the image."_s,
                                   {u"community"_s, u"public"_s, u"private"_s, u"shared"_s})},
        {u"protected"_s, property(u"boolean"_s, u"A protected image cannot be deleted."_s)},
        {u"os_hidden"_s, property(u"boolean"_s, u"Hidden images are left out of listings by default."_s)},
        {u"checksum"_s, nullable(property(u"string"_s, u"MD5 of the image data (legacy)."_s, {}, true))},
        {u"os_hash_algo"_s, nullable(property(u"string"_s, u"The algorithm of os_hash_value."_s, {}, true))},
        {u"os_hash_value"_s,
         nullable(property(u"string"_s, u"Hex digest of the image data, by os_hash_algo."_s, {}, true))},
        {u"owner"_s, nullable(property(u"string"_s, u"The project that owns the image."_s))},
        {u"size"_s, nullable(property(u"integer"_s, u"Size of the image data in bytes."_s, {}, true))},
        {u"virtual_size"_s,
         nullable(property(u"integer"_s, u"Size of the disk the image holds, in bytes."_s, {}, true))},
        {u"min_disk"_s, property(u"integer"_s, u"Disk (GB) an instance needs to boot the image."_s)},
        {u"min_ram"_s, property(u"integer"_s, u"Memory (MB) an instance needs to boot the image."_s)},
        {u"container_format"_s, nullable(property(u"string"_s, u"How the data is wrapped."_s, container))},
        {u"disk_format"_s, nullable(property(u"string"_s, u"The format of the disk data."_s, disk))},
        {u"created_at"_s, property(u"string"_s, u"When the image was registered."_s, {}, true)},
        {u"updated_at"_s, property(u"string"_s, u"When the image last changed."_s, {}, true)},
        {u"tags"_s, property(u"array"_s, u"Free-form labels of the image."_s)},
        {u"stores"_s,
         property(u"string"_s, u"The stores that hold the image's data, comma-separated."_s, {}, true)},
        {u"self"_s, property(u"string"_s, u"The image's own address."_s, {}, true)},
        {u"file"_s, property(u"string"_s, u"Where the image data is downloaded."_s, {}, true)},
        {u"schema"_s, property(u"string"_s, u"Where this schema is."_s, {}, true)},
        {u"architecture"_s,
         notBase(property(u"string"_s, u"CPU architecture the image needs (x86_64, aarch64, ...)."_s))},
        {u"os_distro"_s, notBase(property(u"string"_s, u"The operating system distribution, lower case."_s))},
        {u"os_version"_s, notBase(property(u"string"_s, u"The distribution's version."_s))},
        {u"kernel_id"_s, notBase(nullable(property(u"string"_s, u"Kernel image of an AMI-style image."_s)))},
        {u"ramdisk_id"_s,
         notBase(nullable(property(u"string"_s, u"Ramdisk image of an AMI-style image."_s)))},
        {u"instance_uuid"_s, notBase(property(u"string"_s, u"The instance this image was taken from."_s))},
    };
    return QJsonObject{
        {u"name"_s, u"image"_s},
        {u"properties"_s, properties},
        {u"additionalProperties"_s, QJsonObject{{u"type"_s, u"string"_s}}},
        {u"links"_s, QJsonArray{QJsonObject{{u"rel"_s, u"self"_s}, {u"href"_s, u"{self}"_s}},
                                QJsonObject{{u"rel"_s, u"enclosure"_s}, {u"href"_s, u"{file}"_s}},
                                QJsonObject{{u"rel"_s, u"describedby"_s}, {u"href"_s, u"{schema}"_s}}}}};
}

struct Namespace
{
    QString name;
    QString displayName;
    QString prefix; // for OS::Glance::Image
    QJsonObject properties;
};

QList<Namespace> namespaces()
{
    return {
        {u"OS::Compute::LibvirtImage"_s, u"libvirt Driver Options for Images"_s, u"hw_"_s,
         QJsonObject{
             {u"disk_bus"_s, QJsonObject{{u"title"_s, u"Disk Bus"_s},
                                         {u"description"_s, u"How the instance's disks are attached."_s},
                                         {u"type"_s, u"string"_s},
                                         {u"enum"_s, QJsonArray{u"scsi"_s, u"virtio"_s, u"uml"_s, u"xen"_s,
                                                                u"ide"_s, u"usb"_s, u"sata"_s}}}},
             {u"firmware_type"_s, QJsonObject{{u"title"_s, u"Firmware Type"_s},
                                              {u"description"_s, u"The firmware the instance boots with."_s},
                                              {u"type"_s, u"string"_s},
                                              {u"enum"_s, QJsonArray{u"bios"_s, u"uefi"_s}}}},
             {u"qemu_guest_agent"_s,
              QJsonObject{{u"title"_s, u"QEMU Guest Agent"_s},
                          {u"description"_s, u"Whether the image has the QEMU guest agent."_s},
                          {u"type"_s, u"string"_s},
                          {u"enum"_s, QJsonArray{u"yes"_s, u"no"_s}}}},
         }},
        {u"OS::OperatingSystem"_s, u"Common Operating System Properties"_s, u"os_"_s,
         QJsonObject{
             {u"distro"_s,
              QJsonObject{{u"title"_s, u"OS Distro"_s},
                          {u"description"_s, u"The distribution, in lower case (ubuntu, centos)."_s},
                          {u"type"_s, u"string"_s}}},
             {u"version"_s, QJsonObject{{u"title"_s, u"OS Version"_s},
                                        {u"description"_s, u"The distribution's version, as it names it."_s},
                                        {u"type"_s, u"string"_s}}},
             {u"admin_user"_s, QJsonObject{{u"title"_s, u"Admin User"_s},
                                           {u"description"_s, u"The user that administers the guest."_s},
                                           {u"type"_s, u"string"_s}}},
         }},
    };
}

QJsonObject task(const QString& id, const QString& status, const QString& method, const QJsonArray& stores,
                 const QString& message, const QString& created, const QString& updated)
{
    return QJsonObject{
        {u"id"_s, id},
        {u"type"_s, u"api_image_import"_s},
        {u"status"_s, status},
        {u"owner"_s, kDemoProject},
        {u"image_id"_s, GlanceV2InfoService::taskImageId()},
        {u"request-id"_s, u"req-%1"_s.arg(id)},
        {u"user"_s, kDemoUser},
        {u"message"_s, message},
        {u"result"_s, status == u"success"_s
                          ? QJsonValue(QJsonObject{{u"image_id"_s, GlanceV2InfoService::taskImageId()}})
                          : QJsonValue()},
        {u"created_at"_s, created},
        {u"updated_at"_s, updated},
        {u"expires_at"_s,
         status == u"processing"_s ? QJsonValue() : QJsonValue(u"2030-01-01T00:00:00.000000"_s)},
        {u"deleted"_s, false},
        {u"deleted_at"_s, QJsonValue()},
        {u"input"_s,
         QJsonObject{{u"image_id"_s, GlanceV2InfoService::taskImageId()},
                     {u"import_req"_s, QJsonObject{{u"method"_s, QJsonObject{{u"name"_s, method}}},
                                                   {u"stores"_s, stores},
                                                   {u"all_stores_must_succeed"_s, false}}},
                     {u"backend"_s, stores}}},
    };
}
} // namespace

GlanceV2InfoService::GlanceV2InfoService(const DemoCatalog& catalog)
    : m_catalog(catalog)
{}

QString GlanceV2InfoService::taskImageId()
{
    return u"1bea47ed-f6a9-463b-b423-14b9cca9ad27"_s;
}

std::optional<DemoResponse> GlanceV2InfoService::handle(const DemoRequest& request, const QString& path) const
{
    static const QRegularExpression tasksPath(u"^/v2/images/([^/]+)/tasks$"_s);
    static const QRegularExpression namespacePath(u"^/v2/metadefs/namespaces/([^/]+)$"_s);
    const bool known = path.startsWith(u"/v2/info/"_s) || path == u"/v2/schemas/image"_s ||
                       path.startsWith(u"/v2/metadefs/"_s) || tasksPath.match(path).hasMatch();
    if (!known)
        return std::nullopt;
    if (request.method != "GET" && request.method != "HEAD")
        return DemoResponse::htmlError(405, u"405 Method Not Allowed"_s, u"Read-only demo cloud."_s);
    if (path == u"/v2/info/stores"_s)
        return stores();
    if (path == u"/v2/info/stores/detail"_s)
        return DemoResponse::htmlError(403, u"403 Forbidden"_s,
                                       u"You are not authorized to complete stores_info_detail action."_s);
    if (path == u"/v2/info/import"_s) {
        return jsonBody(QJsonObject{
            {u"import-methods"_s,
             QJsonObject{{u"description"_s, u"Import methods available."_s},
                         {u"type"_s, u"array"_s},
                         {u"value"_s, QJsonArray{u"glance-direct"_s, u"web-download"_s, u"copy-image"_s}}}}});
    }
    if (path == u"/v2/info/usage"_s)
        return usage();
    if (path == u"/v2/schemas/image"_s)
        return jsonBody(imageSchema());
    if (path == u"/v2/metadefs/namespaces"_s) {
        QJsonArray list;
        for (const Namespace& space : namespaces()) {
            list.append(QJsonObject{
                {u"namespace"_s, space.name},
                {u"display_name"_s, space.displayName},
                {u"visibility"_s, u"public"_s},
                {u"protected"_s, true},
                {u"resource_type_associations"_s,
                 QJsonArray{QJsonObject{{u"name"_s, u"OS::Glance::Image"_s}, {u"prefix"_s, space.prefix}}}}});
        }
        return jsonBody(QJsonObject{{u"namespaces"_s, list},
                                    {u"first"_s, u"/v2/metadefs/namespaces"_s},
                                    {u"schema"_s, u"/v2/schemas/metadefs/namespaces"_s}});
    }
    if (const auto match = namespacePath.match(path); match.hasMatch())
        return metadefNamespace(request, QUrl::fromPercentEncoding(match.captured(1).toUtf8()));
    if (const auto match = tasksPath.match(path); match.hasMatch())
        return tasks(QUrl::fromPercentEncoding(match.captured(1).toUtf8()));
    return DemoResponse::htmlError(404, u"404 Not Found"_s, u"The resource could not be found."_s);
}

DemoResponse GlanceV2InfoService::stores() const
{
    QJsonArray list{
        QJsonObject{{u"id"_s, u"fast"_s},
                    {u"description"_s, u"Fast SSD-backed store for images in daily use"_s},
                    {u"default"_s, true}},
        QJsonObject{{u"id"_s, u"cold"_s}, {u"description"_s, u"Slower, cheaper store for archived images"_s}},
    };
    QStringList listed{u"fast"_s, u"cold"_s};
    for (const DemoImage& image : m_catalog.images()) {
        const QStringList ids = image.glance.value(u"stores"_s).toString().split(u',', Qt::SkipEmptyParts);
        for (const QString& id : ids) {
            if (listed.contains(id))
                continue;
            listed.append(id);
            list.append(QJsonObject{{u"id"_s, id},
                                    {u"description"_s, id == u"ceph"_s ? u"Ceph RBD pool (no byte ranges)"_s
                                                                       : u"Local file store"_s}});
        }
    }
    return jsonBody(QJsonObject{{u"stores"_s, list}});
}

DemoResponse GlanceV2InfoService::usage() const
{
    constexpr qint64 kMiB = 1024 * 1024;
    qint64 count = 0;
    qint64 bytes = 0;
    qint64 uploading = 0;
    for (const DemoImage& image : m_catalog.images()) {
        if (image.glance.value(u"owner"_s).toString() != kDemoProject)
            continue;
        ++count;
        bytes += image.dataSize;
        if (image.glance.value(u"status"_s).toString() == u"uploading"_s)
            ++uploading;
    }
    const auto quota = [](qint64 limit, qint64 used) {
        return QJsonObject{{u"limit"_s, limit}, {u"usage"_s, used}};
    };
    return jsonBody(
        QJsonObject{{u"usage"_s, QJsonObject{
                                     {u"image_count_total"_s, quota(100, count)},
                                     {u"image_size_total"_s, quota(20480, (bytes + kMiB - 1) / kMiB)},
                                     {u"image_stage_total"_s, quota(-1, 0)},
                                     {u"image_count_uploading"_s, quota(5, uploading)},
                                 }}});
}

DemoResponse GlanceV2InfoService::tasks(const QString& imageId) const
{
    if (!m_catalog.find(imageId))
        return DemoResponse::htmlError(404, u"404 Not Found"_s, u"No image found with ID %1"_s.arg(imageId));
    QJsonArray list;
    if (imageId == taskImageId()) {
        list.append(task(u"6f1c2b3a-0d4e-4f5a-8b6c-7d8e9f0a1b21"_s, u"processing"_s, u"copy-image"_s,
                         QJsonArray{u"cold"_s}, u"Copied 15 MiB"_s, u"2025-12-01T09:00:00.000000"_s,
                         u"2025-12-01T09:02:30.000000"_s));
        list.append(task(u"6f1c2b3a-0d4e-4f5a-8b6c-7d8e9f0a1b22"_s, u"failure"_s, u"copy-image"_s,
                         QJsonArray{u"cold"_s},
                         u"Image import to store cold failed: no space left on the store"_s,
                         u"2025-11-28T14:10:00.000000"_s, u"2025-11-28T14:12:41.000000"_s));
        list.append(task(u"6f1c2b3a-0d4e-4f5a-8b6c-7d8e9f0a1b23"_s, u"success"_s, u"web-download"_s,
                         QJsonArray{u"fast"_s}, QString(), u"2014-05-05T17:15:10.000000"_s,
                         u"2014-05-05T17:15:11.000000"_s));
    }
    return jsonBody(QJsonObject{{u"tasks"_s, list}});
}

DemoResponse GlanceV2InfoService::metadefNamespace(const DemoRequest& request, const QString& name) const
{
    // As Glance: with resource_type=OS::Glance::Image, the property names carry that type's prefix.
    const bool prefixed =
        request.query().queryItemValue(u"resource_type"_s, QUrl::FullyDecoded) == u"OS::Glance::Image"_s;
    for (const Namespace& space : namespaces()) {
        if (space.name != name)
            continue;
        QJsonObject properties;
        for (auto it = space.properties.begin(); it != space.properties.end(); ++it)
            properties.insert(prefixed ? space.prefix + it.key() : it.key(), it.value());
        return jsonBody(QJsonObject{{u"namespace"_s, space.name},
                                    {u"display_name"_s, space.displayName},
                                    {u"properties"_s, properties}});
    }
    return DemoResponse::htmlError(404, u"404 Not Found"_s, u"Metadata definition namespace not found"_s);
}

} // namespace Skylight
