// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagerecord.h"
#include "inspect/inspectionresult.h"

#include <QAbstractTableModel>
#include <optional>

namespace Skylight {

// Two images side by side: one row per normalised field (labelled in words as in the details'
// Overview, the raw name as tooltip and KeyRole), then one per property either of them has
// ("properties.os_distro"), with both values; rows whose values differ are marked (bold,
// tinted, DifferentRole true). The images may come from different clouds and dialects. When
// either image was inspected: what is inside them (format, virtual size, safe, problems).
class CompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Field,
        Left,
        Right,
        ColumnCount
    };
    enum Role
    {
        DifferentRole = Qt::UserRole + 1,
        KeyRole // the raw name ("disk_format", "properties.os_distro"); the field shows it in words
    };

    explicit CompareModel(QObject* parent = nullptr);

    // `leftLabel`/`rightLabel` head the value columns (e.g. "cirros · Demo cloud").
    void setImages(const ImageRecord& left, const QString& leftLabel, const ImageRecord& right,
                   const QString& rightLabel);
    // What inspecting each image found (none: not inspected); rows "inspection.*" when either
    // has a verdict. Call after setImages().
    void setVerdicts(const std::optional<InspectionResult>& left,
                     const std::optional<InspectionResult>& right);
    int differenceCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString field;
        QString label;
        QString left;
        QString right;
        bool leftMissing = false;
        bool rightMissing = false;
        bool different = false;
    };
    QList<Row> m_rows;
    QString m_labels[2];
};

} // namespace Skylight
