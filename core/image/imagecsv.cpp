// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/imagecsv.h"

#include "image/imagerecordjson.h"
#include "image/nesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
QString cellText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {}; // null: no text at all (an empty text is quoted)
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String:
        return value.toString().isNull() ? u""_s : value.toString();
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        bool allStrings = true;
        QStringList parts;
        for (const QJsonValue& item : array) {
            allStrings = allStrings && item.isString();
            parts << item.toString();
        }
        if (allStrings)
            return array.isEmpty() ? u""_s : parts.join(u';');
        return QString::fromUtf8(Nesting::compactJson(array));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(Nesting::compactJson(value));
    }
    return {};
}

QByteArray quoted(QString cell)
{
    if (cell.isEmpty())
        return cell.isNull() ? QByteArray() : QByteArrayLiteral("\"\"");
    if (!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front()))
        cell.prepend(u'\'');
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r'))
        cell = u'"' + QString(cell).replace(u"\""_s, u"\"\""_s) + u'"';
    return cell.toUtf8();
}
} // namespace

QByteArray toCsv(const QList<ImageRecord>& records, CsvOptions options)
{
    QByteArray out;
    if (options.byteOrderMark)
        out += "\xEF\xBB\xBF";
    QByteArrayList header;
    for (const QString& key : contractKeys())
        header << quoted(key);
    out += header.join(',') + "\r\n";
    for (const ImageRecord& record : records) {
        const QJsonObject object = toContractJson(record);
        QByteArrayList row;
        for (const QString& key : contractKeys()) {
            row << quoted(cellText(object.value(key)));
        }
        out += row.join(',') + "\r\n";
    }
    return out;
}

} // namespace Skylight
