// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/imagetextformat.h"

#include "image/datasize.h"
#include "image/imagerecordjson.h"
#include "image/nesting.h"
#include "net/terminaltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
QString textOr(const std::optional<QString>& value, const QString& absent)
{
    return value ? *value : absent;
}

QString sizeText(const std::optional<qint64>& bytes, const QString& absent)
{
    if (!bytes)
        return absent;
    return dataSizeText(*bytes);
}

QString renderTable(const QStringList& header, const QList<QStringList>& rawRows)
{
    // Every cell may come from the server: shown, never obeyed by the terminal.
    QList<QStringList> rows;
    rows.reserve(rawRows.size());
    for (const QStringList& raw : rawRows) {
        QStringList row;
        row.reserve(raw.size());
        for (const QString& cell : raw)
            row.append(terminalSafe(cell));
        rows.append(row);
    }
    QList<qsizetype> widths;
    for (const QString& title : header)
        widths.append(title.size());
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    const auto line = [&](const QStringList& cells) -> QString {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                text += u"  "_s;
            text += c + 1 == cells.size() ? cells.at(c) : cells.at(c).leftJustified(widths.at(c));
        }
        return text + u'\n';
    };
    QString out = line(header);
    QStringList rule;
    for (qsizetype width : widths)
        rule.append(QString(width, u'-'));
    out += line(rule);
    for (const QStringList& row : rows)
        out += line(row);
    return out;
}

QString scalar(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return u"null"_s;
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return QString::fromUtf8(Nesting::compactJson(value)); // an object or array
}
} // namespace

QStringList imageTableHeader()
{
    return {u"ID"_s, u"Name"_s, u"Status"_s, u"Size"_s, u"Disk"_s, u"Visibility"_s, u"Created"_s};
}

QStringList imageTableRow(const ImageRecord& record)
{
    return {record.id,
            textOr(record.name, u"-"_s),
            textOr(record.status, u"-"_s),
            sizeText(record.size, u"-"_s),
            textOr(record.diskFormat, u"-"_s),
            textOr(record.visibility, u"-"_s) +
                (record.properties.value(u"os_hidden"_s).toBool() ? u" (hidden)"_s : QString()),
            isoUtc(record.createdAt)};
}

QString formatImageTable(const QList<ImageRecord>& records)
{
    QList<QStringList> rows;
    rows.reserve(records.size());
    for (const ImageRecord& record : records)
        rows.append(imageTableRow(record));
    return renderTable(imageTableHeader(), rows);
}

QString formatImageDetails(const ImageRecord& record, const QString& dialectNote)
{
    const QJsonObject json = toContractJson(record);
    QList<QStringList> rows;
    for (const QString& key : contractKeys()) {
        if (key == u"links"_s || key == u"properties"_s)
            continue;
        QString value = scalar(json.value(key));
        if (key == u"size"_s || key == u"virtual_size"_s) {
            if (json.value(key).isDouble())
                value +=
                    u" ("_s + sizeText(static_cast<qint64>(json.value(key).toDouble()), QString()) + u')';
        }
        if (key == u"dialect"_s && !dialectNote.isEmpty())
            value += u' ' + dialectNote;
        rows.append({key, value});
    }
    for (auto it = record.properties.begin(); it != record.properties.end(); ++it)
        rows.append({u"properties."_s + it.key(), scalar(it.value())});
    for (const ImageLink& link : record.links)
        rows.append(
            {u"links."_s + link.rel, link.href + (link.type ? u" ("_s + *link.type + u')' : QString())});
    return renderTable({u"Field"_s, u"Value"_s}, rows);
}

QString formatTextTable(const QStringList& header, const QList<QStringList>& rows)
{
    return renderTable(header, rows);
}

} // namespace Skylight
