// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/imagelistprinter.h"

#include "cli/imagetextformat.h"
#include "image/imagerecordjson.h"
#include "net/terminaltext.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
// No column is wider than this, however long a value of the first page: every later row is
// padded to the widths, so one long first-page value would otherwise widen (and multiply) them all.
constexpr qsizetype kMaxColumnWidth = 80;

// A value cut to `width` characters, ending in "…" (a surrogate pair is never split).
QString cut(const QString& text, qsizetype width)
{
    if (text.size() <= width)
        return text;
    qsizetype keep = std::max<qsizetype>(width - 1, 0);
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + u'…';
}

QStringList safeRow(const QStringList& cells)
{
    QStringList row;
    row.reserve(cells.size());
    for (const QString& cell : cells)
        row.append(terminalSafe(cell));
    return row;
}
} // namespace

ImageListPrinter::ImageListPrinter(Format format)
    : m_format(format)
{}

QByteArray ImageListPrinter::page(const QList<ImageRecord>& records)
{
    if (records.isEmpty())
        return {};
    return m_format == Format::Json ? jsonPage(records) : tablePage(records);
}

QByteArray ImageListPrinter::end()
{
    if (m_format == Format::Json)
        return m_begun ? "\n]\n" : "[\n]\n";
    if (m_begun)
        return {};
    return tablePage({});
}

QByteArray ImageListPrinter::tableLine(const QStringList& cells) const
{
    QString text;
    for (qsizetype c = 0; c < cells.size(); ++c) {
        if (c > 0)
            text += u"  "_s;
        const bool last = c + 1 == cells.size();
        text += last ? cut(cells.at(c), kMaxColumnWidth)
                     : cut(cells.at(c), m_widths.at(c)).leftJustified(m_widths.at(c));
    }
    text += u'\n';
    return text.toUtf8();
}

QByteArray ImageListPrinter::tablePage(const QList<ImageRecord>& records)
{
    QList<QStringList> rows;
    rows.reserve(records.size());
    for (const ImageRecord& record : records)
        rows.append(safeRow(imageTableRow(record)));
    QByteArray out;
    if (!m_begun) {
        m_begun = true;
        const QStringList header = imageTableHeader();
        m_widths.clear();
        for (const QString& title : header)
            m_widths.append(title.size());
        for (const QStringList& row : rows) {
            for (qsizetype c = 0; c < row.size(); ++c)
                m_widths[c] = std::min(std::max(m_widths[c], row.at(c).size()), kMaxColumnWidth);
        }
        out += tableLine(header);
        QStringList rule;
        for (qsizetype width : m_widths)
            rule.append(QString(width, u'-'));
        out += tableLine(rule);
    }
    for (const QStringList& row : rows)
        out += tableLine(row);
    return out;
}

QByteArray ImageListPrinter::jsonPage(const QList<ImageRecord>& records)
{
    // Each object as QJsonDocument writes it inside an array: one level (four spaces) deeper.
    QByteArray out;
    for (const ImageRecord& record : records) {
        QByteArray object = QJsonDocument(toContractJson(record)).toJson(QJsonDocument::Indented);
        if (object.endsWith('\n'))
            object.chop(1);
        out += m_begun ? ",\n    " : "[\n    ";
        m_begun = true;
        out += object.replace('\n', "\n    ");
    }
    return out;
}

} // namespace Skylight
