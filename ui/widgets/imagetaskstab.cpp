// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/imagetaskstab.h"

#include "models/tasktablemodel.h"
#include "widgets/imagesharingtab.h" // setPlainLabelText
#include "widgets/themecolors.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

ImageTasksTab::ImageTasksTab(QWidget* parent)
    : QWidget(parent)
    , m_model(new TaskTableModel(this))
    , m_importing(new QLabel(this))
    , m_failed(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"tasksTab"_s);
    setAccessibleName(tr("Tasks"));
    for (QLabel* label : {m_importing, m_failed, m_message}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->hide();
    }
    m_importing->setObjectName(u"importingStores"_s);
    m_importing->setAccessibleName(tr("Stores being imported to"));
    m_failed->setObjectName(u"failedStores"_s);
    m_failed->setAccessibleName(tr("Stores the import failed for"));
    m_message->setObjectName(u"tasksMessage"_s);
    m_message->setAccessibleName(tr("Tasks message"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_importing);
    layout->addWidget(m_failed);
    layout->addWidget(m_message);
    layout->addStretch(1); // until the table takes the room
    applyColors();
}

void ImageTasksTab::setTable(QTableView* table)
{
    m_table = table;
    table->setParent(this);
    table->setObjectName(u"tasksTable"_s);
    // The times whole (a task's progress is read from them); the message takes what is left.
    QHeaderView* header = table->horizontalHeader();
    for (const int column : {TaskTableModel::Created, TaskTableModel::Updated, TaskTableModel::Expires}) {
        if (column < header->count()) // a table given with its model
            header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    delete layout->takeAt(layout->count() - 1); // the stretch
    layout->addWidget(table, 1);
    table->hide();
}

void ImageTasksTab::clear()
{
    setStores({}, {});
    showMessage(Kind::None, QString());
}

void ImageTasksTab::setStores(const QStringList& importing, const QStringList& failed)
{
    setPlainLabelText(m_importing, importing.isEmpty()
                                       ? QString()
                                       : tr("Importing to stores: %1").arg(importing.join(u", ")));
    setPlainLabelText(m_failed,
                      failed.isEmpty() ? QString() : tr("Failed to import to: %1").arg(failed.join(u", ")));
}

void ImageTasksTab::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    setPlainLabelText(m_message, kind == Kind::None ? QString() : text);
    applyColors();
    m_model->setTasks({});
    if (m_table)
        m_table->hide();
}

void ImageTasksTab::showTasks(const ImageTaskList& tasks)
{
    m_model->setTasks(tasks.tasks);
    QString line;
    if (tasks.tasks.isEmpty())
        line = tr("The server lists no import or copy tasks for this image.");
    if (!tasks.skipped.isEmpty()) {
        line += (line.isEmpty() ? QString() : u" "_s) +
                tr("Entries left out of the server's answer: %1 (%2).")
                    .arg(QString::number(tasks.skipped.count), tasks.skipped.reasons.join(u"; "));
    }
    m_kind = line.isEmpty() ? Kind::None : Kind::Note;
    setPlainLabelText(m_message, line);
    applyColors();
    if (m_table)
        m_table->setVisible(!tasks.tasks.isEmpty());
}

void ImageTasksTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    Q_EMIT shown();
}

void ImageTasksTab::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColors();
}

void ImageTasksTab::applyColors()
{
    // A note reads as the pane's own text; only a failure stands out.
    QPalette palette = this->palette();
    if (m_kind == Kind::Failure)
        palette.setColor(QPalette::WindowText, ThemeColors::color(ThemeColors::Role::AlertText, palette));
    m_message->setPalette(palette);
}

} // namespace Skylight
