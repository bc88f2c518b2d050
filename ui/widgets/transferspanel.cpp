// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/transferspanel.h"

#include "download/transferqueue.h"
#include "models/transferlistmodel.h"
#include "widgets/celltooltipdelegate.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
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

// The Saved to column: a long path keeps its folder's start and its file name.
class MiddleElideDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
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
    , m_open(new QPushButton(tr("Ope&n"), this))
    , m_openFolder(new QPushButton(tr("Sho&w in Folder"), this))
    , m_concurrency(new QSpinBox(this))
    , m_status(new QLabel(this))
    , m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(u"transfersPanel"_s);
    m_view->setObjectName(u"transferTable"_s);
    m_view->setAccessibleName(tr("Downloads"));
    m_view->setTabKeyNavigation(false); // Tab goes on to the buttons
    m_view->setModel(m_model);
    // Tooltips carry the server's words (a backing file name...): text, never markup.
    m_view->setItemDelegate(new CellToolTipDelegate(m_view));
    m_view->setItemDelegateForColumn(TransferListModel::Progress, new ProgressDelegate(m_view));
    m_view->setItemDelegateForColumn(TransferListModel::Target, new MiddleElideDelegate(m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(TransferListModel::Image, 260);
    m_view->setColumnWidth(TransferListModel::Progress, 120);
    m_view->setColumnWidth(TransferListModel::Bytes, 170);
    m_view->setColumnWidth(TransferListModel::Target, 220);
    m_view->setColumnWidth(TransferListModel::Message, 320);
    m_status->setObjectName(u"transferStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setTextFormat(Qt::PlainText);

    m_pause->setAccessibleName(tr("Pause the download"));
    m_resume->setAccessibleName(tr("Resume or retry the download"));
    m_cancel->setAccessibleName(tr("Cancel the download and remove its partial file"));
    m_remove->setAccessibleName(tr("Remove the download from the list"));
    m_open->setAccessibleName(tr("Open the downloaded file"));
    m_openFolder->setAccessibleName(tr("Open the folder of the download"));
    m_concurrency->setRange(1, 8);
    m_concurrency->setValue(queue->maxConcurrent());
    m_concurrency->setAccessibleName(tr("Downloads at once"));
    auto* concurrencyLabel = new QLabel(tr("At &once:"), this);
    concurrencyLabel->setBuddy(m_concurrency);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_pause, m_resume, m_cancel, m_remove, m_open, m_openFolder})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(concurrencyLabel);
    buttons->addWidget(m_concurrency);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_pause, &QPushButton::clicked, this, &TransfersPanel::pauseCurrent);
    connect(m_resume, &QPushButton::clicked, this, &TransfersPanel::resumeCurrent);
    connect(m_cancel, &QPushButton::clicked, this, &TransfersPanel::cancelCurrent);
    connect(m_remove, &QPushButton::clicked, this, &TransfersPanel::removeCurrent);
    connect(m_open, &QPushButton::clicked, this, &TransfersPanel::openCurrent);
    connect(m_openFolder, &QPushButton::clicked, this, &TransfersPanel::showCurrentInFolder);
    connect(m_view, &QTableView::customContextMenuRequested, this, &TransfersPanel::showContextMenu);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_open->isEnabled())
            openCurrent();
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

QString TransfersPanel::currentPath() const
{
    return m_view->currentIndex().data(TransferListModel::PathRole).toString();
}

void TransfersPanel::pauseCurrent()
{
    m_queue->pause(currentId());
}

void TransfersPanel::resumeCurrent()
{
    m_queue->resume(currentId());
}

void TransfersPanel::removeCurrent()
{
    m_queue->remove(currentId());
}

void TransfersPanel::cancelCurrent()
{
    const int id = currentId();
    const int row = m_queue->rowOf(id);
    if (row < 0)
        return;
    const Transfer& transfer = m_queue->transfers().at(row);
    const qint64 kept = QFileInfo(transfer.request.targetPath + u".part"_s).size();
    if (kept > 0) {
        QMessageBox box(QMessageBox::Question, tr("Cancel the download"),
                        tr("Cancel the download of %1?").arg(transfer.imageName), QMessageBox::NoButton,
                        this);
        box.setObjectName(u"cancelConfirmation"_s);
        box.setInformativeText(tr("The partial file %1 (%2 already downloaded) will be deleted; a paused "
                                  "download keeps it for a resume.")
                                   .arg(QDir::toNativeSeparators(transfer.request.targetPath + u".part"_s),
                                        TransferListModel::humanSize(kept)));
        QPushButton* discard = box.addButton(tr("&Delete the Partial File"), QMessageBox::DestructiveRole);
        QPushButton* keep = box.addButton(tr("&Keep Downloading"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != discard)
            return;
    }
    m_queue->cancel(id); // by id: the row may have moved while the question was open
}

void TransfersPanel::openCurrent()
{
    const QString path = currentPath();
    if (!path.isEmpty() && QFileInfo(path).isFile())
        m_opener(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
}

void TransfersPanel::showCurrentInFolder()
{
    const QString path = currentPath();
    if (!path.isEmpty())
        m_opener(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void TransfersPanel::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.setObjectName(u"transferMenu"_s);
    // The buttons' words and states: one place decides what can be done.
    for (QPushButton* button : {m_open, m_openFolder, m_pause, m_resume, m_cancel, m_remove}) {
        QAction* action = menu.addAction(button->text(), button, &QPushButton::click);
        action->setEnabled(button->isEnabled());
        if (button == m_openFolder)
            menu.addSeparator();
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
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
    const QString path = currentPath();
    m_open->setEnabled(valid && state == Transfer::State::Done && QFileInfo(path).isFile());
    m_openFolder->setEnabled(valid && !path.isEmpty() && QFileInfo(QFileInfo(path).absolutePath()).isDir());
    m_status->setText(valid ? current.data(TransferListModel::StatusRole).toString() : QString());
}

} // namespace Skylight
