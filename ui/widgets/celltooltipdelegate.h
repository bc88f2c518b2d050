// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QStyledItemDelegate>

namespace Skylight {

// A cell whose text the view cuts ("pending_d…") has its whole text as its tooltip, above the
// model's own tooltip (an image's id under its name); a cell shown whole keeps only the model's.
class CellToolTipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

    // Whether the cell's text is cut where `option` lays it out in `widget`.
    bool isElided(const QStyleOptionViewItem& option, const QModelIndex& index, const QWidget* widget) const;
};

} // namespace Skylight
