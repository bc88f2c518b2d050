// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "peer/peertables.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace Skylight::Test {

// The rows of a table printed by python-glanceclient (prettytable): the header first. A cell
// wrapped over several lines (print_dict wraps values at 80 columns) is joined again.
QList<QStringList> prettyTable(const QByteArray& output)
{
    QList<QStringList> rows;
    for (const QByteArray& rawLine : output.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (!line.startsWith(u'|'))
            continue;
        QStringList cells = line.mid(1, line.size() - 2).split(u'|');
        for (QString& cell : cells)
            cell = cell.trimmed();
        // A continuation line: an empty first cell in a data row (the tables read here have none).
        if (rows.size() > 1 && cells.first().isEmpty()) {
            QStringList& previous = rows.last();
            for (qsizetype c = 1; c < cells.size() && c < previous.size(); ++c) {
                if (cells.at(c).isEmpty())
                    continue;
                previous[c] += previous.at(c).endsWith(u'-') ? cells.at(c) : u' ' + cells.at(c);
            }
            continue;
        }
        rows.append(cells);
    }
    return rows;
}

QSet<QString> idsOf(const QJsonArray& array, const QString& key)
{
    QSet<QString> ids;
    for (const QJsonValue& entry : array)
        ids.insert(entry.toObject().value(key).toString());
    return ids;
}

QString idList(const QSet<QString>& ids)
{
    QStringList sorted(ids.begin(), ids.end());
    sorted.sort();
    return sorted.join(u", "_s);
}

std::optional<QDateTime> utc(const QJsonValue& value)
{
    QString text = value.toString();
    if (text.isEmpty())
        return std::nullopt;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.timeSpec() == Qt::LocalTime) // Glance writes UTC, with or without the Z
        time.setTimeZone(QTimeZone::utc());
    return time.toUTC();
}
QString listingDisagreement(const QSet<QString>& ours, const QSet<QString>& before,
                            const QSet<QString>& after)
{
    const QSet<QString> missing = (before & after) - ours;
    const QSet<QString> extra = ours - (before | after);
    if (missing.isEmpty() && extra.isEmpty())
        return {};
    return u"missing: %1; not listed by the other client: %2"_s.arg(idList(missing), idList(extra));
}

} // namespace Skylight::Test
