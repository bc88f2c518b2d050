// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/filterbar.h"

#include "models/imagetablemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

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
    , m_count(new QLabel(this))
{
    setObjectName(u"filterBar"_s);
    m_edit->setObjectName(u"filterEdit"_s);
    m_edit->setPlaceholderText(tr("Filter by name, ID or property value; status:active, tag:… (Ctrl+F)"));
    m_edit->setAccessibleName(tr("Filter images"));
    m_edit->setToolTip(tr("Every word must appear in the name, ID or a property value.\n"
                          "key:value matches a field exactly: name, status, visibility, tag, owner,\n"
                          "disk_format, container_format, id, member_status or any property.\n"
                          "Enter asks the server to filter, where the cloud can (Image API v2)."));
    m_edit->setClearButtonEnabled(true);
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

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
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
        button->setMenu(new QMenu(button));
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
    updateCount();
    Q_EMIT filterChanged();
}

void FilterBar::clear()
{
    m_edit->clear();
    // Every value at once: one by one, the rows of the values still checked would be all that is
    // left for a moment (a selected row among the others would lose its selection).
    for (const Chip chip : kChips) {
        for (QAction* action : m_chips[int(chip)]->menu()->actions()) {
            const QSignalBlocker quiet(action);
            action->setChecked(false);
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
    for (QAction* action : m_chips[int(chip)]->menu()->actions()) {
        if (action->data().toString() == value.toLower()) {
            action->setChecked(on);
            applyChip(chip);
            return;
        }
    }
}

void FilterBar::addValues(int first, int last)
{
    for (const Chip chip : kChips) {
        QMenu* menu = m_chips[int(chip)]->menu();
        QSet<QString> known;
        for (const QAction* action : menu->actions())
            known.insert(action->data().toString());
        QStringList added;
        for (int row = first; row <= last; ++row) {
            const QString value = chipValue(m_images->row(row), chip);
            if (!value.isEmpty() && !known.contains(value)) {
                known.insert(value);
                added << value;
            }
        }
        for (const QString& value : std::as_const(added)) {
            auto* action = menu->addAction(value);
            action->setData(value);
            action->setCheckable(true);
            connect(action, &QAction::toggled, this, [this, chip] { applyChip(chip); });
        }
        if (!added.isEmpty()) { // keep the menu sorted
            QList<QAction*> actions = menu->actions();
            std::sort(actions.begin(), actions.end(),
                      [](const QAction* a, const QAction* b) { return a->text() < b->text(); });
            for (QAction* action : actions) {
                menu->removeAction(action);
                menu->addAction(action);
            }
        }
        m_chips[int(chip)]->setEnabled(!menu->actions().isEmpty());
    }
}

void FilterBar::resetValues()
{
    // A new listing: the chips keep what is checked (the values are likely to come again).
    for (const Chip chip : kChips) {
        QMenu* menu = m_chips[int(chip)]->menu();
        for (QAction* action : menu->actions()) {
            if (!action->isChecked()) {
                menu->removeAction(action);
                action->deleteLater();
            }
        }
        m_chips[int(chip)]->setEnabled(!menu->actions().isEmpty());
    }
    if (m_images && m_images->rowCount() > 0)
        addValues(0, m_images->rowCount() - 1);
    updateCount();
}

void FilterBar::applyChip(Chip chip)
{
    QSet<QString> values;
    QStringList shown;
    for (const QAction* action : m_chips[int(chip)]->menu()->actions()) {
        if (action->isChecked()) {
            values.insert(action->data().toString());
            shown << action->text();
        }
    }
    QToolButton* button = m_chips[int(chip)];
    const QString& base = m_chipNames[int(chip)];
    button->setText(shown.isEmpty() ? base : tr("%1: %2").arg(base, shown.join(u", "_s)));
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
