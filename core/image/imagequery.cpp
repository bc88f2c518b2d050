// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/imagequery.h"

#include "image/nesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
bool equalsIgnoringCase(const std::optional<QString>& field, const QString& value)
{
    return field && field->compare(value, Qt::CaseInsensitive) == 0;
}

QString valueText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isArray() || value.isObject())
        return QString::fromUtf8(Nesting::compactJson(value));
    return {};
}

} // namespace

bool ImageQuery::termMatches(const ImageRecord& record, const QString& key, const QString& value)
{
    if (key == u"name")
        return equalsIgnoringCase(record.name, value);
    if (key == u"status")
        return equalsIgnoringCase(record.status, value);
    if (key == u"visibility") // "all" is a scope (ListScope): every image of the listing
        return value.compare(u"all"_s, Qt::CaseInsensitive) == 0 ||
               equalsIgnoringCase(record.visibility, value);
    if (key == u"owner")
        return equalsIgnoringCase(record.owner, value);
    if (key == u"disk_format")
        return equalsIgnoringCase(record.diskFormat, value);
    if (key == u"container_format")
        return equalsIgnoringCase(record.containerFormat, value);
    if (key == u"id")
        return record.id.compare(value, Qt::CaseInsensitive) == 0;
    if (key == u"tag")
        return record.tags && record.tags->contains(value, Qt::CaseInsensitive);
    if (key == u"member_status")
        return true; // only a server knows; see ImageQuery
    if (!record.properties.contains(key))
        return false;
    return valueText(record.properties.value(key)).compare(value, Qt::CaseInsensitive) == 0;
}

ImageQuery ImageQuery::parse(const QString& text)
{
    ImageQuery query;
    const QStringList tokens = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString& token : tokens) {
        const auto addRange = [&query, &token](RangeTerm::Field field, RangeTerm::Op op,
                                               const QString& value) {
            if (const auto term = RangeTerm::parse(field, op, value))
                query.rangeTerms.append(*term);
            else
                query.problems.append({token, value, term.error()});
        };
        if (const std::optional<RangeTerm::Parts> parts = RangeTerm::split(token)) {
            if (const auto field = RangeTerm::fieldNamed(parts->field)) {
                addRange(*field, parts->op, parts->value);
                continue;
            }
            // `a=b` stays a word, as before; `foo>3` asks for a comparison nothing can make.
            if (parts->op != RangeTerm::Op::Equal && parts->op != RangeTerm::Op::NotEqual) {
                query.problems.append({token, parts->value, RangeTerm::Problem::UnknownField});
                continue;
            }
        }
        const qsizetype colon = token.indexOf(u':');
        // "key:value" with both parts; a lone "a:" or ":b" (or a URL-ish "http://...") is a word.
        if (colon > 0 && colon < token.size() - 1 && !token.mid(colon + 1).startsWith(u"//"_s)) {
            const QString key = token.left(colon).toLower();
            if (const auto field = RangeTerm::fieldNamed(key)) // `size:0` is `size=0`
                addRange(*field, RangeTerm::Op::Equal, token.mid(colon + 1));
            // Glance's own size filters, typed by hand, are the comparisons they stand for (read,
            // checked and sent as size_min/size_max like `size>=`), never passed on as typed.
            else if (key == u"size_min")
                addRange(RangeTerm::Field::Size, RangeTerm::Op::GreaterOrEqual, token.mid(colon + 1));
            else if (key == u"size_max")
                addRange(RangeTerm::Field::Size, RangeTerm::Op::LessOrEqual, token.mid(colon + 1));
            else
                query.fieldTerms.append({key, token.mid(colon + 1)});
        } else {
            query.words.append(token.toLower());
        }
    }
    return query;
}

bool ImageQuery::matches(const ImageRecord& record, const QString& searchKey) const
{
    for (const QString& word : words) {
        if (!searchKey.contains(word))
            return false;
    }
    for (const auto& [key, value] : fieldTerms) {
        if (!termMatches(record, key, value))
            return false;
    }
    for (const RangeTerm& term : rangeTerms) {
        if (!term.matches(record))
            return false;
    }
    return true;
}

QList<std::pair<QString, QString>> ImageQuery::serverFilters(const QStringList& serverKeys) const
{
    QList<std::pair<QString, QString>> filters;
    for (const auto& term : fieldTerms) {
        if (serverKeys.contains(term.first))
            filters.append(term);
    }
    if (serverKeys.contains(u"size_min"_s) && serverKeys.contains(u"size_max"_s))
        filters.append(glanceSizeFilters(rangeTerms));
    return filters;
}

QString searchKeyOf(const ImageRecord& record)
{
    QString text = record.id + u' ' + record.name.value_or(QString());
    for (auto it = record.properties.begin(); it != record.properties.end(); ++it)
        text += u' ' + valueText(it.value());
    QString key = std::move(text).toLower();
    key.squeeze(); // kept for every row of a large table: no spare capacity
    return key;
}

} // namespace Skylight
