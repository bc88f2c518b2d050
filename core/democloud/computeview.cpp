// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "democloud/computeview.h"

#include "democloud/demoimage.h"

#include <QJsonArray>
#include <QSet>
#include <QXmlStreamWriter>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
const QString kComputeNs = u"http://docs.openstack.org/compute/api/v1.1"_s;
const QString kAtomNs = u"http://www.w3.org/2005/Atom"_s;
const QString kSizeNs = u"http://docs.openstack.org/compute/ext/image_size/api/v1.1"_s;

const QSet<QString>& glanceCoreKeys()
{
    static const QSet<QString> keys{u"id"_s,
                                    u"name"_s,
                                    u"status"_s,
                                    u"size"_s,
                                    u"virtual_size"_s,
                                    u"disk_format"_s,
                                    u"container_format"_s,
                                    u"min_disk"_s,
                                    u"min_ram"_s,
                                    u"checksum"_s,
                                    u"os_hash_algo"_s,
                                    u"os_hash_value"_s,
                                    u"visibility"_s,
                                    u"protected"_s,
                                    u"owner"_s,
                                    u"created_at"_s,
                                    u"updated_at"_s,
                                    u"tags"_s,
                                    u"os_hidden"_s};
    return keys;
}

int progressFor(const QString& status)
{
    if (status == u"active"_s)
        return 100;
    if (status == u"saving"_s || status == u"importing"_s || status == u"uploading"_s)
        return 50;
    if (status == u"queued"_s)
        return 25;
    return 0;
}
} // namespace

ComputeView::ComputeView(Dialect flavour, QUrl base, QUrl imageService)
    : m_flavour(flavour)
    , m_base(std::move(base))
    , m_imageService(std::move(imageService))
{}

QString ComputeView::computeStatus(const QString& glanceStatus)
{
    if (glanceStatus == u"active"_s)
        return u"ACTIVE"_s;
    if (glanceStatus == u"queued"_s || glanceStatus == u"saving"_s || glanceStatus == u"importing"_s ||
        glanceStatus == u"uploading"_s)
        return u"SAVING"_s;
    if (glanceStatus == u"deleted"_s || glanceStatus == u"pending_delete"_s)
        return u"DELETED"_s;
    if (glanceStatus == u"killed"_s)
        return u"ERROR"_s;
    return u"UNKNOWN"_s;
}

QJsonObject ComputeView::metadata(const DemoImage& image)
{
    QJsonObject metadata;
    for (auto it = image.glance.begin(); it != image.glance.end(); ++it) {
        if (glanceCoreKeys().contains(it.key()) || it.value().isNull())
            continue;
        metadata.insert(it.key(),
                        it.value().isString() ? it.value().toString() : it.value().toVariant().toString());
    }
    return metadata;
}

QJsonObject ComputeView::extraMetadata(const DemoImage& image) const
{
    QJsonObject extra;
    const QJsonObject& glance = image.glance;
    if (m_flavour == Dialect::Rackspace && !glance.contains(u"image_type"_s))
        extra.insert(u"image_type"_s, glance.contains(u"instance_uuid"_s) ? u"snapshot"_s : u"base"_s);
    if (m_flavour == Dialect::HuaweiEcs && !glance.contains(u"__os_version"_s)) {
        const QString distro = glance.value(u"os_distro"_s).toString();
        extra.insert(u"__os_type"_s, distro == u"windows"_s ? u"Windows"_s : u"Linux"_s);
        extra.insert(u"__os_version"_s, u"%1 %2 64bit"_s
                                            .arg(distro.isEmpty() ? u"Other"_s : distro,
                                                 glance.value(u"os_version"_s).toString())
                                            .simplified());
        extra.insert(u"virtual_env_type"_s, u"FusionCompute"_s);
    }
    return extra;
}

QJsonObject ComputeView::json(const DemoImage& image) const
{
    const QJsonObject& glance = image.glance;
    const QString id = image.id();
    const QString status = glance.value(u"status"_s).toString();
    QJsonObject metadata = ComputeView::metadata(image);
    const QJsonObject extra = extraMetadata(image);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        metadata.insert(it.key(), it.value());

    QUrl bookmark = m_base;
    bookmark.setPath(m_base.path().section(u'/', 0, -3) + u"/images/"_s + id); // without the version
    QUrl alternate = m_imageService;
    alternate.setPath(m_imageService.path() + u"/v2/images/"_s + id);
    QJsonObject out{
        {u"id"_s, id},
        {u"name"_s, glance.value(u"name"_s)},
        {u"status"_s, computeStatus(status)},
        {u"created"_s, glance.value(u"created_at"_s)},
        {u"updated"_s, glance.value(u"updated_at"_s)},
        {u"minDisk"_s, glance.value(u"min_disk"_s).toInt()},
        {u"minRam"_s, glance.value(u"min_ram"_s).toInt()},
        {u"progress"_s, progressFor(status)},
        {u"metadata"_s, metadata},
        {u"links"_s, QJsonArray{QJsonObject{{u"rel"_s, u"self"_s},
                                            {u"href"_s, QString(m_base.toString() + u"/images/"_s + id)}},
                                QJsonObject{{u"rel"_s, u"bookmark"_s}, {u"href"_s, bookmark.toString()}},
                                QJsonObject{{u"rel"_s, u"alternate"_s},
                                            {u"type"_s, u"application/vnd.openstack.image"_s},
                                            {u"href"_s, alternate.toString()}}}},
    };
    if (glance.value(u"size"_s).isDouble())
        out.insert(u"OS-EXT-IMG-SIZE:size"_s, glance.value(u"size"_s));
    if (m_flavour == Dialect::Rackspace) {
        out.insert(u"OS-DCF:diskConfig"_s,
                   glance.value(u"auto_disk_config"_s).toString() == u"True"_s ? u"AUTO"_s : u"MANUAL"_s);
        const QString server = glance.value(u"instance_uuid"_s).toString();
        if (!server.isEmpty()) {
            out.insert(u"server"_s,
                       QJsonObject{{u"id"_s, server},
                                   {u"links"_s,
                                    QJsonArray{QJsonObject{{u"rel"_s, u"self"_s},
                                                           {u"href"_s, QString(m_base.toString() +
                                                                               u"/servers/"_s + server)}}}}});
        }
    }
    return out;
}

namespace {
void writeImage(QXmlStreamWriter& xml, const QJsonObject& image)
{
    xml.writeStartElement(kComputeNs, u"image"_s);
    for (const QString& key : {u"status"_s, u"updated"_s, u"name"_s, u"created"_s, u"minDisk"_s,
                               u"progress"_s, u"minRam"_s, u"id"_s}) {
        const QJsonValue value = image.value(key);
        if (!value.isNull() && !value.isUndefined())
            xml.writeAttribute(key, value.toVariant().toString());
    }
    if (image.contains(u"OS-EXT-IMG-SIZE:size"_s))
        xml.writeAttribute(kSizeNs, u"size"_s, image.value(u"OS-EXT-IMG-SIZE:size"_s).toVariant().toString());
    if (image.contains(u"OS-DCF:diskConfig"_s))
        xml.writeAttribute(u"http://docs.openstack.org/compute/ext/disk_config/api/v1.1"_s, u"diskConfig"_s,
                           image.value(u"OS-DCF:diskConfig"_s).toString());
    xml.writeStartElement(kComputeNs, u"metadata"_s);
    const QJsonObject metadata = image.value(u"metadata"_s).toObject();
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        xml.writeStartElement(kComputeNs, u"meta"_s);
        xml.writeAttribute(u"key"_s, it.key());
        xml.writeCharacters(it.value().toString());
        xml.writeEndElement();
    }
    xml.writeEndElement();
    const QJsonArray links = image.value(u"links"_s).toArray();
    for (const QJsonValue& link : links) {
        xml.writeStartElement(kAtomNs, u"link"_s);
        xml.writeAttribute(u"href"_s, link.toObject().value(u"href"_s).toString());
        xml.writeAttribute(u"rel"_s, link.toObject().value(u"rel"_s).toString());
        if (link.toObject().contains(u"type"_s))
            xml.writeAttribute(u"type"_s, link.toObject().value(u"type"_s).toString());
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void startDocument(QXmlStreamWriter& xml)
{
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(kComputeNs);
    xml.writeNamespace(kAtomNs, u"atom"_s);
    xml.writeNamespace(kSizeNs, u"OS-EXT-IMG-SIZE"_s);
    xml.writeNamespace(u"http://docs.openstack.org/compute/ext/disk_config/api/v1.1"_s, u"OS-DCF"_s);
}
} // namespace

QByteArray ComputeView::xmlImage(const DemoImage& image) const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    startDocument(xml);
    writeImage(xml, json(image));
    xml.writeEndDocument();
    return out;
}

QByteArray ComputeView::xmlImages(const QList<const DemoImage*>& images, const QUrl& next) const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    startDocument(xml);
    xml.writeStartElement(kComputeNs, u"images"_s);
    for (const DemoImage* image : images)
        writeImage(xml, json(*image));
    if (!next.isEmpty()) {
        xml.writeStartElement(kAtomNs, u"link"_s);
        xml.writeAttribute(u"rel"_s, u"next"_s);
        xml.writeAttribute(u"href"_s, next.toString());
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace Skylight
