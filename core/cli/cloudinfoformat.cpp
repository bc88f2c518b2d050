// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/cloudinfoformat.h"

#include "image/datasize.h"
#include "net/terminaltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Skylight::CloudInfoFormat {

namespace {
// Columns padded to the widest cell; the last one is not padded. Every cell is escaped.
QString table(const QStringList& header, const QList<QStringList>& rawRows)
{
    QList<QStringList> rows{header};
    for (const QStringList& raw : rawRows) {
        QStringList row;
        for (const QString& cell : raw)
            row.append(terminalSafe(cell));
        rows.append(row);
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    QString out;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QStringList& row = rows.at(r);
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                line += u"  "_s;
            line += c + 1 == row.size() ? row.at(c) : row.at(c).leftJustified(widths.at(c));
        }
        while (line.endsWith(u' ')) // an empty last cell leaves no trailing blanks
            line.chop(1);
        out += line + u'\n';
        if (r == 0) {
            QStringList rule;
            for (qsizetype width : widths)
                rule.append(QString(width, u'-'));
            out += rule.join(u"  "_s) + u'\n';
        }
    }
    return out;
}

QByteArray json(const QJsonObject& object)
{
    return terminalSafeJson(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString yesNo(bool value)
{
    return value ? u"yes"_s : u"no"_s;
}

QString timeText(const std::optional<QDateTime>& time)
{
    return time ? time->toUTC().toString(Qt::ISODate) : u"-"_s;
}

QString quantity(const UsageEntry& entry, const std::optional<qint64>& value, bool isLimit)
{
    if (!value)
        return u"-"_s;
    if (isLimit && *value < 0)
        return u"unlimited"_s;
    constexpr qint64 kMiB = 1024 * 1024;
    if (entry.isMebibytes() && *value >= 0 && *value < std::numeric_limits<qint64>::max() / kMiB)
        return dataSizeText(*value * kMiB);
    return QLocale(QLocale::English).toString(*value);
}
} // namespace

QString storesTable(const ImageStoreList& stores, const std::optional<ImportInfo>& import)
{
    QStringList header{u"ID"_s, u"DEFAULT"_s, u"READ-ONLY"_s};
    if (stores.detailed)
        header.append(u"TYPE"_s);
    header.append(u"DESCRIPTION"_s);
    QList<QStringList> rows;
    for (const ImageStore& store : stores.stores) {
        QStringList row{store.id, yesNo(store.isDefault), yesNo(store.readOnly)};
        if (stores.detailed)
            row.append(store.type.value_or(u"-"_s));
        row.append(store.description);
        rows.append(row);
    }
    QString out = table(header, rows);
    if (import) {
        out += u"\nImport methods: %1\n"_s.arg(
            import->methods.isEmpty() ? u"none"_s : terminalSafe(import->methods.join(u", "_s)));
    }
    return out;
}

QByteArray storesJson(const ImageStoreList& stores, const std::optional<ImportInfo>& import)
{
    QJsonArray array;
    for (const ImageStore& store : stores.stores)
        array.append(store.toJson());
    QJsonObject object{{u"stores"_s, array}};
    if (import)
        object.insert(u"import-methods"_s, QJsonArray::fromStringList(import->methods));
    return json(object);
}

QJsonObject importState(const QJsonObject& properties)
{
    QJsonObject state;
    for (const QString& key : {u"os_glance_importing_to_stores"_s, u"os_glance_failed_import"_s}) {
        if (properties.contains(key))
            state.insert(key, properties.value(key));
    }
    return state;
}

QString tasksTable(const ImageTaskList& tasks, const QJsonObject& importState)
{
    QString state;
    const auto storesLine = [&](const QString& key, const QString& label) {
        if (!importState.contains(key))
            return;
        const QJsonValue value = importState.value(key);
        const QString stores =
            value.isString()
                ? value.toString()
                : QString::fromUtf8(QJsonDocument(QJsonObject{{key, value}}).toJson(QJsonDocument::Compact));
        state += u"%1 (%2): %3\n"_s.arg(label, key, stores.isEmpty() ? u"none"_s : terminalSafe(stores));
    };
    storesLine(u"os_glance_importing_to_stores"_s, u"Importing to stores"_s);
    storesLine(u"os_glance_failed_import"_s, u"Failed imports"_s);
    if (!state.isEmpty())
        state.prepend(u'\n');
    if (tasks.tasks.isEmpty())
        return u"No tasks: nothing is being imported or copied for this image.\n"_s + state;
    QList<QStringList> rows;
    for (const ImageTask& task : tasks.tasks) {
        rows.append({task.id, task.status, task.method.isEmpty() ? task.type : task.method,
                     task.stores.isEmpty() ? u"-"_s : task.stores.join(u","_s), timeText(task.createdAt),
                     timeText(task.updatedAt), task.message.value_or(QString())});
    }
    return table({u"ID"_s, u"STATUS"_s, u"METHOD"_s, u"STORES"_s, u"CREATED"_s, u"UPDATED"_s, u"MESSAGE"_s},
                 rows) +
           state;
}

QByteArray tasksJson(const ImageTaskList& tasks, const QJsonObject& importState)
{
    QJsonArray array;
    for (const ImageTask& task : tasks.tasks)
        array.append(task.raw);
    QJsonObject object = importState;
    object.insert(u"tasks"_s, array);
    return json(object);
}

QString usageLabel(const QString& key)
{
    if (key == u"image_count_total"_s)
        return u"Images"_s;
    if (key == u"image_size_total"_s)
        return u"Total size"_s;
    if (key == u"image_stage_total"_s)
        return u"Staging area"_s;
    if (key == u"image_count_uploading"_s)
        return u"Uploading"_s;
    return key;
}

QString usageTable(const ImageUsage& usage)
{
    if (usage.entries.isEmpty())
        return u"No quotas: this cloud enforces none on images.\n"_s;
    QList<QStringList> rows;
    for (const UsageEntry& entry : usage.entries) {
        rows.append({usageLabel(entry.key), quantity(entry, entry.usage, false),
                     quantity(entry, entry.limit, true), entry.key});
    }
    return table({u"QUOTA"_s, u"USED"_s, u"LIMIT"_s, u"KEY"_s}, rows);
}

QByteArray usageJson(const ImageUsage& usage)
{
    return json(QJsonObject{{u"usage"_s, usage.toJson()}});
}

} // namespace Skylight::CloudInfoFormat
