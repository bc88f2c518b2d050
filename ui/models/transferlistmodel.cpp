// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "models/transferlistmodel.h"

#include "download/contentcheck.h"
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

QString TransferListModel::duration(qint64 seconds)
{
    if (seconds >= 3600)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    if (seconds >= 60)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 s").arg(seconds);
}

QString TransferListModel::shownMessage(const QString& message) const
{
    return m_known ? m_known().redact(message) : message;
}

// The Details column: once done, how much, how long and how fast, and how it was verified.
QString TransferListModel::messageText(const Transfer& transfer) const
{
    if (transfer.state != Transfer::State::Done)
        return shownMessage(transfer.message);
    const QString size = humanSize(transfer.total);
    const QString took = duration((transfer.activeMs + 500) / 1000);
    const double rate = transfer.averageRate();
    const QString how = shownMessage(transfer.message);
    if (rate <= 0)
        return how.isEmpty() ? tr("Done — %1.").arg(size) : tr("Done — %1 (%2).").arg(size, how);
    const QString speed = humanSize(static_cast<qint64>(rate));
    return how.isEmpty() ? tr("Done — %1 in %2, %3/s.").arg(size, took, speed)
                         : tr("Done — %1 in %2, %3/s (%4).").arg(size, took, speed, how);
}

// The Contents column: the inspection's verdict in a line (the server's bytes say what they are;
// shown as plain text, never markup).
QString TransferListModel::contentsText(const Transfer& transfer)
{
    return transfer.inspection ? ContentCheck::summary(*transfer.inspection) : QString();
}

// The panel's status line: the Details, with the rate and the time left while running, and why
// the last run went on from zero.
QString TransferListModel::statusText(const Transfer& transfer) const
{
    QStringList lines;
    if (transfer.state == Transfer::State::Running) {
        const QString bytes = transfer.total > 0
                                  ? tr("%1 of %2").arg(humanSize(transfer.done), humanSize(transfer.total))
                                  : humanSize(transfer.done);
        const qint64 left = transfer.secondsLeft();
        if (transfer.bytesPerSecond > 0 && left >= 0)
            lines << tr("Downloading — %1 at %2/s, %3 left.")
                         .arg(bytes, humanSize(static_cast<qint64>(transfer.bytesPerSecond)), duration(left));
        else if (transfer.bytesPerSecond > 0)
            lines << tr("Downloading — %1 at %2/s.")
                         .arg(bytes, humanSize(static_cast<qint64>(transfer.bytesPerSecond)));
        else
            lines << tr("Downloading — %1.").arg(bytes);
        if (!transfer.message.isEmpty() && transfer.message != transfer.startOver)
            lines << shownMessage(transfer.message);
    } else {
        const QString text = messageText(transfer);
        lines << (text.isEmpty() ? TransferQueue::stateName(transfer.state) : text);
    }
    if (!transfer.startOver.isEmpty() &&
        (transfer.state == Transfer::State::Running || transfer.state == Transfer::State::Done))
        lines << tr("Started over from the beginning: %1").arg(shownMessage(transfer.startOver));
    if (transfer.inspection)
        lines << tr("Contents: %1").arg(contentsText(transfer));
    return lines.join(u'\n');
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
    case StatusRole:
        return statusText(transfer);
    case Qt::ToolTipRole:
        if (index.column() == Target)
            return QDir::toNativeSeparators(transfer.request.targetPath);
        if (index.column() == Contents && transfer.inspection)
            return contentsText(transfer);
        return tr("%1 from %2\nto %3\n%4")
            .arg(transfer.imageName, transfer.cloud, QDir::toNativeSeparators(transfer.request.targetPath),
                 statusText(transfer));
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
    case Rate: {
        // Once done: the average over its running time.
        const double rate =
            transfer.state == Transfer::State::Done ? transfer.averageRate() : transfer.bytesPerSecond;
        return rate > 0 ? tr("%1/s").arg(humanSize(static_cast<qint64>(rate))) : QString();
    }
    case TimeLeft: {
        if (transfer.state == Transfer::State::Done && transfer.activeMs > 0)
            return tr("took %1").arg(duration((transfer.activeMs + 500) / 1000));
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
    case Target:
        return QDir::toNativeSeparators(transfer.request.targetPath);
    case Message:
        return messageText(transfer);
    case Contents:
        return contentsText(transfer);
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
    case Target:
        return tr("Saved to");
    case Message:
        return tr("Details");
    case Contents:
        return tr("Contents");
    default:
        return {};
    }
}

} // namespace Skylight
