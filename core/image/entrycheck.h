// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace Skylight {

// Decides, entry after entry of one listing page, whether an entry can be listed: it must be an
// object whose "id" is a non-empty string that no earlier entry of the page had. What is wrong
// otherwise comes back as a reason to show ("entry 7 has no id"); the id in a reason is the
// server's text, cut to a few dozen characters (a caller that prints it escapes it).
class EntryCheck
{
public:
    // `entry`: the entry as JSON (an XML <image> as the object it becomes). `number` counts from 1.
    std::optional<QString> problem(qsizetype number, const QJsonValue& entry);

private:
    QHash<QString, qsizetype> m_seen; // id -> the entry number that had it first
};

} // namespace Skylight
