// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/imagedetailsview.h"

#include "image/imagerecord.h"
#include "image/redaction.h"
#include "models/contentsrows.h"
#include "models/keyvaluetablemodel.h"
#include "models/linktablemodel.h"
#include "models/membertablemodel.h"
#include "models/overviewmodel.h"
#include "models/tasktablemodel.h"
#include "widgets/celltooltipdelegate.h"
#include "widgets/imagesharingtab.h"
#include "widgets/imagetaskstab.h"

#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

ImageDetailsView::ImageDetailsView(QWidget* parent)
    : QTabWidget(parent)
    , m_overview(new OverviewModel(this))
    , m_properties(new KeyValueTableModel(this))
    , m_propertiesProxy(new QSortFilterProxyModel(this))
    , m_propertiesFilter(new QLineEdit(this))
    , m_links(new LinkTableModel(this))
    , m_raw(new QPlainTextEdit(this))
    , m_sharing(new ImageSharingTab(this))
    , m_tasks(new ImageTasksTab(this))
    , m_empty(new QLabel(tr("No image selected"), this))
{
    setObjectName(u"detailsView"_s);
    setAccessibleName(tr("Image details"));
    tabBar()->setAccessibleName(tr("Image details tabs"));
    m_tables[OverviewTab] = makeTable(m_overview, tr("Overview"));
    addTab(m_tables[OverviewTab], tr("&Overview"));

    m_properties->setExpandNested(true);
    m_propertiesProxy->setSourceModel(m_properties);
    m_propertiesProxy->setFilterKeyColumn(-1);
    m_propertiesProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_propertiesFilter->setObjectName(u"propertiesFilter"_s);
    m_propertiesFilter->setPlaceholderText(tr("Filter properties"));
    m_propertiesFilter->setAccessibleName(tr("Filter properties"));
    m_propertiesFilter->setClearButtonEnabled(true);
    connect(m_propertiesFilter, &QLineEdit::textChanged, m_propertiesProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    auto* properties = new QWidget(this);
    auto* layout = new QVBoxLayout(properties);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_propertiesFilter);
    m_tables[PropertiesTab] = makeTable(m_propertiesProxy, tr("Properties"));
    layout->addWidget(m_tables[PropertiesTab], 1);
    // The values take the room; the Kind column (with a schema) only what it needs.
    QHeaderView* header = m_tables[PropertiesTab]->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(KeyValueTableModel::Value, QHeaderView::Stretch);
    connect(m_propertiesProxy, &QAbstractItemModel::modelReset, header, [header, this] {
        if (m_propertiesProxy->columnCount() > KeyValueTableModel::Kind)
            header->setSectionResizeMode(KeyValueTableModel::Kind, QHeaderView::ResizeToContents);
    });
    addTab(properties, tr("&Properties"));

    m_tables[LinksTab] = makeTable(m_links, tr("Links"));
    // Addresses differ at their end (…/images/ID vs …/images/ID/file): cut in the middle, whole
    // in the tooltip.
    m_tables[LinksTab]->setTextElideMode(Qt::ElideMiddle);
    m_tables[LinksTab]->setToolTip(tr("Double-click or press Enter: self and file links act in Skylight, "
                                      "addresses of the cloud's API are copied (they need a token), "
                                      "web pages open in your web browser."));
    connect(m_tables[LinksTab], &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (index.row() >= 0 && index.row() < m_linkList.size())
            Q_EMIT linkActivated(m_linkList.at(index.row()));
    });
    addTab(m_tables[LinksTab], tr("&Links"));

    m_raw->setReadOnly(true);
    m_raw->setTabChangesFocus(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setAccessibleName(tr("Raw response"));
    m_raw->setPlaceholderText(
        tr("The image's own response from the server appears here once it has arrived."));
    addTab(m_raw, tr("Ra&w"));

    m_tables[SharingTab] = makeTable(m_sharing->model(), tr("Members"));
    m_sharing->setTable(m_tables[SharingTab]);
    addTab(m_sharing, tr("Sharing"));
    m_tables[TasksTab] = makeTable(m_tasks->model(), tr("Tasks"));
    m_tables[TasksTab]->setTextElideMode(Qt::ElideMiddle);
    m_tasks->setTable(m_tables[TasksTab]);
    addTab(m_tasks, tr("Tasks"));
    // Over the tabs while no image is selected (none yet, or the filter matches none).
    m_empty->setObjectName(u"detailsEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAutoFillBackground(true);
    m_empty->setEnabled(false); // the palette's quieter text
    m_empty->raise();
}

bool ImageDetailsView::isEmpty() const
{
    return !m_empty->isHidden();
}

void ImageDetailsView::resizeEvent(QResizeEvent* event)
{
    QTabWidget::resizeEvent(event);
    m_empty->setGeometry(rect());
}

QTableView* ImageDetailsView::makeTable(QAbstractItemModel* model, const QString& accessibleName)
{
    auto* table = new QTableView(this);
    table->setModel(model);
    table->setAccessibleName(accessibleName);
    table->setTabKeyNavigation(false); // Tab leaves the pane; arrows move within
    // A server's text in a tooltip is shown as text, never as markup; a cut value in full.
    table->setItemDelegate(new CellToolTipDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->installEventFilter(this);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this, table](const QPoint& at) {
        const int tab =
            int(std::find(std::begin(m_tables), std::end(m_tables), table) - std::begin(m_tables));
        QMenu menu(this);
        QAction* copyRows = menu.addAction(tr("&Copy"));
        copyRows->setShortcut(QKeySequence::Copy);
        QAction* copyValue = menu.addAction(tr("Copy &Value"));
        const QModelIndex index = table->indexAt(at);
        copyValue->setEnabled(index.isValid());
        QAction* chosen = menu.exec(table->viewport()->mapToGlobal(at));
        if (chosen == copyRows)
            QGuiApplication::clipboard()->setText(selectionText(Tab(tab)));
        else if (chosen == copyValue)
            QGuiApplication::clipboard()->setText(
                index
                    .siblingAtColumn(tab == PropertiesTab ? int(KeyValueTableModel::Value)
                                                          : table->model()->columnCount() - 1)
                    .data()
                    .toString());
    });
    return table;
}

bool ImageDetailsView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
        for (int tab = 0; tab < TabCount; ++tab) {
            if (m_tables[tab] && watched == m_tables[tab]) {
                QGuiApplication::clipboard()->setText(selectionText(Tab(tab)));
                return true;
            }
        }
    }
    return QTabWidget::eventFilter(watched, event);
}

QTableView* ImageDetailsView::table(Tab tab) const
{
    return tab >= 0 && tab < TabCount ? m_tables[tab] : nullptr;
}

QString ImageDetailsView::selectionText(Tab tab) const
{
    const QTableView* view = table(tab);
    if (!view)
        return m_raw->textCursor().hasSelection() ? m_raw->textCursor().selectedText() : rawText();
    QList<int> rows;
    for (const QModelIndex& index : view->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && view->currentIndex().isValid())
        rows << view->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    const QAbstractItemModel* model = view->model();
    // Properties: key and value, whether the Kind column is shown or not.
    const int columns = tab == PropertiesTab ? int(KeyValueTableModel::Kind) : model->columnCount();
    for (const int row : std::as_const(rows)) {
        QStringList cells;
        for (int column = 0; column < columns; ++column)
            cells << model->index(row, column).data().toString();
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n');
}

void ImageDetailsView::showRecord(const ImageRecord& record)
{
    m_empty->hide();
    m_record = record;
    showOverview(record);
    m_properties->setObject(record.properties);
    m_linkList = record.links;
    m_links->setLinks(record.links);

    // The payload as received, pretty-printed, secrets masked.
    const QByteArray payload = redactSecrets(record.raw, record.rawContentType);
    QString raw;
    if (record.rawContentType.contains("json")) {
        const QJsonDocument document = QJsonDocument::fromJson(payload);
        raw = document.isNull() ? QString::fromUtf8(payload)
                                : QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    } else {
        raw = QString::fromUtf8(payload);
    }
    m_raw->setPlainText(raw);
}

void ImageDetailsView::showOverview(const ImageRecord& record)
{
    QList<OverviewRows::Row> rows = OverviewRows::rows(record, m_clock(), QLocale(), &m_schema);
    // Contents after the base fields, before the custom properties.
    const auto properties =
        std::find_if(rows.begin(), rows.end(), [](const OverviewRows::Row& row) { return row.section; });
    const std::optional<InspectionResult> verdict =
        m_verdictLookup ? m_verdictLookup(record) : std::optional<InspectionResult>();
    const qsizetype at = properties - rows.begin();
    const QList<OverviewRows::Row> contents = ContentsRows::rows(record, verdict, QLocale());
    for (qsizetype i = 0; i < contents.size(); ++i)
        rows.insert(at + i, contents.at(i));
    m_overview->setRows(rows);
    spanSections();
}

void ImageDetailsView::setSchema(const ImageSchema& schema)
{
    if (schema.isEmpty() && m_schema.isEmpty())
        return;
    m_schema = schema;
    m_properties->setSchema(schema);
    if (m_record)
        showOverview(*m_record);
}

void ImageDetailsView::verdictChanged(const QString& id)
{
    if (m_record && m_record->id == id)
        showOverview(*m_record);
}

void ImageDetailsView::clearRecord()
{
    m_record.reset();
    m_overview->setRows({});
    spanSections();
    m_properties->setObject({});
    m_linkList.clear();
    m_links->setLinks({});
    m_raw->clear();
    m_empty->show();
    m_empty->raise();
}

void ImageDetailsView::spanSections()
{
    QTableView* view = m_tables[OverviewTab];
    view->clearSpans();
    for (int row = 0; row < m_overview->rowCount(); ++row) {
        if (m_overview->rows().at(row).section)
            view->setSpan(row, 0, 1, OverviewModel::ColumnCount);
    }
}

QString ImageDetailsView::rawText() const
{
    return m_raw->toPlainText();
}

} // namespace Skylight
