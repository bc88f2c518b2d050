// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/selectionactions.h"

#include "image/imagecsv.h"
#include "image/imagerecordjson.h"
#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"
#include "widgets/comparedialog.h"
#include "widgets/imagetableview.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QIcon>
#include <QJsonDocument>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

SelectionActions::SelectionActions(ImageTableView* view, ImageFilterProxyModel* proxy, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_view(view)
    , m_proxy(proxy)
    , m_dialogParent(dialogParent)
    , m_copyId(new QAction(QIcon(u":/icons/actions/copy.svg"_s), tr("Copy &ID"), this))
    , m_copyName(new QAction(tr("Copy &Name"), this))
    , m_copyCell(new QAction(tr("&Copy Cell"), this))
    , m_export(new QAction(QIcon(u":/icons/actions/export.svg"_s), tr("&Export Selected…"), this))
    , m_compare(new QAction(QIcon(u":/icons/actions/compare.svg"_s), tr("Co&mpare"), this))
    , m_pin(new QAction(tr("&Pin for Comparison"), this))
{
    m_copyId->setObjectName(u"copyIdAction"_s);
    m_copyId->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyId, &QAction::triggered, this, [this] {
        const QList<ImageRecord> records = selectedRecords();
        QStringList ids;
        for (const ImageRecord& record : records)
            ids << record.id;
        QGuiApplication::clipboard()->setText(ids.join(u'\n'));
    });
    connect(m_copyName, &QAction::triggered, this, [this] {
        const QList<ImageRecord> records = selectedRecords();
        QStringList names;
        for (const ImageRecord& record : records)
            names << record.name.value_or(QString());
        QGuiApplication::clipboard()->setText(names.join(u'\n'));
    });
    m_copyCell->setShortcut(QKeySequence::Copy);
    m_copyCell->setShortcutContext(Qt::WidgetShortcut); // the table handles Ctrl+C itself
    connect(m_copyCell, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(m_view->currentCellText()); });
    m_export->setObjectName(u"exportAction"_s);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("Save the selected images' details as JSON or CSV (Ctrl+E)"));
    connect(m_export, &QAction::triggered, this, [this] {
        const QString error = exportSelected();
        if (!error.isEmpty())
            Q_EMIT message(error);
    });
    m_compare->setObjectName(u"compareAction"_s);
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_compare->setToolTip(
        tr("Compare two selected images, or the selected one with the pinned one (Ctrl+M)"));
    connect(m_compare, &QAction::triggered, this, [this] {
        if (CompareDialog* dialog = compareSelected())
            dialog->show();
    });
    m_pin->setObjectName(u"pinAction"_s);
    m_pin->setToolTip(tr("Keep this image to compare it with one from another cloud"));
    connect(m_pin, &QAction::triggered, this, &SelectionActions::pinSelected);
    updateActions();
}

void SelectionActions::setBrowser(CloudBrowser* browser)
{
    m_browser = browser;
    reconcile();
}

void SelectionActions::watchView()
{
    QItemSelectionModel* selection = m_view->selectionModel();
    connect(selection, &QItemSelectionModel::selectionChanged, this, &SelectionActions::reconcile);
    // A click sets the current row before it selects: only a change of the selection (or of the
    // rows) moves the current row; meanwhile the first selected row stands for it.
    connect(selection, &QItemSelectionModel::currentChanged, this, &SelectionActions::notifyTarget);
    // A filter, a sort or a relist moves or drops rows without a word from the selection model.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SelectionActions::reconcile);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SelectionActions::reconcile);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SelectionActions::reconcile);
    reconcile();
}

QModelIndex SelectionActions::selectedCurrent() const
{
    const QItemSelectionModel* selection = m_view->selectionModel();
    if (!selection || !model())
        return {};
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && selection->isRowSelected(current.row(), current.parent()))
        return current;
    // Between a click's new current row and its selection: the first selected row meanwhile.
    QModelIndexList rows = selection->selectedRows();
    if (rows.isEmpty())
        return {};
    return *std::min_element(rows.begin(), rows.end(),
                             [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
}

void SelectionActions::reconcile()
{
    QItemSelectionModel* selection = m_view->selectionModel();
    if (m_reconciling || !selection)
        return;
    {
        const QScopedValueRollback guard(m_reconciling, true);
        const QModelIndex current = selection->currentIndex();
        if (!current.isValid() || !selection->isRowSelected(current.row(), current.parent())) {
            // The current row was deselected (Ctrl+click), filtered out or relisted away: a
            // selected row takes over, or there is no current row at all.
            if (const QModelIndex selected = selectedCurrent(); selected.isValid())
                selection->setCurrentIndex(selected, QItemSelectionModel::NoUpdate);
            else if (current.isValid())
                selection->clearCurrentIndex();
        }
    }
    notifyTarget();
}

void SelectionActions::notifyTarget()
{
    if (m_reconciling)
        return;
    updateActions();
    QStringList ids; // by id, not by record: a large selection is not unpacked at every change
    if (model()) {
        for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
            ids << index.data(ImageTableModel::IdRole).toString();
        ids.sort();
    }
    const QString current = currentId();
    const bool currentMoved = current != m_targetCurrent || m_targetBrowser != m_browser;
    if (!currentMoved && ids == m_targetIds)
        return;
    m_targetIds = ids;
    m_targetCurrent = current;
    m_targetBrowser = m_browser;
    Q_EMIT targetChanged();
    if (currentMoved)
        Q_EMIT currentImageChanged();
}

ImageTableModel* SelectionActions::model() const
{
    if (!m_browser || m_proxy->sourceModel() != m_browser->model())
        return nullptr;
    return m_browser->model();
}

QString SelectionActions::cloudName() const
{
    return m_browser ? m_browser->cloudName() : QString();
}

std::optional<ImageRecord> SelectionActions::currentRecord() const
{
    const ImageTableModel* images = model();
    const QModelIndex current = selectedCurrent();
    if (!images || !current.isValid())
        return std::nullopt;
    return images->record(m_proxy->mapToSource(current).row());
}

QString SelectionActions::currentId() const
{
    return selectedCurrent().data(ImageTableModel::IdRole).toString();
}

bool SelectionActions::selectImage(const QString& id)
{
    const ImageTableModel* images = model();
    const int row = images ? images->rowOf(id) : -1;
    const QModelIndex index =
        row < 0 ? QModelIndex() : m_proxy->mapFromSource(images->index(row, ImageTableModel::Name));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void SelectionActions::selectFirstIfNone()
{
    if (model() && !m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->selectRow(0);
}

BrowserViewState SelectionActions::viewState() const
{
    BrowserViewState state;
    if (!model() || !m_view->selectionModel())
        return state;
    state.currentId = currentId();
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        state.selectedIds << index.data(ImageTableModel::IdRole).toString();
    state.scroll = m_view->verticalScrollBar()->value();
    return state;
}

bool SelectionActions::restoreViewState(const BrowserViewState& state)
{
    const ImageTableModel* images = model();
    if (!images || state.currentId.isEmpty())
        return false;
    const auto indexOf = [this, images](const QString& id) {
        const int row = images->rowOf(id);
        return row < 0 ? QModelIndex() : m_proxy->mapFromSource(images->index(row, ImageTableModel::Name));
    };
    const QModelIndex current = indexOf(state.currentId);
    if (!current.isValid())
        return false;
    QItemSelection selection;
    for (const QString& id : state.selectedIds) {
        if (const QModelIndex index = indexOf(id); index.isValid())
            selection.select(index, index);
    }
    {
        const QScopedValueRollback guard(m_reconciling, true);
        m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        m_view->selectionModel()->select(selection,
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    reconcile();
    m_view->doItemsLayout(); // the scroll range of the rows now shown
    m_view->verticalScrollBar()->setValue(state.scroll);
    return true;
}

QList<ImageRecord> SelectionActions::selectedRecords() const
{
    QList<ImageRecord> records;
    const ImageTableModel* images = model();
    if (!m_view->selectionModel() || !images)
        return records;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : std::as_const(rows)) {
        if (const std::optional<ImageRecord> record = images->record(m_proxy->mapToSource(index).row()))
            records << *record;
    }
    return records;
}

void SelectionActions::updateActions()
{
    const qsizetype selected =
        m_view->selectionModel() && model() ? m_view->selectionModel()->selectedRows().size() : 0;
    m_copyId->setEnabled(selected > 0);
    m_copyName->setEnabled(selected > 0);
    m_copyCell->setEnabled(selected > 0 && m_view->currentIndex().isValid());
    m_export->setEnabled(selected > 0);
    m_pin->setEnabled(selected == 1);
    m_compare->setEnabled(selected == 2 || (selected == 1 && m_pinned));
}

QString SelectionActions::exportSelected(const QString& chosenPath, ExportFormat format)
{
    const QList<ImageRecord> records = selectedRecords();
    if (records.isEmpty())
        return tr("Select the images to export first.");
    QString path = chosenPath;
    if (path.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QString selectedFilter;
        const QString spreadsheet = tr("CSV for spreadsheet programs, with a byte order mark (*.csv)");
        path = QFileDialog::getSaveFileName(
            m_dialogParent, tr("Export Image Details"), folder + u"/images.json"_s,
            tr("JSON (*.json)") + u";;"_s + tr("CSV (*.csv)") + u";;"_s + spreadsheet, &selectedFilter);
        if (path.isEmpty())
            return {};
        if (selectedFilter.contains(u"csv"_s) && !path.endsWith(u".csv"_s, Qt::CaseInsensitive))
            path += u".csv"_s;
        if (selectedFilter == spreadsheet)
            format = ExportFormat::SpreadsheetCsv;
    }
    const bool csv = format == ExportFormat::SpreadsheetCsv || path.endsWith(u".csv"_s, Qt::CaseInsensitive);
    const QByteArray bytes =
        csv ? toCsv(records, CsvOptions{.byteOrderMark = format == ExportFormat::SpreadsheetCsv})
            : QJsonDocument(toContractJson(records)).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    Q_EMIT message(tr("Exported %n image(s) to %1.", nullptr, int(records.size())).arg(path));
    return {};
}

QString SelectionActions::labelOf(const ImageRecord& record, const QString& cloud) const
{
    return tr("%1 · %2").arg(record.name.value_or(record.id), cloud);
}

void SelectionActions::pinSelected()
{
    const QList<ImageRecord> records = selectedRecords();
    if (records.size() != 1)
        return;
    m_pinned = records.first();
    m_pinnedCloud = cloudName();
    Q_EMIT message(tr("Pinned %1: select another image (in any cloud) and choose Compare.")
                       .arg(labelOf(*m_pinned, m_pinnedCloud)));
    updateActions();
}

CompareDialog* SelectionActions::compareSelected()
{
    const QList<ImageRecord> records = selectedRecords();
    const QString cloud = cloudName();
    CompareDialog* dialog = nullptr;
    if (records.size() == 2)
        dialog = new CompareDialog(records.at(0), labelOf(records.at(0), cloud), records.at(1),
                                   labelOf(records.at(1), cloud), m_dialogParent);
    else if (records.size() == 1 && m_pinned)
        dialog = new CompareDialog(*m_pinned, labelOf(*m_pinned, m_pinnedCloud), records.first(),
                                   labelOf(records.first(), cloud), m_dialogParent);
    if (dialog && m_verdictLookup) {
        const ImageRecord& left = records.size() == 2 ? records.at(0) : *m_pinned;
        dialog->setVerdicts(m_verdictLookup(left), m_verdictLookup(records.last()));
    }
    return dialog;
}

} // namespace Skylight
