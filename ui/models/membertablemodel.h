// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagemember.h"

#include <QAbstractTableModel>
#include <QList>

namespace Skylight {

// An image's members (Glance v2): the project each is shared with, its answer and when it was
// offered and last answered. Times in the user's locale, in full (UTC) in the tooltip.
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Member,
        Status,
        Created,
        Updated,
        ColumnCount
    };

    explicit MemberTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setMembers(const QList<ImageMember>& members);
    const QList<ImageMember>& members() const { return m_members; }
    // The status as shown ("Pending", "Accepted", "Rejected").
    static QString statusText(ImageMember::Status status);

private:
    QList<ImageMember> m_members;
};

} // namespace Skylight
