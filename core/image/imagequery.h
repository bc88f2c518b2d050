// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagerecord.h"
#include "image/rangeterm.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace Skylight {

// What the filter box asks for: free words (each must appear, case-insensitively, in the name,
// the id or a property value) and `key:value` terms that must match a field exactly
// (case-insensitively): name, status, visibility, tag, owner, disk_format, container_format, id,
// or any property (`os_distro:ubuntu`). `member_status:` can only be answered by a server.
// Numeric and date comparisons (`size>1G`, `created<2024-01-01`, see RangeTerm) must all hold; a
// term that cannot be read (`size>lots`, `foo>3`) is left out and listed in `problems`.
struct ImageQuery
{
    QStringList words;                             // lower case
    QList<std::pair<QString, QString>> fieldTerms; // key lower case, value as typed
    QList<RangeTerm> rangeTerms;
    QList<QueryProblem> problems; // in the order typed

    static ImageQuery parse(const QString& text);
    bool isEmpty() const { return words.isEmpty() && fieldTerms.isEmpty() && rangeTerms.isEmpty(); }

    // `searchKey`: the record's precomputed lower-case search text (see searchKeyOf).
    bool matches(const ImageRecord& record, const QString& searchKey) const;
    // One `key:value` term against a record (what matches() checks for each term).
    static bool termMatches(const ImageRecord& record, const QString& key, const QString& value);
    // The terms a server taking `serverKeys` as filters can answer itself; with `size_min` and
    // `size_max` among them (Glance v2), the size comparisons too (glanceSizeFilters).
    QList<std::pair<QString, QString>> serverFilters(const QStringList& serverKeys) const;

    bool operator==(const ImageQuery&) const = default;
};

// Lower-case name, id and every property value (nested ones as compact JSON), space separated.
QString searchKeyOf(const ImageRecord& record);

} // namespace Skylight
