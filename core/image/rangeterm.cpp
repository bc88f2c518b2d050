// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/rangeterm.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
using Problem = RangeTerm::Problem;
using Field = RangeTerm::Field;
using Op = RangeTerm::Op;

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr int kMaxFractionDigits = 18; // 2 * 10^18 fits in a quint64

bool isNameChar(QChar c, bool first)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' ||
           (!first && c >= u'0' && c <= u'9');
}

// log2 of a unit's bytes: "" (the field's own unit), B, K, KB, KiB, M... T; -1 for anything else.
int unitShift(const QString& unit, int fieldShift)
{
    const QString lower = unit.toLower();
    if (lower.isEmpty())
        return fieldShift;
    if (lower == u"b")
        return 0;
    static const QString prefixes = u"kmgt"_s;
    const qsizetype prefix = prefixes.indexOf(lower.front());
    if (prefix < 0)
        return -1;
    const QStringView rest = QStringView(lower).mid(1);
    if (!rest.isEmpty() && rest != u"b" && rest != u"ib")
        return -1;
    return 10 * int(prefix + 1);
}

// The whole bytes of `digits`.`fraction` << shift (rounded down), and whether nothing was cut.
struct Bytes
{
    qint64 whole = 0;
    bool exact = true;
};

std::expected<Bytes, Problem> scaled(QStringView digits, QStringView fraction, int shift)
{
    while (!digits.isEmpty() && digits.front() == u'0')
        digits = digits.mid(1);
    while (!fraction.isEmpty() && fraction.back() == u'0')
        fraction.chop(1);
    if (fraction.size() > kMaxFractionDigits)
        return std::unexpected(Problem::NotANumber);
    bool ok = true;
    const qint64 whole = digits.isEmpty() ? 0 : digits.toLongLong(&ok);
    if (!ok || whole > (kMax >> shift))
        return std::unexpected(Problem::TooLarge);
    Bytes bytes{whole << shift, true};
    if (fraction.isEmpty())
        return bytes;
    // fraction / 10^k << shift, by long division one bit at a time (exact, no wider integer).
    quint64 denominator = 1;
    for (qsizetype i = 0; i < fraction.size(); ++i)
        denominator *= 10;
    quint64 remainder = fraction.toULongLong();
    quint64 quotient = 0;
    for (int bit = 0; bit < shift; ++bit) {
        remainder *= 2; // < 2 * 10^18: fits
        quotient *= 2;
        if (remainder >= denominator) {
            remainder -= denominator;
            ++quotient;
        }
    }
    if (qAddOverflow(bytes.whole, qint64(quotient), &bytes.whole))
        return std::unexpected(Problem::TooLarge);
    bytes.exact = remainder == 0;
    return bytes;
}

// ceil(value / 2^shift) for value >= 0.
qint64 ceilShifted(qint64 value, int shift)
{
    const qint64 unit = qint64(1) << shift;
    return value / unit + (value % unit != 0 ? 1 : 0);
}

std::expected<std::pair<qint64, qint64>, Problem> numberRange(const QString& value, int fieldShift)
{
    static const QRegularExpression number(u"^(-?)([0-9]*)(?:\\.([0-9]*))?([A-Za-z]*)$"_s);
    const QRegularExpressionMatch match = number.match(value);
    if (!match.hasMatch() || (match.capturedLength(2) == 0 && match.capturedLength(3) == 0))
        return std::unexpected(Problem::NotANumber);
    const int shift = unitShift(match.captured(4), fieldShift);
    if (shift < 0)
        return std::unexpected(Problem::NotANumber);
    const auto bytes = scaled(match.capturedView(2), match.capturedView(3), shift);
    if (!bytes)
        return std::unexpected(bytes.error());
    if (match.capturedLength(1) > 0 && (bytes->whole > 0 || !bytes->exact))
        return std::unexpected(Problem::Negative);
    if (bytes->whole == kMax)
        return std::unexpected(Problem::TooLarge);
    // In bytes: a whole number n is [n, n + 1); a fraction above n is [n + 1, n + 1).
    const qint64 low = bytes->exact ? bytes->whole : bytes->whole + 1;
    const qint64 high = bytes->whole + 1;
    return std::pair{ceilShifted(low, fieldShift), ceilShifted(high, fieldShift)};
}

std::expected<std::pair<qint64, qint64>, Problem> dateRange(const QString& value)
{
    static const QRegularExpression date(
        u"^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = date.match(value);
    if (!match.hasMatch())
        return std::unexpected(Problem::NotADate);
    const QDate day(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const bool hasTime = match.capturedLength(4) > 0;
    const bool hasSeconds = match.capturedLength(6) > 0;
    const QTime time(hasTime ? match.captured(4).toInt() : 0, hasTime ? match.captured(5).toInt() : 0,
                     hasSeconds ? match.captured(6).toInt() : 0);
    if (!day.isValid() || !time.isValid())
        return std::unexpected(Problem::NotADate);
    qint64 offsetSeconds = 0;
    const QString zone = match.captured(7);
    if (zone.size() > 1) {
        const QString digits = QString(zone.mid(1)).remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2).toInt();
        if (hours > 23 || minutes > 59)
            return std::unexpected(Problem::NotADate);
        offsetSeconds = (hours * 3600 + minutes * 60) * (zone.front() == u'-' ? -1 : 1);
    }
    const qint64 start = QDateTime(day, time, QTimeZone::utc()).toMSecsSinceEpoch() - offsetSeconds * 1000;
    const qint64 length = hasSeconds ? 1000 : (hasTime ? 60'000 : 86'400'000);
    return std::pair{start, start + length};
}

QString shown(const QString& text)
{
    constexpr qsizetype kShown = 60;
    return text.size() <= kShown ? text : text.left(kShown) + u'…';
}
} // namespace

std::optional<Field> RangeTerm::fieldNamed(const QString& name)
{
    if (name == u"size")
        return Field::Size;
    if (name == u"virtual_size")
        return Field::VirtualSize;
    if (name == u"min_disk")
        return Field::MinDisk;
    if (name == u"min_ram")
        return Field::MinRam;
    if (name == u"created" || name == u"created_at")
        return Field::Created;
    if (name == u"updated" || name == u"updated_at")
        return Field::Updated;
    return std::nullopt;
}

std::optional<RangeTerm::Parts> RangeTerm::split(const QString& token)
{
    qsizetype end = 0;
    while (end < token.size() && isNameChar(token.at(end), end == 0))
        ++end;
    if (end == 0 || end == token.size())
        return std::nullopt;
    const QStringView rest = QStringView(token).mid(end);
    static const std::pair<QStringView, Op> kOps[] = {
        {u"<=", Op::LessOrEqual}, {u">=", Op::GreaterOrEqual}, {u"!=", Op::NotEqual},
        {u"<", Op::Less},         {u">", Op::Greater},         {u"=", Op::Equal},
    };
    for (const auto& [text, op] : kOps) {
        if (rest.startsWith(text))
            return Parts{token.left(end).toLower(), op, rest.mid(text.size()).toString()};
    }
    return std::nullopt;
}

std::expected<RangeTerm, Problem> RangeTerm::parse(Field field, Op op, const QString& value)
{
    if (value.isEmpty())
        return std::unexpected(Problem::MissingValue);
    RangeTerm term;
    term.field = field;
    term.op = op;
    std::expected<std::pair<qint64, qint64>, Problem> range;
    switch (field) {
    case Field::Size:
    case Field::VirtualSize:
        range = numberRange(value, 0);
        break;
    case Field::MinDisk:
        range = numberRange(value, 30);
        break;
    case Field::MinRam:
        range = numberRange(value, 20);
        break;
    case Field::Created:
    case Field::Updated:
        range = dateRange(value);
        break;
    }
    if (!range)
        return std::unexpected(range.error());
    std::tie(term.low, term.high) = *range;
    return term;
}

bool RangeTerm::matches(std::optional<qint64> value) const
{
    if (!value)
        return false;
    const qint64 v = *value;
    switch (op) {
    case Op::Less:
        return v < low;
    case Op::LessOrEqual:
        return v < high;
    case Op::Greater:
        return v >= high;
    case Op::GreaterOrEqual:
        return v >= low;
    case Op::Equal:
        return low <= v && v < high;
    case Op::NotEqual:
        return !(low <= v && v < high);
    }
    return false;
}

std::optional<qint64> RangeTerm::valueOf(const ImageRecord& record) const
{
    const auto msecs = [](const std::optional<QDateTime>& time) -> std::optional<qint64> {
        if (!time || !time->isValid())
            return std::nullopt;
        return time->toMSecsSinceEpoch();
    };
    switch (field) {
    case Field::Size:
        return record.size;
    case Field::VirtualSize:
        return record.virtualSize;
    case Field::MinDisk:
        return record.minDisk;
    case Field::MinRam:
        return record.minRam;
    case Field::Created:
        return msecs(record.createdAt);
    case Field::Updated:
        return msecs(record.updatedAt);
    }
    return std::nullopt;
}

QString QueryProblem::text() const
{
    const auto say = [this](const char* sentence) {
        return QCoreApplication::translate("Skylight::QueryProblem", sentence).arg(shown(term));
    };
    const auto sayWithValue = [this](const char* sentence) {
        return QCoreApplication::translate("Skylight::QueryProblem", sentence).arg(shown(term), shown(value));
    };
    switch (problem) {
    case Problem::UnknownField:
        return QCoreApplication::translate(
                   "Skylight::QueryProblem",
                   "“%1” is left out: only %2 can be compared with <, <=, >, >=, = or !=.")
            .arg(shown(term), u"size, virtual_size, min_disk, min_ram, created, updated"_s);
    case Problem::MissingValue:
        return say(QT_TRANSLATE_NOOP("Skylight::QueryProblem",
                                     "“%1” is left out: a value must follow the comparison."));
    case Problem::NotANumber:
        return sayWithValue(QT_TRANSLATE_NOOP(
            "Skylight::QueryProblem", "“%1” is left out: “%2” is not a number such as 10, 512M or 1.5G."));
    case Problem::NotADate:
        return sayWithValue(QT_TRANSLATE_NOOP(
            "Skylight::QueryProblem",
            "“%1” is left out: “%2” is not a date such as 2024-01-01 or 2025-06-01T12:00Z."));
    case Problem::Negative:
        return say(QT_TRANSLATE_NOOP("Skylight::QueryProblem", "“%1” is left out: sizes are not negative."));
    case Problem::TooLarge:
        return sayWithValue(
            QT_TRANSLATE_NOOP("Skylight::QueryProblem", "“%1” is left out: “%2” is too large."));
    }
    return {};
}

QList<std::pair<QString, QString>> glanceSizeFilters(const QList<RangeTerm>& terms)
{
    std::optional<qint64> atLeast;
    std::optional<qint64> atMost;
    const auto raise = [&atLeast](qint64 value) {
        atLeast = atLeast ? std::max(*atLeast, value) : value;
    };
    const auto lower = [&atMost](qint64 value) {
        atMost = atMost ? std::min(*atMost, value) : value;
    };
    for (const RangeTerm& term : terms) {
        if (term.field != Field::Size)
            continue;
        switch (term.op) {
        case Op::Less:
            lower(term.low - 1);
            break;
        case Op::LessOrEqual:
            lower(term.high - 1);
            break;
        case Op::Greater:
            raise(term.high);
            break;
        case Op::GreaterOrEqual:
            raise(term.low);
            break;
        case Op::Equal:
            raise(term.low);
            lower(term.high - 1);
            break;
        case Op::NotEqual:
            break;
        }
    }
    QList<std::pair<QString, QString>> filters;
    if (atLeast && *atLeast > 0)
        filters.append({u"size_min"_s, QString::number(*atLeast)});
    if (atMost && *atMost >= 0) // below 0 nothing matches; the table says so without asking
        filters.append({u"size_max"_s, QString::number(*atMost)});
    return filters;
}

} // namespace Skylight
