#pragma once

#include <QAbstractTableModel>

namespace Skylight {

class TransferQueue;

// The downloads of a TransferQueue as a table: image, cloud, progress, bytes, rate, time left,
// state and message.
class TransferListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Image,
        Progress,
        Bytes,
        Rate,
        TimeLeft,
        State,
        Message,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StateRole,   // Transfer::State as int
        PercentRole, // 0..100, or -1 when the size is unknown
        PathRole,
    };

    explicit TransferListModel(TransferQueue* queue, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString humanSize(qint64 bytes);

private:
    TransferQueue* m_queue;
};

} // namespace Skylight
