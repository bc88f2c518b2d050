// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace Skylight::Test {

// What the OpenStack clients print and Glance answers, read for comparison in the peer tests.

// The rows of a table printed by python-glanceclient (prettytable): the header first. A cell
// wrapped over several lines (print_dict wraps values at 80 columns) is joined again.
QList<QStringList> prettyTable(const QByteArray& output);
// The values of `key` in an array of objects.
QSet<QString> idsOf(const QJsonArray& array, const QString& key);
// Sorted and joined with ", ", for a failure message.
QString idList(const QSet<QString>& ids);
// A time as Glance writes it (UTC, with or without the Z), in UTC; nullopt when empty.
std::optional<QDateTime> utc(const QJsonValue& value);

// `ours`, a listing taken between `before` and `after` (listings of the same by another client,
// while other tests may add or delete images): "" when it holds all that both hold and nothing
// neither holds, else what differs.
QString listingDisagreement(const QSet<QString>& ours, const QSet<QString>& before,
                            const QSet<QString>& after);

} // namespace Skylight::Test
