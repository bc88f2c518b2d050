// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "net/secretredactor.h"

#include <QAbstractTableModel>
#include <functional>

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
    // Where the secrets come from that the transfers' messages (a server's words) are cleared of.
    void setRedactor(std::function<SecretRedactor()> known) { m_known = std::move(known); }

private:
    QString shownMessage(const QString& message) const;

    TransferQueue* m_queue;
    std::function<SecretRedactor()> m_known;
};

} // namespace Skylight
