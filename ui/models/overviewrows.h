// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagerecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QVariant>

namespace Skylight {

class ImageSchema;

// What the details' Overview shows of an image, for people: labels in words ("Disk format"),
// sizes with their unit and exact byte count, minimum disk and RAM with units, times in local
// time with their age ("3 days ago", the UTC value as tooltip), and the image's custom
// properties in a section of their own. Each row keeps its raw name ("disk_format") for power
// users. The image table and the compare dialog share the labels and value texts. With the cloud's
// image schema, each row carries the schema's description, a property is called by its metadata
// definition's title ("Disk Bus" for hw_disk_bus) where the cloud has one, and the properties
// are in three sections: other fields of the schema, custom properties, system ones (os_glance_*).
class OverviewRows
{
    Q_DECLARE_TR_FUNCTIONS(Skylight::OverviewRows)
public:
    struct Row
    {
        QString key;         // the raw name: "disk_format", or a custom property's own name; "" for a section
        QString label;       // "Disk format"; a section's title
        QString text;        // the value as shown
        QString toolTip;     // more about the value (the exact UTC time); empty: the text
        QString description; // what the cloud's schema says of the field (plain server text)
        QVariant raw;        // the value as the JSON form has it (null when absent)
        bool absent = false;
        bool section = false; // a heading row ("Custom properties")
    };

    // The base fields in reading order, then (when the image has any) a "Custom properties"
    // heading and one row per property. `now` gives the times' age. With a (non-empty) `schema`,
    // descriptions and titles are added and the properties are grouped by kind (see above).
    static QList<Row> rows(const ImageRecord& record, const QDateTime& now, const QLocale& locale = {},
                           const ImageSchema* schema = nullptr);
    // The name the image schema gives the field of `key` ("os_hash_algo" for "hash_algo").
    static QString schemaName(const QString& key);

    // "Disk format" for "disk_format"; the key itself for a name not known here.
    static QString fieldLabel(const QString& key);
    // "1,023 bytes", "12.6 MiB (13,167,616 bytes)".
    static QString sizeText(qint64 bytes, const QLocale& locale = {});
    // "20 GiB" (Glance's min_disk is in GiB), "512 MiB" (min_ram in MiB).
    static QString minDiskText(qint64 gib, const QLocale& locale = {});
    static QString minRamText(qint64 mib, const QLocale& locale = {});
    // "just now", "5 minutes ago", "3 days ago"; a time ahead of `now` by more than a few
    // minutes (a server clock ahead of ours) is not given a negative age.
    static QString ageText(const QDateTime& when, const QDateTime& now);
    // "29/11/2026 14:03 (3 days ago)" in local time.
    static QString timeText(const QDateTime& when, const QDateTime& now, const QLocale& locale = {});
    // The `image_type` property: "snapshot" is an instance snapshot, anything else an image.
    static bool isSnapshot(const QJsonObject& properties);
    // Whether the image is hidden from default listings (`os_hidden` true, as a boolean or text).
    static bool isHidden(const QJsonObject& properties);
    // The stores the image's data is in (Image API v2's `stores`, "a,b"), as "a, b"; null when
    // the record has none.
    static QString storesText(const QJsonObject& properties);
    static QString typeText(bool snapshot);
    static QString yesNo(bool value);
};

} // namespace Skylight
