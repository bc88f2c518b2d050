// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "models/contentsrows.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr qint64 kGiB = qint64(1) << 30;
// A detail longer than this is cut (a backing file name is at most 1023 bytes in qcow2).
constexpr qsizetype kMaxDetailLength = 1024;
} // namespace

ContentsRows::Badge ContentsRows::badgeOf(const std::optional<InspectionResult>& verdict)
{
    if (!verdict)
        return Badge::None;
    if (!verdict->safe)
        return Badge::Unsafe;
    if (!verdict->matchesDeclared.value_or(true))
        return Badge::Mismatch;
    return Badge::Safe;
}

QString ContentsRows::badgeText(Badge badge)
{
    switch (badge) {
    case Badge::Safe:
        //: the table's Contents badge: the image's data is safe
        return tr("safe");
    case Badge::Mismatch:
        //: the table's Contents badge: the data is not the declared disk format
        return tr("mismatch");
    case Badge::Unsafe:
        //: the table's Contents badge: the data has a problem (a backing file...)
        return tr("unsafe");
    case Badge::None:
        break;
    }
    return {};
}

QIcon ContentsRows::badgeIcon(Badge badge)
{
    switch (badge) {
    case Badge::Safe:
        return QIcon(u":/icons/contents/safe.svg"_s);
    case Badge::Mismatch:
        return QIcon(u":/icons/contents/mismatch.svg"_s);
    case Badge::Unsafe:
        return QIcon(u":/icons/contents/unsafe.svg"_s);
    case Badge::None:
        break;
    }
    return {};
}

QString ContentsRows::formatText(const InspectionResult& verdict, const QString& declared)
{
    const QString found = verdict.format.isEmpty() ? tr("unknown") : verdict.format;
    if (declared.isEmpty())
        //: %1 the format found in the image's data (qcow2)
        return tr("%1 (nothing declared)").arg(found);
    if (!verdict.matchesDeclared.value_or(found == declared))
        //: %1 the format found in the data (raw), %2 the disk_format the image declares (qcow2)
        return tr("%1 — declared %2: mismatch").arg(found, declared);
    //: %1 the format found in the data, %2 the disk_format the image declares (the same)
    return tr("%1 (declared %2)").arg(found, declared);
}

QString ContentsRows::safetyText(const InspectionResult& verdict)
{
    if (verdict.problems.isEmpty())
        return verdict.safe ? tr("Safe") : tr("Unsafe");
    return verdict.problemTexts().join(u'\n');
}

QString ContentsRows::detailLabel(const QString& key)
{
    static const QHash<QString, const char*> labels{
        {u"version"_s, QT_TR_NOOP("Format version")},
        {u"cluster_size"_s, QT_TR_NOOP("Cluster size")},
        {u"backing_file"_s, QT_TR_NOOP("Backing file")},
        {u"backing_format"_s, QT_TR_NOOP("Backing file format")},
        {u"data_file"_s, QT_TR_NOOP("External data file")},
        {u"incompatible_features"_s, QT_TR_NOOP("Incompatible features")},
        {u"also_matches"_s, QT_TR_NOOP("Also reads as")},
        {u"partition_table"_s, QT_TR_NOOP("Partition table")},
        {u"hybrid_partition_table"_s, QT_TR_NOOP("Hybrid partition table")},
        {u"create_type"_s, QT_TR_NOOP("VMDK create type")},
        {u"subformat"_s, QT_TR_NOOP("Subformat")},
    };
    const char* label = labels.value(key);
    return label ? tr(label) : key;
}

QString ContentsRows::detailText(const QVariant& value)
{
    QString text;
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList) {
        QStringList parts;
        for (const QVariant& item : value.toList())
            parts << item.toString();
        text = parts.join(u", "_s);
    } else if (value.typeId() == QMetaType::QVariantMap) {
        QStringList parts;
        const QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            parts << u"%1: %2"_s.arg(it.key(), it.value().toString());
        text = parts.join(u", "_s);
    } else if (value.typeId() == QMetaType::Bool) {
        text = OverviewRows::yesNo(value.toBool());
    } else {
        text = value.toString();
    }
    // Server data: no line breaks or controls in a table cell, and bounded.
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = u' ';
    }
    if (text.size() > kMaxDetailLength)
        text = text.left(kMaxDetailLength) + u'…';
    return text;
}

QList<OverviewRows::Row> ContentsRows::rows(const ImageRecord& record,
                                            const std::optional<InspectionResult>& verdict,
                                            const QLocale& locale)
{
    QList<OverviewRows::Row> rows;
    OverviewRows::Row heading;
    heading.label = tr("Contents");
    heading.section = true;
    rows.append(heading);
    const auto add = [&rows](const QString& key, const QString& label, const QString& text,
                             const QVariant& raw = {}) {
        OverviewRows::Row row;
        row.key = key;
        row.label = label;
        row.text = text;
        row.raw = raw;
        rows.append(row);
        return &rows.last();
    };
    if (!verdict) {
        OverviewRows::Row* row =
            add(u"inspection"_s, tr("Inspection"), tr("Not inspected — Inspect (Ctrl+Shift+I)"));
        row->absent = true;
        row->toolTip = tr("Image > Inspect reads the start of the image's data on the server and "
                          "tells what is inside it.");
        return rows;
    }

    const QString declared =
        verdict->declaredFormat.isEmpty() ? record.diskFormat.value_or(QString()) : verdict->declaredFormat;
    add(u"inspection.format"_s, tr("Format inside"), formatText(*verdict, declared), verdict->format);

    if (verdict->virtualSize) {
        const qint64 inside = *verdict->virtualSize;
        QString text = OverviewRows::sizeText(inside, locale);
        if (record.virtualSize && *record.virtualSize != inside)
            //: %1 the virtual size found in the data, %2 the one the image record gives
            text = tr("%1 — the image record says %2")
                       .arg(text, OverviewRows::sizeText(*record.virtualSize, locale));
        add(u"inspection.virtual_size"_s, tr("Virtual size inside"), text, inside);
        if (record.minDisk && *record.minDisk > 0 && inside > *record.minDisk * kGiB) {
            add(u"inspection.min_disk"_s, tr("Minimum disk"),
                //: %1 the image's minimum disk ("10 GiB"), %2 its virtual size
                tr("%1 is smaller than the virtual size inside (%2)")
                    .arg(OverviewRows::minDiskText(*record.minDisk, locale),
                         OverviewRows::sizeText(inside, locale)),
                *record.minDisk);
        }
    } else {
        add(u"inspection.virtual_size"_s, tr("Virtual size inside"), tr("unknown"))->absent = true;
    }

    if (verdict->problems.isEmpty()) {
        add(u"inspection.safe"_s, tr("Safety"), verdict->safe ? tr("Safe") : tr("Unsafe"), verdict->safe);
    } else {
        for (const InspectionProblem& problem : verdict->problems) {
            OverviewRows::Row* row = add(u"inspection.problem"_s, tr("Problem"), detailText(problem.text),
                                         InspectionProblem::kindKey(problem.kind));
            row->toolTip = problem.text; // the whole sentence (plain text: the view never renders markup)
        }
    }
    add(u"inspection.bytes_read"_s, tr("Bytes read"), OverviewRows::sizeText(verdict->bytesRead, locale),
        verdict->bytesRead);
    for (auto it = verdict->details.begin(); it != verdict->details.end(); ++it) {
        const QString text = it.key() == u"cluster_size"_s && it.value().canConvert<qint64>()
                                 ? OverviewRows::sizeText(it.value().toLongLong(), locale)
                                 : detailText(it.value());
        add(u"inspection."_s + it.key(), detailLabel(it.key()), text, it.value());
    }
    return rows;
}

} // namespace Skylight
