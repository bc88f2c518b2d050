// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imageusage.h"

#include <QString>

class QLocale;

namespace Skylight {

// One quota of GET /v2/info/usage as the cloud panel shows it: its name for people, "used of
// limit" (sizes in IEC units: Glance counts them in MiB), and the bar's fill in per mille. A limit
// of -1 (unlimited) or none at all has no bar fill; usage beyond the limit fills the bar (clamped)
// and is marked.
struct QuotaRow
{
    static constexpr int kBarMaximum = 1000;

    QString key;           // as the API names it
    QString label;         // "Images", "Total size"... or the key for others
    QString text;          // "3.2 GiB of 20.0 GiB", "12 used, unlimited"...
    int fill = 0;          // 0..kBarMaximum, clamped
    bool hasLimit = false; // a limit of zero or more: the bar says how much of it is used
    bool overLimit = false;

    static QuotaRow from(const UsageEntry& entry, const QLocale& locale);
    // "Images", "Total size", "Staging area", "Uploading"; other keys as they are.
    static QString labelOf(const QString& key);
};

} // namespace Skylight
