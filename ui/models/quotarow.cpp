// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "models/quotarow.h"

#include "image/datasize.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
QString quantity(const UsageEntry& entry, qint64 value, const QLocale& locale)
{
    constexpr qint64 kMiB = 1024 * 1024;
    if (!entry.isMebibytes())
        return locale.toString(value);
    if (value >= 0 && value <= std::numeric_limits<qint64>::max() / kMiB)
        return dataSizeText(value * kMiB, locale);
    // Beyond what bytes can hold (or negative): the server's figure, in its unit.
    return QCoreApplication::translate("Skylight::QuotaRow", "%1 MiB").arg(locale.toString(value));
}
} // namespace

QString QuotaRow::labelOf(const QString& key)
{
    if (key == u"image_count_total"_s)
        return QCoreApplication::translate("Skylight::QuotaRow", "Images");
    if (key == u"image_size_total"_s)
        return QCoreApplication::translate("Skylight::QuotaRow", "Total size");
    if (key == u"image_stage_total"_s)
        return QCoreApplication::translate("Skylight::QuotaRow", "Staging area");
    if (key == u"image_count_uploading"_s)
        return QCoreApplication::translate("Skylight::QuotaRow", "Uploading");
    return key;
}

QuotaRow QuotaRow::from(const UsageEntry& entry, const QLocale& locale)
{
    QuotaRow row;
    row.key = entry.key;
    row.label = labelOf(entry.key);
    row.hasLimit = entry.limit && *entry.limit >= 0;
    if (!row.hasLimit) {
        const bool unlimited = entry.isUnlimited();
        if (entry.usage) {
            row.text = unlimited
                           ? QCoreApplication::translate("Skylight::QuotaRow", "%1 used, unlimited")
                           : QCoreApplication::translate("Skylight::QuotaRow", "%1 used, no limit given");
            row.text = row.text.arg(quantity(entry, *entry.usage, locale));
        } else {
            row.text =
                unlimited
                    ? QCoreApplication::translate("Skylight::QuotaRow", "Unlimited, usage not given")
                    : QCoreApplication::translate("Skylight::QuotaRow", "Neither usage nor limit given");
        }
        return row;
    }
    const qint64 limit = *entry.limit;
    if (!entry.usage) {
        row.text = QCoreApplication::translate("Skylight::QuotaRow", "Usage not given, limit %1")
                       .arg(quantity(entry, limit, locale));
        return row;
    }
    const qint64 used = *entry.usage;
    row.overLimit = used > limit;
    if (limit == 0) {
        row.fill = kBarMaximum; // nothing more may be added
    } else {
        const double share = static_cast<double>(std::max<qint64>(used, 0)) / static_cast<double>(limit);
        row.fill = static_cast<int>(std::lround(std::clamp(share, 0.0, 1.0) * kBarMaximum));
    }
    row.text = (row.overLimit ? QCoreApplication::translate("Skylight::QuotaRow", "%1 of %2: over the limit")
                              : QCoreApplication::translate("Skylight::QuotaRow", "%1 of %2"))
                   .arg(quantity(entry, used, locale), quantity(entry, limit, locale));
    return row;
}

} // namespace Skylight
