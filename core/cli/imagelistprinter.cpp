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
    QByteArray out = part(records); // before endPage(): the operands of + are not sequenced
    out += endPage();
    return out;
}

QByteArray ImageListPrinter::part(const QList<ImageRecord>& records)
{
    if (records.isEmpty())
        return {};
    if (m_format == Format::Json)
        return jsonPage(records);
    if (!m_begun) {
        keepRows(records);
        return {};
    }
    return tableRows(records);
}

QByteArray ImageListPrinter::endPage()
{
    if (m_format == Format::Json || m_begun || m_firstRows.isEmpty())
        return {};
    return firstTablePage();
}

QByteArray ImageListPrinter::end()
{
    if (m_format == Format::Json)
        return m_begun ? "\n]\n" : "[\n]\n";
    if (m_begun)
        return {};
    return firstTablePage(); // the header alone when there were no images
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

void ImageListPrinter::keepRows(const QList<ImageRecord>& records)
{
    for (const ImageRecord& record : records)
        m_firstRows.append(safeRow(imageTableRow(record)).join(QChar(0)));
}

QByteArray ImageListPrinter::tableRows(const QList<ImageRecord>& records) const
{
    QByteArray out;
    for (const ImageRecord& record : records)
        out += tableLine(safeRow(imageTableRow(record)));
    return out;
}

QByteArray ImageListPrinter::firstTablePage()
{
    m_begun = true;
    const QStringList header = imageTableHeader();
    m_widths.clear();
    for (const QString& title : header)
        m_widths.append(title.size());
    for (const QString& row : std::as_const(m_firstRows)) {
        const QStringList cells = row.split(QChar(0));
        for (qsizetype c = 0; c < cells.size() && c < m_widths.size(); ++c)
            m_widths[c] = std::min(std::max(m_widths[c], cells.at(c).size()), kMaxColumnWidth);
    }
    QByteArray out = tableLine(header);
    QStringList rule;
    for (qsizetype width : std::as_const(m_widths))
        rule.append(QString(width, u'-'));
    out += tableLine(rule);
    for (const QString& row : std::as_const(m_firstRows))
        out += tableLine(row.split(QChar(0)));
    m_firstRows.clear();
    m_firstRows.squeeze();
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
