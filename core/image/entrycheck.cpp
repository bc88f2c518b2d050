// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/entrycheck.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
// An id as it appears in a reason: quoted, and cut when long (a server can send megabytes).
QString quotedId(const QString& id)
{
    constexpr qsizetype kShown = 40;
    if (id.size() <= kShown)
        return u'"' + id + u'"';
    return u'"' + id.left(kShown) + u"…\""_s;
}

QString reason(const char* text, qsizetype number)
{
    return QCoreApplication::translate("Skylight::EntryCheck", text).arg(number);
}
} // namespace

std::optional<QString> EntryCheck::problem(qsizetype number, const QJsonValue& entry)
{
    if (!entry.isObject())
        return reason(QT_TRANSLATE_NOOP("Skylight::EntryCheck", "entry %1 is not an object"), number);
    const QJsonValue id = entry.toObject().value(u"id"_s);
    if (id.isUndefined() || id.isNull())
        return reason(QT_TRANSLATE_NOOP("Skylight::EntryCheck", "entry %1 has no id"), number);
    if (!id.isString())
        return reason(QT_TRANSLATE_NOOP("Skylight::EntryCheck", "entry %1 has an id that is not a string"),
                      number);
    const QString text = id.toString();
    if (text.isEmpty())
        return reason(QT_TRANSLATE_NOOP("Skylight::EntryCheck", "entry %1 has an empty id"), number);
    if (const auto first = m_seen.constFind(text); first != m_seen.constEnd()) {
        // In one pass: the server's id may itself hold "%1".
        return QCoreApplication::translate("Skylight::EntryCheck", "entry %1 repeats the id %2 of entry %3")
            .arg(QString::number(number), quotedId(text), QString::number(*first));
    }
    m_seen.insert(text, number);
    return std::nullopt;
}

} // namespace Skylight
