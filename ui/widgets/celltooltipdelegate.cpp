// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/celltooltipdelegate.h"

#include "widgets/plaintooltip.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QStyle>
#include <QTextDocument>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

bool CellToolTipDelegate::isElided(const QStyleOptionViewItem& given, const QModelIndex& index,
                                   const QWidget* widget) const
{
    QStyleOptionViewItem option = given;
    initStyleOption(&option, index);
    if (option.text.isEmpty())
        return false;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    // As QCommonStyle lays the text out: its rectangle less a margin either side.
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &option, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    return option.fontMetrics.horizontalAdvance(option.text) > textRect.width() - 2 * margin;
}

bool CellToolTipDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                                    const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (!event || !view || event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QStringList lines;
    if (isElided(option, index, view))
        lines << index.data(Qt::DisplayRole).toString();
    const QString own = index.data(Qt::ToolTipRole).toString();
    if (!own.isEmpty() && !lines.contains(own))
        lines << own;
    if (lines.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    // A server's value is shown as it is, never as markup.
    const QString text = plainToolTip(lines.join(u'\n'));
    QToolTip::showText(event->globalPos(), text, view->viewport(), view->visualRect(index));
    return true;
}

} // namespace Skylight
