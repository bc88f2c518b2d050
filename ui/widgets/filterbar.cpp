// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/filterbar.h"

#include "models/imagetablemodel.h"
#include "widgets/chipmenu.h"
#include "widgets/filtercompleter.h"
#include "widgets/plaintooltip.h"
#include "widgets/themecolors.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
using Chip = ImageFilterProxyModel::Chip;
constexpr Chip kChips[] = {Chip::Status, Chip::Visibility, Chip::DiskFormat};

QString chipValue(const ImageTableModel::Row& row, Chip chip)
{
    switch (chip) {
    case Chip::Status:
        return row.status;
    case Chip::Visibility:
        return row.visibility;
    case Chip::DiskFormat:
        return row.diskFormat.toLower();
    }
    return {};
}
} // namespace

FilterBar::FilterBar(ImageTableModel* images, ImageFilterProxyModel* proxy, QWidget* parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_edit(new QLineEdit(this))
    , m_completer(new FilterCompleter(m_edit))
    , m_count(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_problemMark(new QAction(this))
{
    setObjectName(u"filterBar"_s);
    m_edit->setObjectName(u"filterEdit"_s);
    m_edit->setPlaceholderText(tr("Filter by name, ID or property value; status:active, tag:… (Ctrl+F)"));
    m_edit->setAccessibleName(tr("Filter images"));
    m_help = tr("Every word must appear in the name, ID or a property value.\n"
                "key:value matches a field exactly: name, status, visibility, tag, owner,\n"
                "disk_format, container_format, id, member_status or any property.\n"
                "Sizes and dates compare with <, <=, >, >=, = and !=: size>1G, size<=500M,\n"
                "virtual_size>10G, min_disk>=10 (GB), min_ram<512 (MB), created<2024-01-01,\n"
                "updated>=2025-06-01T12:00 (UTC unless a zone follows: Z, +02:00).\n"
                "Units K, M, G, T count in 1024s (KiB, MiB, GiB, TiB).\n"
                "Enter asks the server to filter, where the cloud can (Image API v2).");
    m_edit->setToolTip(m_help);
    m_edit->setClearButtonEnabled(true);
    // A term that cannot be read: a mark in the box, the reason under it; the term is left out.
    m_problemMark->setObjectName(u"filterProblemMark"_s);
    m_problemMark->setText(tr("A term is left out"));
    m_problemMark->setVisible(false);
    m_edit->addAction(m_problemMark, QLineEdit::TrailingPosition);
    connect(m_problemMark, &QAction::triggered, this, [this] { m_edit->setFocus(Qt::OtherFocusReason); });
    m_problem->setObjectName(u"filterProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setVisible(false);
    // Escape empties the box (as its clear button does) and the filter follows at once.
    auto* escape = new QAction(this);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetShortcut);
    m_edit->addAction(escape);
    connect(escape, &QAction::triggered, this, [this] {
        m_edit->clear();
        applyNow();
    });
    m_edit->setMinimumWidth(260);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QHBoxLayout;
    column->addLayout(layout);
    column->addWidget(m_problem);
    layout->addWidget(m_edit, 1);
    m_chipNames[0] = tr("Status");
    m_chipNames[1] = tr("Visibility");
    m_chipNames[2] = tr("Format");
    const QString* names = m_chipNames;
    // Whole sentences: a noun keeps its case (German capitalises every noun).
    const QString accessibleNames[] = {tr("Filter by status"), tr("Filter by visibility"),
                                       tr("Filter by format")};
    for (const Chip chip : kChips) {
        auto* button = new QToolButton(this);
        button->setObjectName(u"chip%1"_s.arg(int(chip)));
        button->setText(names[int(chip)]);
        button->setAccessibleName(accessibleNames[int(chip)]);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setCheckable(true);
        auto* menu = new ChipMenu(button);
        menu->setObjectName(u"chipMenu%1"_s.arg(int(chip)));
        button->setMenu(menu);
        connect(menu, &ChipMenu::selectionChanged, this, [this, chip] { applyChip(chip); });
        m_chips[int(chip)] = button;
        layout->addWidget(button);
    }
    m_count->setObjectName(u"matchCount"_s);
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(u"000,000 of 000,000"_s));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_count);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(m_edit, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, &FilterBar::applyNow);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FilterBar::updateCount);
    setImageModel(images);
    applyTheme();
}

void FilterBar::setSchema(const ImageSchema& schema)
{
    m_completer->setSchema(schema);
}

ChipMenu* FilterBar::chipMenu(Chip chip) const
{
    return static_cast<ChipMenu*>(m_chips[int(chip)]->menu());
}

void FilterBar::setImageModel(ImageTableModel* images)
{
    if (images == m_images)
        return;
    for (const QMetaObject::Connection& connection : std::as_const(m_imageConnections))
        disconnect(connection);
    m_imageConnections.clear();
    m_images = images;
    if (!m_images)
        return;
    m_imageConnections << connect(m_images, &QAbstractItemModel::rowsInserted, this,
                                  [this](const QModelIndex&, int first, int last) { addValues(first, last); })
                       << connect(m_images, &QAbstractItemModel::modelReset, this, &FilterBar::resetValues);
    resetValues();
}

void FilterBar::applyNow()
{
    m_debounce.stop();
    m_proxy->setSearchText(m_edit->text());
    showProblems();
    updateCount();
    Q_EMIT filterChanged();
}

void FilterBar::showProblems()
{
    QStringList reasons;
    for (const QueryProblem& problem : m_proxy->query().problems)
        reasons << problem.text();
    const QString text = reasons.join(u'\n');
    m_problem->setText(text);
    m_problem->setVisible(!reasons.isEmpty());
    m_problemMark->setVisible(!reasons.isEmpty());
    m_problemMark->setToolTip(text);
    m_edit->setToolTip(reasons.isEmpty() ? m_help : text + u"\n\n"_s + m_help);
    m_edit->setAccessibleDescription(text);
}

void FilterBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange ||
        event->type() == QEvent::StyleChange)
        applyTheme();
}

void FilterBar::applyTheme()
{
    m_problemMark->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this));
    const QColor alert = ThemeColors::color(ThemeColors::Role::AlertText, palette());
    if (m_problem->palette().color(QPalette::WindowText) == alert)
        return; // also ends the PaletteChange that setPalette() below sends
    QPalette tinted = m_problem->palette();
    tinted.setColor(QPalette::WindowText, alert);
    m_problem->setPalette(tinted);
}

void FilterBar::clear()
{
    m_edit->clear();
    // Every value at once: one by one, the rows of the values still checked would be all that is
    // left for a moment (a selected row among the others would lose its selection).
    for (const Chip chip : kChips) {
        {
            const QSignalBlocker quiet(chipMenu(chip));
            chipMenu(chip)->setAllChecked(false);
        }
        applyChip(chip);
    }
    applyNow();
}

void FilterBar::focusFilter()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FilterBar::setChipValue(Chip chip, const QString& value, bool on)
{
    chipMenu(chip)->setValueChecked(value.toLower(), on); // the menu tells applyChip()
}

void FilterBar::addValues(int first, int last)
{
    for (const Chip chip : kChips) {
        ChipMenu* menu = chipMenu(chip);
        QSet<QString> seen;
        QStringList values;
        for (int row = first; row <= last; ++row) {
            const QString value = chipValue(m_images->row(row), chip);
            if (!value.isEmpty() && !seen.contains(value)) {
                seen.insert(value);
                values << value;
            }
        }
        menu->addValues(values);
        m_chips[int(chip)]->setEnabled(menu->hasValues());
    }
}

void FilterBar::resetValues()
{
    // A new listing: the chips keep what is checked (the values are likely to come again).
    for (const Chip chip : kChips) {
        chipMenu(chip)->dropUnchecked();
        m_chips[int(chip)]->setEnabled(chipMenu(chip)->hasValues());
    }
    if (m_images && m_images->rowCount() > 0)
        addValues(0, m_images->rowCount() - 1);
    updateCount();
}

void FilterBar::applyChip(Chip chip)
{
    const QStringList shown = chipMenu(chip)->checkedValues();
    const QSet<QString> values(shown.begin(), shown.end());
    QToolButton* button = m_chips[int(chip)];
    const QString& base = m_chipNames[int(chip)];
    // One value by name, several by how many (the tooltip names them).
    if (shown.isEmpty())
        button->setText(base);
    else if (shown.size() == 1)
        button->setText(tr("%1: %2").arg(base, shown.first()));
    else
        button->setText(
            tr("%1 (%Ln)", "a chip and how many of its values are checked", int(shown.size())).arg(base));
    // The values listed the language's way ("a, b and c", "a、b和c").
    button->setToolTip(shown.isEmpty()
                           ? QString()
                           : plainToolTip(tr("%1: %2").arg(base, QLocale().createSeparatedList(shown))));
    button->setChecked(!shown.isEmpty());
    m_proxy->setChip(chip, values);
    updateCount();
    Q_EMIT filterChanged();
}

void FilterBar::updateCount()
{
    const int all = m_images ? m_images->rowCount() : 0;
    const int shown = m_proxy->rowCount();
    const QLocale locale;
    m_count->setText(m_proxy->isFiltering() ? tr("%1 of %2").arg(locale.toString(shown), locale.toString(all))
                                            : tr("%Ln image(s)", nullptr, all));
    m_count->setAccessibleName(tr("%Ln matching image(s)", nullptr, shown));
}

} // namespace Skylight
