// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "models/transferlistmodel.h"

#include "download/transferqueue.h"

#include <QDir>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

TransferListModel::TransferListModel(TransferQueue* queue, QObject* parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
{
    connect(queue, &TransferQueue::aboutToAdd, this,
            [this](int row) { beginInsertRows(QModelIndex(), row, row); });
    connect(queue, &TransferQueue::added, this, [this] { endInsertRows(); });
    connect(queue, &TransferQueue::aboutToRemove, this,
            [this](int row) { beginRemoveRows(QModelIndex(), row, row); });
    connect(queue, &TransferQueue::removed, this, [this] { endRemoveRows(); });
    connect(queue, &TransferQueue::changed, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

int TransferListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_queue->transfers().size());
}

int TransferListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransferListModel::humanSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat); // as the image table
}

QString TransferListModel::shownMessage(const QString& message) const
{
    return m_known ? m_known().redact(message) : message;
}

QVariant TransferListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Transfer& transfer = m_queue->transfers().at(index.row());
    const int percent = transfer.total > 0 ? static_cast<int>(100 * transfer.done / transfer.total) : -1;
    switch (role) {
    case IdRole:
        return transfer.id;
    case StateRole:
        return static_cast<int>(transfer.state);
    case PercentRole:
        return percent;
    case PathRole:
        return transfer.request.targetPath;
    case Qt::ToolTipRole:
        return tr("%1 from %2\nto %3\n%4")
            .arg(transfer.imageName, transfer.cloud, QDir::toNativeSeparators(transfer.request.targetPath),
                 shownMessage(transfer.message));
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Image:
        return transfer.imageName;
    case Progress:
        return percent >= 0 ? tr("%1%").arg(percent) : QString();
    case Bytes:
        return transfer.total > 0 ? tr("%1 of %2").arg(humanSize(transfer.done), humanSize(transfer.total))
                                  : humanSize(transfer.done);
    case Rate:
        return transfer.bytesPerSecond > 0
                   ? tr("%1/s").arg(humanSize(static_cast<qint64>(transfer.bytesPerSecond)))
                   : QString();
    case TimeLeft: {
        const qint64 seconds = transfer.secondsLeft();
        if (seconds < 0)
            return QString();
        return seconds >= 3600 ? tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60)
                               : tr("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    case State:
        return transfer.state == Transfer::State::Done && transfer.verified
                   ? tr("Done, verified")
                   : TransferQueue::stateName(transfer.state);
    case Message:
        return shownMessage(transfer.message);
    default:
        return {};
    }
}

QVariant TransferListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Image:
        return tr("Image");
    case Progress:
        return tr("Progress");
    case Bytes:
        return tr("Bytes");
    case Rate:
        return tr("Rate");
    case TimeLeft:
        return tr("Time left");
    case State:
        return tr("State");
    case Message:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace Skylight
