// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/inspectionprinter.h"

#include "image/datasize.h"
#include "net/terminaltext.h"

#include <QJsonDocument>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
QString detailText(const QVariant& value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(u", "_s);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? u"yes"_s : u"no"_s;
    return value.toString();
}
} // namespace

QString inspectionTable(const InspectionResult& result)
{
    QList<std::pair<QString, QString>> rows;
    rows.append({u"Format"_s, result.format.isEmpty() ? u"(undecided)"_s : result.format});
    rows.append({u"Virtual size"_s,
                 result.virtualSize
                     ? u"%1 (%2 bytes)"_s.arg(dataSizeText(*result.virtualSize)).arg(*result.virtualSize)
                     : u"unknown"_s});
    if (!result.declaredFormat.isEmpty())
        rows.append({u"Declared format"_s, result.declaredFormat + (result.matchesDeclared.value_or(false)
                                                                        ? u" (matches)"_s
                                                                        : u" (does not match)"_s)});
    rows.append({u"Safe"_s, result.safe ? u"yes"_s : u"no"_s});
    rows.append({u"Bytes read"_s, QString::number(result.bytesRead)});
    const QStringList problems = result.problemTexts();
    for (qsizetype i = 0; i < problems.size(); ++i)
        rows.append({i == 0 ? u"Problems"_s : QString(), u"- "_s + problems.at(i)});
    for (auto it = result.details.cbegin(); it != result.details.cend(); ++it)
        rows.append({it == result.details.cbegin() ? u"Details"_s : QString(),
                     it.key() + u": "_s + detailText(it.value())});

    qsizetype width = 0;
    for (const auto& [label, value] : rows)
        width = std::max(width, label.size());
    QString out;
    for (const auto& [label, value] : rows)
        out += (label.isEmpty() ? QString() : label + u':').leftJustified(width + 3) + terminalSafe(value) +
               u'\n';
    return out;
}

QByteArray inspectionJson(const InspectionResult& result)
{
    // Strings from the image (backing file names, labels) may hold C1 or bidi controls.
    return terminalSafeJson(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented));
}

} // namespace Skylight
