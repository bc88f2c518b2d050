// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "models/overviewrows.h"

#include "image/datasize.h"
#include "image/imagerecordjson.h"
#include "image/imageschema.h"
#include "models/keyvaluetablemodel.h"

#include <QJsonArray>
#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr qsizetype kMaxTitle = 48; // characters of a metadata title used as a label
}

namespace {

// tr()'s count is an int; a larger count keeps its last nine digits (what plural rules look at)
// and stays large (never "one").
int pluralCount(qint64 count)
{
    if (count < 0)
        return 0;
    return count <= INT_MAX ? int(count) : int(1'000'000'000 + count % 1'000'000'000);
}

// How far ahead of our clock a server's time may be and still read as "just now".
constexpr qint64 kSkewSeconds = 5 * 60;

} // namespace

QString OverviewRows::fieldLabel(const QString& key)
{
    static const QHash<QString, const char*> labels{
        {u"id"_s, QT_TR_NOOP("ID")},
        {u"name"_s, QT_TR_NOOP("Name")},
        {u"image_type"_s, QT_TR_NOOP("Type")},
        {u"status"_s, QT_TR_NOOP("Status")},
        {u"size"_s, QT_TR_NOOP("Size")},
        {u"virtual_size"_s, QT_TR_NOOP("Virtual size")},
        {u"disk_format"_s, QT_TR_NOOP("Disk format")},
        {u"container_format"_s, QT_TR_NOOP("Container format")},
        {u"min_disk"_s, QT_TR_NOOP("Minimum disk")},
        {u"min_ram"_s, QT_TR_NOOP("Minimum RAM")},
        {u"checksum"_s, QT_TR_NOOP("Checksum (MD5)")},
        {u"hash_algo"_s, QT_TR_NOOP("Hash algorithm")},
        {u"hash_value"_s, QT_TR_NOOP("Hash")},
        {u"visibility"_s, QT_TR_NOOP("Visibility")},
        {u"protected"_s, QT_TR_NOOP("Protected")},
        {u"owner"_s, QT_TR_NOOP("Owner")},
        {u"created_at"_s, QT_TR_NOOP("Created")},
        {u"updated_at"_s, QT_TR_NOOP("Updated")},
        {u"progress"_s, QT_TR_NOOP("Progress")},
        {u"tags"_s, QT_TR_NOOP("Tags")},
        {u"links"_s, QT_TR_NOOP("Links")},
        {u"properties"_s, QT_TR_NOOP("Custom properties")},
        {u"dialect"_s, QT_TR_NOOP("API dialect")},
    };
    const char* label = labels.value(key);
    return label ? tr(label) : key;
}

QString OverviewRows::sizeText(qint64 bytes, const QLocale& locale)
{
    const QString exact = locale.toString(bytes);
    if (bytes < 1024)
        return tr("%1 byte(s)", nullptr, pluralCount(bytes)).arg(exact);
    //: %1 the size in units ("12.6 MiB"), %2 the exact number of bytes ("13,167,616")
    return tr("%1 (%2 byte(s))", nullptr, pluralCount(bytes)).arg(dataSizeText(bytes, locale), exact);
}

QString OverviewRows::minDiskText(qint64 gib, const QLocale& locale)
{
    return tr("%1 GiB").arg(locale.toString(gib));
}

QString OverviewRows::minRamText(qint64 mib, const QLocale& locale)
{
    return tr("%1 MiB").arg(locale.toString(mib));
}

QString OverviewRows::ageText(const QDateTime& when, const QDateTime& now)
{
    const qint64 seconds = when.secsTo(now);
    if (seconds < -kSkewSeconds)
        return tr("ahead of this computer's clock");
    if (seconds < 60)
        return tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, pluralCount(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%n hour(s) ago", nullptr, pluralCount(hours));
    const qint64 days = hours / 24;
    if (days < 31)
        return tr("%n day(s) ago", nullptr, pluralCount(days));
    if (days < 365)
        return tr("%n month(s) ago", nullptr, pluralCount(days / 30));
    return tr("%n year(s) ago", nullptr, pluralCount(days / 365));
}

QString OverviewRows::timeText(const QDateTime& when, const QDateTime& now, const QLocale& locale)
{
    //: %1 a date and time ("29/11/2026 14:03"), %2 its age ("3 days ago")
    return tr("%1 (%2)").arg(locale.toString(when.toLocalTime(), QLocale::ShortFormat), ageText(when, now));
}

bool OverviewRows::isSnapshot(const QJsonObject& properties)
{
    return properties.value(u"image_type"_s).toString().compare(u"snapshot"_s, Qt::CaseInsensitive) == 0;
}

bool OverviewRows::isHidden(const QJsonObject& properties)
{
    const QJsonValue hidden = properties.value(u"os_hidden"_s);
    return hidden.isBool() ? hidden.toBool()
                           : hidden.toString().trimmed().compare(u"true"_s, Qt::CaseInsensitive) == 0;
}

QString OverviewRows::storesText(const QJsonObject& properties)
{
    const QJsonValue stores = properties.value(u"stores"_s);
    // Bounded: a row of the image table holds it.
    constexpr qsizetype kMaxStores = 64;
    constexpr qsizetype kMaxName = 64;
    QStringList names;
    if (stores.isArray()) {
        for (const QJsonValue& store : stores.toArray())
            names.append(store.toString().trimmed());
    } else if (stores.isString()) {
        names = stores.toString().split(u',');
        for (QString& name : names)
            name = name.trimmed();
    } else {
        return {};
    }
    names.removeAll(QString());
    if (names.size() > kMaxStores)
        names = names.first(kMaxStores) << u"…"_s;
    for (QString& name : names) {
        if (name.size() > kMaxName)
            name = name.left(kMaxName - 1) + u'…';
    }
    return names.join(u", "_s);
}

QString OverviewRows::typeText(bool snapshot)
{
    return snapshot ? tr("Instance snapshot") : tr("Image");
}

QString OverviewRows::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString OverviewRows::schemaName(const QString& key)
{
    if (key == u"hash_algo"_s)
        return u"os_hash_algo"_s;
    if (key == u"hash_value"_s)
        return u"os_hash_value"_s;
    return key;
}

QList<OverviewRows::Row> OverviewRows::rows(const ImageRecord& record, const QDateTime& now,
                                            const QLocale& locale, const ImageSchema* schema)
{
    if (schema && schema->isEmpty())
        schema = nullptr;
    const QJsonObject json = toContractJson(record);
    QList<Row> rows;
    const auto add = [&](const QString& key, bool present, const QString& text, const QString& toolTip = {}) {
        Row row;
        row.key = key;
        row.label = fieldLabel(key);
        row.raw = json.value(key).toVariant();
        row.absent = !present;
        row.text = present ? text : tr("unknown");
        row.toolTip = toolTip;
        rows.append(row);
    };
    const auto text = [&add](const QString& key, const std::optional<QString>& value) {
        add(key, value.has_value(), value.value_or(QString()));
    };
    const auto size = [&](const QString& key, const std::optional<qint64>& bytes) {
        add(key, bytes.has_value(), bytes ? sizeText(*bytes, locale) : QString());
    };
    const auto time = [&](const QString& key, const std::optional<QDateTime>& when) {
        const bool valid = when && when->isValid();
        add(key, valid, valid ? timeText(*when, now, locale) : QString(), isoUtc(when));
    };

    add(u"id"_s, true, record.id);
    text(u"name"_s, record.name);
    {
        add(u"image_type"_s, true, typeText(isSnapshot(record.properties)));
        const QJsonValue type = record.properties.value(u"image_type"_s);
        rows.last().raw = type.toVariant();
        rows.last().toolTip = type.isUndefined() ? QString() : KeyValueTableModel::displayText(type);
    }
    text(u"status"_s, record.status);
    text(u"visibility"_s, record.visibility);
    add(u"protected"_s, record.isProtected.has_value(), yesNo(record.isProtected.value_or(false)));
    size(u"size"_s, record.size);
    size(u"virtual_size"_s, record.virtualSize);
    text(u"disk_format"_s, record.diskFormat);
    text(u"container_format"_s, record.containerFormat);
    add(u"min_disk"_s, record.minDisk.has_value(), minDiskText(record.minDisk.value_or(0), locale));
    add(u"min_ram"_s, record.minRam.has_value(), minRamText(record.minRam.value_or(0), locale));
    time(u"created_at"_s, record.createdAt);
    time(u"updated_at"_s, record.updatedAt);
    text(u"owner"_s, record.owner);
    text(u"checksum"_s, record.checksum);
    text(u"hash_algo"_s, record.hashAlgo);
    text(u"hash_value"_s, record.hashValue);
    add(u"progress"_s, record.progress.has_value(),
        //: a percentage: %1 the number
        tr("%1%").arg(locale.toString(record.progress.value_or(0))));
    add(u"tags"_s, record.tags.has_value(),
        //: what separates the tags of an image in a list ("a, b, c"; Chinese: 、)
        record.tags.value_or(QStringList()).join(tr(", ", "list separator")));
    add(u"dialect"_s, true, dialectName(record.dialect));

    if (schema) {
        for (Row& row : rows)
            row.description = schema->description(schemaName(row.key));
    }
    if (record.properties.isEmpty())
        return rows;
    // Without a schema, one section; with one, a section per kind (empty ones left out).
    constexpr int kGroups = 3;
    QList<Row> groups[kGroups];
    for (auto it = record.properties.begin(); it != record.properties.end(); ++it) {
        Row row;
        row.key = it.key();
        row.label = it.key(); // the image's own name for it
        row.raw = it.value().toVariant();
        row.absent = it.value().isNull();
        row.text = KeyValueTableModel::displayText(it.value());
        int group = int(ImageSchema::Group::Custom);
        if (schema) {
            row.description = schema->description(it.key());
            group = int(schema->group(it.key()));
            // A friendly title where the cloud has one, for custom properties only (a title must
            // not pass one field off as another) and short (it sizes the column); the raw name
            // stays in the tooltip.
            const QString title = schema->title(it.key()).simplified();
            if (group == int(ImageSchema::Group::Custom) && !title.isEmpty() && title.size() <= kMaxTitle)
                row.label = title;
        }
        groups[group].append(row);
    }
    const QString headings[kGroups] = {tr("Other fields"), fieldLabel(u"properties"_s),
                                       tr("System properties")};
    for (int group = 0; group < kGroups; ++group) {
        if (groups[group].isEmpty())
            continue;
        Row heading;
        heading.label = headings[group];
        heading.section = true;
        rows.append(heading);
        rows.append(groups[group]);
    }
    return rows;
}

} // namespace Skylight
