// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QStringList>

namespace Skylight {

// The warning line for a listing page whose unreadable entries were left out:
// "warning: 2 entries of page 3 could not be read: entry 7 has no id, entry 9 is not an object\n".
// `reasons` (the server's text in them escaped for the terminal) may be fewer than `count`: the
// rest are counted ("…, and 40 more").
QString skippedEntriesWarning(int pageNumber, qsizetype count, const QStringList& reasons);

} // namespace Skylight
