// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/imagetableview.h"

#include "models/imagetablemodel.h"
#include "settings/appsettings.h"
#include "widgets/celltooltipdelegate.h"

#include <QAction>
#include <QBitArray>
#include <QClipboard>
#include <QDataStream>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {

// The width a column starts at, before its header's text is considered.
int preferredWidth(int column, int fallback)
{
    switch (column) {
    case ImageTableModel::Name:
        return 280;
    case ImageTableModel::Status:
        return 110;
    case ImageTableModel::Size:
        return 90;
    case ImageTableModel::Created:
    case ImageTableModel::Updated:
        return 170;
    default:
        return fallback;
    }
}

// How many columns a saved header state has (QHeaderView::saveState's stream: a marker and
// version, then sort order, visual and logical indices, hidden sections, their sizes, the length
// and the count), or -1 when the state is not one.
int savedColumnCount(const QByteArray& state)
{
    QDataStream stream(state);
    stream.setVersion(QDataStream::Qt_5_0);
    int marker = 0;
    int version = 0;
    int orientation = 0;
    int order = 0;
    int sortSection = 0;
    bool sortShown = false;
    QList<int> visualIndices;
    QList<int> logicalIndices;
    QBitArray hidden;
    QHash<int, int> hiddenSizes;
    int length = 0;
    int count = -1;
    stream >> marker >> version >> orientation >> order >> sortSection >> sortShown >> visualIndices >>
        logicalIndices >> hidden >> hiddenSizes >> length >> count;
    if (stream.status() != QDataStream::Ok || marker != 0xff || version != 0 || count < 0)
        return -1;
    return count;
}

} // namespace

ImageTableView::ImageTableView(QWidget* parent)
    : QTableView(parent)
    , m_columnsMenu(new QMenu(tr("&Columns"), this))
{
    setObjectName(u"imageTable"_s);
    setAccessibleName(tr("Images"));
    setTabKeyNavigation(false); // Tab goes to the next pane; arrows move within the table
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setIconSize(QSize(16, 16));
    setItemDelegate(new CellToolTipDelegate(this)); // a cut value's whole text as its tooltip
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& at) { m_columnsMenu->exec(horizontalHeader()->mapToGlobal(at)); });
}

void ImageTableView::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    resetColumns();
}

void ImageTableView::resetColumns()
{
    QHeaderView* header = horizontalHeader();
    sortByColumn(ImageTableModel::Name, Qt::AscendingOrder); // the headers' room for the indicator
    for (int column = 0; column < ImageTableModel::ColumnCount; ++column) {
        header->moveSection(header->visualIndex(column), column);
        // Wide enough for the header's text in the language in use (its font, its margins, the
        // sort indicator): "Datenträgerformat" is not cut. A hidden column keeps the width for
        // when it is shown.
        setColumnHidden(column, false);
        setColumnWidth(column, std::max(preferredWidth(column, header->defaultSectionSize()),
                                        header->sectionSizeHint(column)));
        setColumnHidden(column, ImageTableModel::hiddenByDefault(ImageTableModel::Column(column)));
    }
    rebuildColumnsMenu();
}

void ImageTableView::rebuildColumnsMenu()
{
    m_columnsMenu->clear();
    if (!model())
        return;
    for (int column = 0; column < model()->columnCount(); ++column) {
        QAction* action = m_columnsMenu->addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        // The name always stays: a table of nameless rows helps nobody.
        action->setEnabled(column != ImageTableModel::Name);
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { setColumnHidden(column, !shown); });
    }
    m_columnsMenu->addSeparator();
    QAction* reset = m_columnsMenu->addAction(tr("&Reset Columns"));
    connect(reset, &QAction::triggered, this, &ImageTableView::resetColumns);
}

void ImageTableView::saveColumns(AppSettings* settings) const
{
    settings->setImageColumns(horizontalHeader()->saveState());
}

void ImageTableView::restoreColumns(AppSettings* settings)
{
    const QByteArray state = settings->imageColumns();
    if (state.isEmpty() || !horizontalHeader()->restoreState(state))
        return;
    // A layout saved before columns were added (they are appended): those start as they would
    // in a new layout, shown or hidden, rather than all shown.
    const int saved = savedColumnCount(state);
    for (int column = saved < 0 ? ImageTableModel::ColumnCount : saved; column < ImageTableModel::ColumnCount;
         ++column)
        setColumnHidden(column, ImageTableModel::hiddenByDefault(ImageTableModel::Column(column)));
    rebuildColumnsMenu();
}

QList<int> ImageTableView::columnLayout() const
{
    const QHeaderView* header = horizontalHeader();
    int stretched = -1; // the last visible column, in visual order
    for (int visual = header->count() - 1; visual >= 0 && stretched < 0; --visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            stretched = header->logicalIndex(visual);
    }
    QList<int> layout{header->sortIndicatorSection(), static_cast<int>(header->sortIndicatorOrder())};
    for (int logical = 0; logical < header->count(); ++logical) {
        layout << header->visualIndex(logical) << (header->isSectionHidden(logical) ? 1 : 0)
               << (logical == stretched ? -1 : header->sectionSize(logical));
    }
    return layout;
}

QString ImageTableView::currentCellText() const
{
    return currentIndex().data(Qt::DisplayRole).toString();
}

void ImageTableView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        QGuiApplication::clipboard()->setText(currentCellText());
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        Q_EMIT detailsRequested();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

QItemSelectionModel::SelectionFlags ImageTableView::selectionCommand(const QModelIndex& index,
                                                                     const QEvent* event) const
{
    if (event && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<const QKeyEvent*>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        switch (key->key()) {
        case Qt::Key_Home:
        case Qt::Key_End:
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            if (modifiers == Qt::ControlModifier)
                return QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows;
            break;
        default:
            break;
        }
    }
    return QTableView::selectionCommand(index, event);
}

} // namespace Skylight
