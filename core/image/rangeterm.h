// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagerecord.h"

#include <QList>
#include <QString>
#include <expected>
#include <optional>
#include <utility>

namespace Skylight {

// A numeric or date comparison typed in the filter box: `size>1G`, `min_ram<512`,
// `created<2024-01-01`, `updated>=2025-06-01T12:00Z`. Fields: size, virtual_size (bytes; units B,
// K, M, G, T, binary, also spelt KB or KiB), min_disk (a bare number is GB), min_ram (MB), created
// and updated (also created_at, updated_at; UTC unless the time says otherwise). Operators: <, <=,
// >, >=, = and !=; `field:value` means `=`. A date names the whole day, minute or second it
// writes: `created<=2024-01-01` includes that day, `created>2024-01-01` starts the day after.
// An absent value (a null size) matches no comparison.
struct RangeTerm
{
    enum class Field
    {
        Size,
        VirtualSize,
        MinDisk,
        MinRam,
        Created,
        Updated
    };
    enum class Op
    {
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        Equal,
        NotEqual
    };
    // Why a term cannot be read.
    enum class Problem
    {
        UnknownField, // `foo>3`
        MissingValue, // `size>`
        NotANumber,   // `size>lots`
        NotADate,     // `created<yesterdayish`, `created<2024-02-30`
        Negative,     // `size>-1`
        TooLarge      // beyond 8 EiB (a signed 64-bit count of bytes)
    };

    Field field = Field::Size;
    Op op = Op::Equal;
    // The value as the whole numbers [low, high) in the field's unit (bytes, GB for min_disk, MB
    // for min_ram, milliseconds since the epoch for times): a whole number n is [n, n + 1), a
    // fraction between n and n + 1 is the empty [n + 1, n + 1), a date the day (or minute, or
    // second) it names. Every comparison of a whole number reads exactly off these two.
    qint64 low = 0;
    qint64 high = 0;

    // Whether `field` (a lower-case name, as typed) is one a comparison can be made on.
    static std::optional<Field> fieldNamed(const QString& name);
    static std::expected<RangeTerm, Problem> parse(Field field, Op op, const QString& value);
    // Splits `size>=1G` into its field name, operator and value; nothing when the token is not a
    // name followed by an operator (a word, or a `key:value` term).
    struct Parts
    {
        QString field; // lower case
        Op op = Op::Equal;
        QString value;
    };
    static std::optional<Parts> split(const QString& token);

    bool isDate() const { return field == Field::Created || field == Field::Updated; }
    bool matches(std::optional<qint64> value) const;
    // The record's value of `field` in the field's unit (times in milliseconds).
    std::optional<qint64> valueOf(const ImageRecord& record) const;
    bool matches(const ImageRecord& record) const { return matches(valueOf(record)); }

    bool operator==(const RangeTerm&) const = default;
};

// A term of the filter box that cannot be read, and why; the filter leaves it out.
struct QueryProblem
{
    QString term;  // as typed
    QString value; // the part after the operator
    RangeTerm::Problem problem = RangeTerm::Problem::UnknownField;

    // One translated sentence that names the term and says why it is left out.
    QString text() const;
    bool operator==(const QueryProblem&) const = default;
};

// Glance v2's `size_min` and `size_max` (bytes, both inclusive, a null size matches neither) for the
// size terms that have an exact equivalent (not `!=`); nothing when there is none.
QList<std::pair<QString, QString>> glanceSizeFilters(const QList<RangeTerm>& terms);

} // namespace Skylight
