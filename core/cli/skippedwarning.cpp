// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/skippedwarning.h"

#include "net/terminaltext.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

QString skippedEntriesWarning(int pageNumber, qsizetype count, const QStringList& reasons)
{
    QStringList shown;
    shown.reserve(reasons.size() + 1);
    for (const QString& reason : reasons)
        shown.append(terminalSafe(reason));
    if (count > reasons.size())
        shown.append(u"and %1 more"_s.arg(count - reasons.size()));
    const QString entries = count == 1 ? u"1 entry"_s : u"%1 entries"_s.arg(count);
    return u"warning: %1 of page %2 could not be read: %3\n"_s.arg(entries)
        .arg(pageNumber)
        .arg(shown.join(u", "_s));
}

} // namespace Skylight
