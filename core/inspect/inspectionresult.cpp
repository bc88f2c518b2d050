// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "inspect/inspectionresult.h"

#include <QJsonArray>
#include <QJsonValue>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {

using Kind = InspectionProblem::Kind;

struct KindName
{
    Kind kind;
    QLatin1StringView key;
};

// Stable: written to files. A new kind gets a new key; a key is never reused for another kind.
constexpr KindName kKindNames[] = {
    {Kind::BackingFile, "backing_file"_L1},
    {Kind::DataFile, "data_file"_L1},
    {Kind::UnknownFeatures, "unknown_features"_L1},
    {Kind::Corrupt, "corrupt"_L1},
    {Kind::UnsupportedVersion, "unsupported_version"_L1},
    {Kind::UnsupportedFormat, "unsupported_format"_L1},
    {Kind::CreateType, "create_type"_L1},
    {Kind::ExtentPath, "extent_path"_L1},
    {Kind::Descriptor, "descriptor"_L1},
    {Kind::Footer, "footer"_L1},
    {Kind::ParentDisk, "parent_disk"_L1},
    {Kind::PartitionTable, "partition_table"_L1},
    {Kind::Polyglot, "polyglot"_L1},
    {Kind::Truncated, "truncated"_L1},
    {Kind::Invalid, "invalid"_L1},
    {Kind::FormatMismatch, "format_mismatch"_L1},
    {Kind::Incomplete, "incomplete"_L1},
    {Kind::HeaderTooLarge, "header_too_large"_L1},
};
static_assert(std::size(kKindNames) == size_t(InspectionProblem::Kind::HeaderTooLarge) + 1,
              "every kind of problem has a key (a new kind goes last, with its key here)");

// What a file read back may hold: enough for any real verdict, little for a hostile one.
constexpr qsizetype kMaxNameLength = 64; // format, declared format
constexpr qsizetype kMaxProblems = 64;
constexpr qsizetype kMaxProblemLength = 2000; // one sentence, with a file name in it
constexpr qsizetype kMaxDetails = 64;

// A string of at most `max` characters, or null (absent); false when the value is neither.
bool readName(const QJsonValue& value, qsizetype max, QString& out)
{
    if (value.isNull() || value.isUndefined()) {
        out.clear();
        return true;
    }
    if (!value.isString() || value.toString().size() > max)
        return false;
    out = value.toString();
    return true;
}

} // namespace

QString InspectionProblem::kindKey(Kind kind)
{
    for (const KindName& name : kKindNames) {
        if (name.kind == kind)
            return QString(name.key);
    }
    return u"invalid"_s;
}

std::optional<InspectionProblem::Kind> InspectionProblem::kindFromKey(const QString& key)
{
    for (const KindName& name : kKindNames) {
        if (name.key == key)
            return name.kind;
    }
    return std::nullopt;
}

bool InspectionResult::hasProblem(InspectionProblem::Kind kind) const
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [kind](const InspectionProblem& problem) { return problem.kind == kind; });
}

QStringList InspectionResult::problemTexts() const
{
    QStringList texts;
    for (const InspectionProblem& problem : problems)
        texts.append(problem.text);
    return texts;
}

QJsonObject InspectionResult::toJson(ProblemForm form) const
{
    QJsonObject json;
    json.insert(u"format"_s, format.isEmpty() ? QJsonValue() : QJsonValue(format));
    json.insert(u"virtual_size"_s, virtualSize ? QJsonValue(*virtualSize) : QJsonValue());
    json.insert(u"declared_format"_s, declaredFormat.isEmpty() ? QJsonValue() : QJsonValue(declaredFormat));
    json.insert(u"matches_declared"_s, matchesDeclared ? QJsonValue(*matchesDeclared) : QJsonValue());
    json.insert(u"safe"_s, safe);
    if (form == ProblemForm::WithKinds) {
        QJsonArray kept;
        for (const InspectionProblem& problem : problems)
            kept.append(QJsonObject{{u"kind"_s, InspectionProblem::kindKey(problem.kind)},
                                    {u"text"_s, problem.text}});
        json.insert(u"problems"_s, kept);
    } else {
        json.insert(u"problems"_s, QJsonArray::fromStringList(problemTexts()));
    }
    json.insert(u"bytes_read"_s, bytesRead);
    json.insert(u"details"_s, QJsonObject::fromVariantMap(details));
    return json;
}

std::optional<InspectionResult> InspectionResult::fromJson(const QJsonObject& json)
{
    InspectionResult result;
    if (!readName(json.value(u"format"_s), kMaxNameLength, result.format) ||
        !readName(json.value(u"declared_format"_s), kMaxNameLength, result.declaredFormat))
        return std::nullopt;

    const QJsonValue size = json.value(u"virtual_size"_s);
    if (size.isDouble()) {
        const double bytes = size.toDouble();
        if (bytes < 0 || bytes > 9.0e18 || bytes != double(qint64(bytes)))
            return std::nullopt;
        result.virtualSize = qint64(bytes);
    } else if (!size.isNull() && !size.isUndefined()) {
        return std::nullopt;
    }

    const QJsonValue matches = json.value(u"matches_declared"_s);
    if (matches.isBool())
        result.matchesDeclared = matches.toBool();
    else if (!matches.isNull() && !matches.isUndefined())
        return std::nullopt;

    const QJsonValue safe = json.value(u"safe"_s);
    if (!safe.isBool())
        return std::nullopt;
    result.safe = safe.toBool();

    const QJsonValue read = json.value(u"bytes_read"_s);
    if (!read.isDouble() || read.toDouble() < 0 || read.toDouble() > 9.0e18)
        return std::nullopt;
    result.bytesRead = qint64(read.toDouble());

    const QJsonValue problems = json.value(u"problems"_s);
    if (!problems.isArray() || problems.toArray().size() > kMaxProblems)
        return std::nullopt;
    for (const QJsonValue& entry : problems.toArray()) {
        InspectionProblem problem{Kind::Invalid, {}};
        if (entry.isString()) {
            problem.text = entry.toString();
        } else if (entry.isObject()) {
            const std::optional<Kind> kind = InspectionProblem::kindFromKey(entry[u"kind"_s].toString());
            if (!kind || !entry[u"text"_s].isString())
                return std::nullopt;
            problem = {*kind, entry[u"text"_s].toString()};
        } else {
            return std::nullopt;
        }
        if (problem.text.size() > kMaxProblemLength)
            return std::nullopt;
        result.problems.append(problem);
    }

    const QJsonValue details = json.value(u"details"_s);
    if (details.isObject()) {
        if (details.toObject().size() > kMaxDetails)
            return std::nullopt;
        result.details = details.toObject().toVariantMap();
    } else if (!details.isNull() && !details.isUndefined()) {
        return std::nullopt;
    }
    return result;
}

} // namespace Skylight
