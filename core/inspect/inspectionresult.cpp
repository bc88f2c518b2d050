// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "inspect/inspectionresult.h"

#include <QJsonArray>
#include <QJsonValue>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

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

QJsonObject InspectionResult::toJson() const
{
    QJsonObject json;
    json.insert(u"format"_s, format.isEmpty() ? QJsonValue() : QJsonValue(format));
    json.insert(u"virtual_size"_s, virtualSize ? QJsonValue(*virtualSize) : QJsonValue());
    json.insert(u"declared_format"_s, declaredFormat.isEmpty() ? QJsonValue() : QJsonValue(declaredFormat));
    json.insert(u"matches_declared"_s, matchesDeclared ? QJsonValue(*matchesDeclared) : QJsonValue());
    json.insert(u"safe"_s, safe);
    json.insert(u"problems"_s, QJsonArray::fromStringList(problemTexts()));
    json.insert(u"bytes_read"_s, bytesRead);
    json.insert(u"details"_s, QJsonObject::fromVariantMap(details));
    return json;
}

} // namespace Skylight
