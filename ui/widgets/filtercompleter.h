// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCompleter>
#include <QStringList>

class QLineEdit;
class QStringListModel;

namespace Skylight {

class ImageSchema;

// Completes the term being typed last in the filter box (the text after the last space): the
// `key:` terms the filter reads, and, where the cloud's image schema lists the values a field or
// property takes (disk_format, visibility, status, hw_disk_bus...), `key:value` for each. The
// schema's names and values are server text: only plain ones are offered (printable, no space,
// at most kMaxTextChars), at most kMaxEntries in all.
class FilterCompleter : public QCompleter
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxEntries = 2000;
    static constexpr qsizetype kMaxTextChars = 64;

    // Completes in `edit` (which it is set on) from the filter's own keys.
    explicit FilterCompleter(QLineEdit* edit);

    // The cloud's schema (empty: the filter's keys only).
    void setSchema(const ImageSchema& schema);
    // What is offered, sorted case-insensitively.
    QStringList entries() const;
    static QStringList entriesFor(const ImageSchema& schema);

    // The last term of the text, which the entries are matched against (one that matches nothing
    // when the text ends with a space: nothing pops up between terms).
    QStringList splitPath(const QString& path) const override;
    // The box's text with its last term replaced by the entry.
    QString pathFromIndex(const QModelIndex& index) const override;

private:
    QLineEdit* m_edit;
    QStringListModel* m_model;
};

} // namespace Skylight
