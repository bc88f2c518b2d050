// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/transferspanel.h"

#include "download/transferqueue.h"
#include "models/transferlistmodel.h"

#include <QApplication>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
// The Progress column as a progress bar.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const int percent = index.data(TransferListModel::PercentRole).toInt();
        if (percent < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = percent;
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};
} // namespace

TransfersPanel::TransfersPanel(TransferQueue* queue, QWidget* parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_model(new TransferListModel(queue, this))
    , m_view(new QTableView(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_resume(new QPushButton(tr("Re&sume"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_openFolder(new QPushButton(tr("Open &Folder"), this))
    , m_concurrency(new QSpinBox(this))
{
    setObjectName(u"transfersPanel"_s);
    m_view->setObjectName(u"transferTable"_s);
    m_view->setAccessibleName(tr("Downloads"));
    m_view->setTabKeyNavigation(false); // Tab goes on to the buttons
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(TransferListModel::Progress, new ProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(TransferListModel::Image, 260);
    m_view->setColumnWidth(TransferListModel::Progress, 120);
    m_view->setColumnWidth(TransferListModel::Bytes, 170);

    m_pause->setAccessibleName(tr("Pause the download"));
    m_resume->setAccessibleName(tr("Resume or retry the download"));
    m_cancel->setAccessibleName(tr("Cancel the download and remove its partial file"));
    m_remove->setAccessibleName(tr("Remove the download from the list"));
    m_openFolder->setAccessibleName(tr("Open the folder of the download"));
    m_concurrency->setRange(1, 8);
    m_concurrency->setValue(queue->maxConcurrent());
    m_concurrency->setAccessibleName(tr("Downloads at once"));
    auto* concurrencyLabel = new QLabel(tr("At &once:"), this);
    concurrencyLabel->setBuddy(m_concurrency);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_pause, m_resume, m_cancel, m_remove, m_openFolder})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(concurrencyLabel);
    buttons->addWidget(m_concurrency);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_pause, &QPushButton::clicked, this, [this] { m_queue->pause(currentId()); });
    connect(m_resume, &QPushButton::clicked, this, [this] { m_queue->resume(currentId()); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_queue->cancel(currentId()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_queue->remove(currentId()); });
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        const QString path = m_view->currentIndex().data(TransferListModel::PathRole).toString();
        if (!path.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    });
    connect(m_concurrency, &QSpinBox::valueChanged, m_queue, &TransferQueue::setMaxConcurrent);
    // The model and the buttons use the queue until the panel is gone: it must outlive the panel
    // and its window (MainWindow::setTransferQueue), which the application's main() honours.
    connect(queue, &QObject::destroyed, this, [] {
        Q_ASSERT_X(false, "TransfersPanel", "the TransferQueue was destroyed before the panel showing it");
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TransfersPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TransfersPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first) {
        m_view->selectRow(first);
        updateButtons();
    });
    updateButtons();
}

int TransfersPanel::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(TransferListModel::IdRole).toInt() : -1;
}

void TransfersPanel::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const auto state = static_cast<Transfer::State>(current.data(TransferListModel::StateRole).toInt());
    const bool valid = current.isValid();
    // While a transfer is stopping, Resume and Remove are taken and done once it has stopped.
    m_pause->setEnabled(valid && (state == Transfer::State::Running || state == Transfer::State::Queued));
    m_resume->setEnabled(valid &&
                         (state == Transfer::State::Paused || state == Transfer::State::Failed ||
                          state == Transfer::State::Cancelled || state == Transfer::State::Stopping));
    m_resume->setText(state == Transfer::State::Failed ? tr("Re&try") : tr("Re&sume"));
    m_cancel->setEnabled(valid && state != Transfer::State::Done && state != Transfer::State::Cancelled);
    m_remove->setEnabled(valid && state != Transfer::State::Running && state != Transfer::State::Queued);
    m_openFolder->setEnabled(valid);
}

} // namespace Skylight
