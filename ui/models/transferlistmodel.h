// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "net/secretredactor.h"

#include <QAbstractTableModel>
#include <functional>

namespace Skylight {

class TransferQueue;
struct Transfer;

// The downloads of a TransferQueue as a table: image, progress, bytes, rate, time left, state,
// the file it is saved to, message and what its contents are (ContentCheck's verdict, plain text). A finished
// transfer keeps its average rate and says how long it took; one that went on from zero although a part was
// there says why.
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
        Target,
        Message,
        Contents, // what the file is (format, virtual size) and whether it is safe
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StateRole,   // Transfer::State as int
        PercentRole, // 0..100, or -1 when the size is unknown
        PathRole,
        // The current transfer in a sentence or two, for the panel's status line: what it does,
        // how fast and how long (or how long it took), and why it started over.
        StatusRole,
    };

    explicit TransferListModel(TransferQueue* queue, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString humanSize(qint64 bytes);
    // "14 s", "3 min 5 s", "1 h 2 min".
    static QString duration(qint64 seconds);
    // Where the secrets come from that the transfers' messages (a server's words) are cleared of.
    void setRedactor(std::function<SecretRedactor()> known) { m_known = std::move(known); }

private:
    QString shownMessage(const QString& message) const;
    QString messageText(const Transfer& transfer) const;
    QString statusText(const Transfer& transfer) const;
    static QString contentsText(const Transfer& transfer);

    TransferQueue* m_queue;
    std::function<SecretRedactor()> m_known;
};

} // namespace Skylight
