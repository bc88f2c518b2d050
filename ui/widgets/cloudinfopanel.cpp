// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/cloudinfopanel.h"

#include "models/quotarow.h"
#include "models/storetablemodel.h"
#include "widgets/celltooltipdelegate.h"
#include "widgets/plaintooltip.h"
#include "widgets/themecolors.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QDockWidget>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTextLayout>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr int kMaxMessageLines = 3;
constexpr qsizetype kMaxLabelChars = 40; // a quota's name from the server, in the grid

// A label showing plain text in at most kMaxMessageLines lines of its width, the last one cut with
// "…" when the text is longer; the whole text is then its tooltip (as text, never markup).
class ElidingLabel : public QLabel
{
public:
    explicit ElidingLabel(QWidget* parent)
        : QLabel(parent)
    {
        setTextFormat(Qt::PlainText);
        setWordWrap(false);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    void setFullText(const QString& text)
    {
        m_full = text;
        relayout();
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QLabel::resizeEvent(event);
        relayout();
    }

private:
    void relayout()
    {
        const QString text = m_full.simplified(); // line breaks and tabs of a server's text: spaces
        const int width = contentsRect().width();
        QStringList lines;
        bool cut = false;
        if (width > 0 && !text.isEmpty()) {
            QTextLayout layout(text, font());
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(option);
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width);
                if (lines.size() + 1 == kMaxMessageLines) {
                    const QString rest = text.mid(line.textStart());
                    const QString elided = fontMetrics().elidedText(rest, Qt::ElideRight, width);
                    cut = elided != rest;
                    lines << elided;
                    break;
                }
                lines << text.mid(line.textStart(), line.textLength()).trimmed();
            }
            layout.endLayout();
        } else {
            lines << text;
        }
        QLabel::setText(lines.join(u'\n'));
        setToolTip(cut ? plainToolTip(m_full) : QString());
        setAccessibleDescription(m_full);
    }

    QString m_full;
};

QString cappedLabel(const QString& text)
{
    return text.size() <= kMaxLabelChars ? text : text.left(kMaxLabelChars) + QChar(0x2026);
}
} // namespace

CloudInfoPanel::CloudInfoPanel(QWidget* parent)
    : QWidget(parent)
    , m_cloud(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_sections(new QBoxLayout(QBoxLayout::LeftToRight))
    , m_stores(new StoreTableModel(this))
    , m_storeView(new QTableView(this))
    , m_import(new QTreeWidget(this))
    , m_usage(new QWidget(this))
    , m_usageGrid(new QGridLayout)
{
    setObjectName(u"cloudInfoPanel"_s);
    setAccessibleName(tr("Cloud information"));
    m_cloud->setObjectName(u"cloudInfoCloud"_s);
    m_cloud->setTextFormat(Qt::PlainText);
    m_cloud->setAccessibleName(tr("Cloud asked"));
    m_refresh->setObjectName(u"cloudInfoRefresh"_s);
    m_refresh->setAccessibleName(tr("Ask the cloud again"));
    m_refresh->setToolTip(tr("Ask the cloud again for its stores, import methods and quotas"));
    connect(m_refresh, &QPushButton::clicked, this, &CloudInfoPanel::refreshRequested);

    m_storeView->setObjectName(u"storeTable"_s);
    m_storeView->setAccessibleName(tr("Stores"));
    m_storeView->setModel(m_stores);
    m_storeView->setItemDelegate(new CellToolTipDelegate(m_storeView)); // server text, never markup
    m_storeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_storeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_storeView->setTabKeyNavigation(false);
    m_storeView->verticalHeader()->hide();
    m_storeView->horizontalHeader()->setStretchLastSection(true);
    m_storeView->setColumnHidden(StoreTableModel::Type, true);
    m_storeView->horizontalHeader()->moveSection(StoreTableModel::Description,
                                                 StoreTableModel::ColumnCount - 1);

    m_import->setObjectName(u"importMethods"_s);
    m_import->setAccessibleName(tr("Import methods"));
    m_import->setColumnCount(2);
    m_import->setHeaderLabels({tr("Method"), tr("Key")});
    m_import->setRootIsDecorated(false);
    m_import->setItemDelegate(new CellToolTipDelegate(m_import));

    m_usage->setObjectName(u"quotaGrid"_s);
    m_usage->setAccessibleName(tr("Quotas"));
    m_usageGrid->setColumnStretch(1, 1);
    auto* usageLayout = new QVBoxLayout(m_usage); // the bars at the top, not spread over the height
    usageLayout->setContentsMargins(0, 0, 0, 0);
    usageLayout->addLayout(m_usageGrid);
    usageLayout->addStretch(1);

    auto* top = new QHBoxLayout;
    top->addWidget(m_cloud, 1);
    top->addWidget(m_refresh);
    m_sections->addWidget(makeSection(Section::Stores, tr("Stores"), m_storeView), 3);
    m_sections->addWidget(makeSection(Section::Import, tr("Import"), m_import), 2);
    m_sections->addWidget(makeSection(Section::Usage, tr("Quotas"), m_usage), 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(m_sections, 1);
    for (Section section : {Section::Stores, Section::Import, Section::Usage})
        showEmpty(section);
    applyColors();
}

CloudInfoPanel::~CloudInfoPanel() = default;

QGroupBox* CloudInfoPanel::makeSection(Section section, const QString& title, QWidget* content)
{
    Part& p = part(section);
    p.box = new QGroupBox(title, this);
    p.box->setAccessibleName(title);
    p.message = new ElidingLabel(p.box);
    p.content = content;
    auto* layout = new QVBoxLayout(p.box);
    layout->addWidget(p.message);
    layout->addWidget(content, 1);
    layout->addStretch(0);
    return p.box;
}

QDockWidget* CloudInfoPanel::createDock(QMainWindow* window)
{
    auto* dock = new QDockWidget(tr("Cloud information"), window);
    dock->setObjectName(u"cloudInfoDock"_s);
    dock->setWidget(this);
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    dock->toggleViewAction()->setText(tr("Cloud &Information"));
    connect(dock, &QDockWidget::dockLocationChanged, this, [this](Qt::DockWidgetArea area) {
        setVertical(area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea);
    });
    return dock;
}

void CloudInfoPanel::setVertical(bool vertical)
{
    m_sections->setDirection(vertical ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

bool CloudInfoPanel::isVertical() const
{
    return m_sections->direction() == QBoxLayout::TopToBottom;
}

void CloudInfoPanel::setCloudText(const QString& text)
{
    m_cloud->setText(text);
}

void CloudInfoPanel::setPart(Section section, State state, const QString& text, bool alert, bool contentShown)
{
    Part& p = part(section);
    p.state = state;
    p.text = text;
    p.alert = alert;
    static_cast<ElidingLabel*>(p.message)->setFullText(alert ? tr("⚠ %1").arg(text) : text);
    p.message->setVisible(!text.isEmpty());
    p.message->setAccessibleName(alert ? tr("%1: failed").arg(p.box->title()) : p.box->title());
    p.content->setVisible(contentShown);
    if (!contentShown) // nothing of an earlier answer (another cloud's) stays behind
        clearContent(section);
    applyColors();
}

void CloudInfoPanel::clearContent(Section section)
{
    if (section == Section::Stores)
        m_stores->clear();
    else if (section == Section::Import)
        m_import->clear();
    else
        clearQuotas();
}

void CloudInfoPanel::showEmpty(Section section)
{
    setPart(section, State::Empty, QString(), false, false);
}

void CloudInfoPanel::showLoading(Section section)
{
    setPart(section, State::Loading, tr("Asking the cloud…"), false, false);
}

void CloudInfoPanel::showNote(Section section, const QString& text)
{
    setPart(section, State::Note, text, false, false);
}

void CloudInfoPanel::showFailure(Section section, const QString& text)
{
    setPart(section, State::Failure, text, true, false);
}

namespace {
QString leftOut(const SkippedEntries& skipped)
{
    if (skipped.isEmpty())
        return {};
    return QCoreApplication::translate("Skylight::CloudInfoPanel", "Left out (%1 in all): %2")
        .arg(skipped.count)
        .arg(skipped.reasons.join(u"; "_s));
}
} // namespace

void CloudInfoPanel::showStores(const ImageStoreList& stores)
{
    m_stores->setStores(stores);
    m_storeView->setColumnHidden(StoreTableModel::Type, !stores.detailed);
    m_storeView->resizeColumnsToContents();
    if (stores.stores.isEmpty() && stores.skipped.isEmpty()) {
        showNote(Section::Stores, tr("This cloud lists no stores."));
        return;
    }
    setPart(Section::Stores, State::Shown, leftOut(stores.skipped), false, !stores.stores.isEmpty());
}

QString CloudInfoPanel::importMethodName(const QString& key)
{
    if (key == u"glance-direct"_s)
        return tr("Upload, then import");
    if (key == u"web-download"_s)
        return tr("Import from a web address");
    if (key == u"copy-image"_s)
        return tr("Copy to other stores");
    if (key == u"glance-download"_s)
        return tr("Import from another region's Image API");
    return key;
}

void CloudInfoPanel::showImportInfo(const ImportInfo& info)
{
    m_import->clear();
    for (const QString& method : info.methods) {
        auto* item = new QTreeWidgetItem(m_import, {importMethodName(method), method});
        item->setData(0, Qt::UserRole, method);
    }
    m_import->resizeColumnToContents(0);
    if (info.methods.isEmpty()) {
        showNote(Section::Import, tr("This cloud takes no image import."));
        return;
    }
    setPart(Section::Import, State::Shown, QString(), false, true);
    m_import->setToolTip(plainToolTip(info.description));
}

void CloudInfoPanel::clearQuotas()
{
    for (const QuotaWidgets& row : std::as_const(m_quotas)) {
        delete row.label;
        delete row.bar;
        delete row.text;
    }
    m_quotas.clear();
}

void CloudInfoPanel::showUsage(const ImageUsage& usage)
{
    clearQuotas();
    for (const UsageEntry& entry : usage.entries) {
        const QuotaRow quota = QuotaRow::from(entry, locale());
        const int row = static_cast<int>(m_quotas.size());
        QuotaWidgets widgets{new QLabel(m_usage), new QProgressBar(m_usage), new QLabel(m_usage),
                             quota.overLimit};
        widgets.label->setTextFormat(Qt::PlainText); // an unknown quota's name is the server's
        widgets.label->setText(cappedLabel(quota.label));
        if (quota.label != widgets.label->text())
            widgets.label->setToolTip(plainToolTip(quota.label));
        widgets.text->setTextFormat(Qt::PlainText);
        widgets.text->setText(quota.text);
        widgets.bar->setRange(0, QuotaRow::kBarMaximum);
        widgets.bar->setValue(quota.fill);
        widgets.bar->setTextVisible(quota.hasLimit);
        widgets.bar->setFormat(quota.hasLimit ? u"%p%"_s : QString());
        widgets.bar->setEnabled(quota.hasLimit);
        widgets.bar->setProperty("quotaKey", quota.key);
        widgets.bar->setProperty("overLimit", quota.overLimit);
        widgets.bar->setAccessibleName(tr("%1 quota").arg(cappedLabel(quota.label)));
        widgets.bar->setAccessibleDescription(quota.text);
        widgets.bar->setToolTip(quota.text);
        m_usageGrid->addWidget(widgets.label, row, 0);
        m_usageGrid->addWidget(widgets.bar, row, 1);
        m_usageGrid->addWidget(widgets.text, row, 2);
        m_quotas.append(widgets);
    }
    applyColors();
    if (usage.entries.isEmpty() && usage.skipped.isEmpty()) {
        showNote(Section::Usage, tr("This cloud sets no quota on images."));
        return;
    }
    setPart(Section::Usage, State::Shown, leftOut(usage.skipped), false, !usage.entries.isEmpty());
}

void CloudInfoPanel::setRefreshEnabled(bool enabled)
{
    m_refresh->setEnabled(enabled);
}

CloudInfoPanel::State CloudInfoPanel::state(Section section) const
{
    return part(section).state;
}

QString CloudInfoPanel::message(Section section) const
{
    return part(section).text;
}

QLabel* CloudInfoPanel::messageLabel(Section section) const
{
    return part(section).message;
}

QLabel* CloudInfoPanel::quotaLabel(int row) const
{
    return row >= 0 && row < m_quotas.size() ? m_quotas.at(row).label : nullptr;
}

QProgressBar* CloudInfoPanel::quotaBar(int row) const
{
    return row >= 0 && row < m_quotas.size() ? m_quotas.at(row).bar : nullptr;
}

QLabel* CloudInfoPanel::quotaText(int row) const
{
    return row >= 0 && row < m_quotas.size() ? m_quotas.at(row).text : nullptr;
}

void CloudInfoPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    Q_EMIT shown();
}

void CloudInfoPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColors();
}

void CloudInfoPanel::applyColors()
{
    // Set on the children only: the panel's own palette change would call this again.
    const QPalette around = palette();
    const QColor alert = ThemeColors::color(ThemeColors::Role::AlertText, around);
    for (const Part& p : m_parts) {
        if (!p.message)
            continue;
        QPalette palette = around;
        if (p.alert)
            palette.setColor(QPalette::WindowText, alert);
        else if (p.state != State::Shown)
            palette.setColor(QPalette::WindowText, around.color(QPalette::PlaceholderText));
        p.message->setPalette(palette);
    }
    for (const QuotaWidgets& row : std::as_const(m_quotas)) {
        QPalette bar = around;
        QPalette text = around;
        if (row.overLimit) {
            bar.setColor(QPalette::Highlight, alert);
            text.setColor(QPalette::WindowText, alert);
        }
        row.bar->setPalette(bar);
        row.text->setPalette(text);
    }
}

} // namespace Skylight
