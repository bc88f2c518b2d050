// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagerecord.h"
#include "inspect/inspectionresult.h"
#include "models/overviewrows.h"

#include <QCoreApplication>
#include <QIcon>
#include <QList>
#include <QLocale>
#include <optional>

namespace Skylight {

// What the window shows of an inspection verdict (what is inside an image): the Overview's
// "Contents" section, the image table's Contents badge, the Compare rows. Everything the verdict
// holds came from the image's bytes on the server: it is shown as plain text, never markup.
class ContentsRows
{
    Q_DECLARE_TR_FUNCTIONS(Skylight::ContentsRows)
public:
    // The table's badge: unsafe before a mismatch, a mismatch before safe.
    enum class Badge
    {
        None, // not inspected
        Safe,
        Mismatch,
        Unsafe,
    };
    static Badge badgeOf(const std::optional<InspectionResult>& verdict);
    // "safe", "unsafe", "mismatch"; empty for None.
    static QString badgeText(Badge badge);
    static QIcon badgeIcon(Badge badge);

    // The "Contents" heading, then: the format found against the one declared, the virtual size
    // against the record's virtual_size and min_disk, "Safe" or one row per problem, the bytes
    // read and the format's details. Without a verdict: one row saying how to inspect.
    static QList<OverviewRows::Row> rows(const ImageRecord& record,
                                         const std::optional<InspectionResult>& verdict,
                                         const QLocale& locale = {});

    // "qcow2 (declared qcow2)", "raw — declared qcow2: mismatch", "qcow2 (nothing declared)".
    static QString formatText(const InspectionResult& verdict, const QString& declared);
    // "Safe", or the problems, one a line.
    static QString safetyText(const InspectionResult& verdict);
    // A detail's value as text ("3", "base.qcow2", "a, b").
    static QString detailText(const QVariant& value);
    // "Format version" for "version"; the key itself for one not known here.
    static QString detailLabel(const QString& key);
};

} // namespace Skylight
