// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagerecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Skylight {

// The text of a listing, page by page, so that `list` prints each page as it arrives and keeps
// none of them (memory stays flat in the number of images):
// - table: the header and the columns' widths come from the first page; a longer value on a
//   later page is cut and ends in "…" (the last column is never cut: nothing follows it). Every
//   cell is made terminal-safe first.
// - json: the same bytes as one QJsonDocument of the whole array (indented): "[" before the
//   first image, one object after another, "]" at the end.
// end() closes what was begun: the table header alone when no image came, the JSON array (also
// after a failure midway, so that standard output stays valid JSON; with no page at all it is
// "[]"). Callers that failed before any page print nothing (beginning() tells).
class ImageListPrinter
{
public:
    enum class Format
    {
        Table,
        Json
    };

    explicit ImageListPrinter(Format format);

    // A whole page: part() and endPage().
    QByteArray page(const QList<ImageRecord>& records);
    // Some images of a page, what to print for them now. A table's columns are sized from the
    // first page, so its rows are kept (as text, not records) until that page ends.
    QByteArray part(const QList<ImageRecord>& records);
    QByteArray endPage();
    QByteArray end();
    // No page has been printed yet.
    bool beginning() const { return !m_begun; }

private:
    QByteArray firstTablePage();
    QByteArray tableRows(const QList<ImageRecord>& records) const;
    QByteArray jsonPage(const QList<ImageRecord>& records);
    QByteArray tableLine(const QStringList& cells) const;
    void keepRows(const QList<ImageRecord>& records);

    Format m_format;
    bool m_begun = false;
    QList<qsizetype> m_widths;
    // The first page's rows until it ends: each row's terminal-safe cells joined by U+0000 (which
    // terminal-safe text never holds), so that a large first page costs its text and no more.
    QList<QString> m_firstRows;
};

} // namespace Skylight
