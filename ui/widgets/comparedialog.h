// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "inspect/inspectionresult.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Skylight {

class CompareModel;
struct ImageRecord;

// Two images' fields and properties side by side, the differences highlighted; "Only
// differences" hides the rest. Not modal: several comparisons may stay open.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    CompareDialog(const ImageRecord& left, const QString& leftLabel, const ImageRecord& right,
                  const QString& rightLabel, QWidget* parent = nullptr);

    CompareModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QCheckBox* onlyDifferences() const { return m_onlyDifferences; }
    QLabel* summary() const { return m_summary; }
    // What inspecting each image found, as rows of their own (see CompareModel::setVerdicts).
    void setVerdicts(const std::optional<InspectionResult>& left,
                     const std::optional<InspectionResult>& right);

private:
    CompareModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QCheckBox* m_onlyDifferences;
    QLabel* m_summary;
};

} // namespace Skylight
