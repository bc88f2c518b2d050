// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "models/membertablemodel.h"

#include <QLocale>

namespace Skylight {

namespace {
QVariant timeText(const std::optional<QDateTime>& when, int role)
{
    if (!when || !when->isValid())
        return {};
    if (role == Qt::ToolTipRole)
        return when->toUTC().toString(Qt::ISODate);
    return QLocale().toString(when->toLocalTime(), QLocale::ShortFormat);
}
} // namespace

MemberTableModel::MemberTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int MemberTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MemberTableModel::statusText(ImageMember::Status status)
{
    switch (status) {
    case ImageMember::Status::Pending:
        return tr("Pending");
    case ImageMember::Status::Accepted:
        return tr("Accepted");
    case ImageMember::Status::Rejected:
        return tr("Rejected");
    }
    return {};
}

QVariant MemberTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const ImageMember& member = m_members.at(index.row());
    switch (static_cast<Column>(index.column())) {
    case Member:
        return member.memberId;
    case Status:
        return role == Qt::ToolTipRole ? QVariant(ImageMember::statusKey(member.status))
                                       : QVariant(statusText(member.status));
    case Created:
        return timeText(member.createdAt, role);
    case Updated:
        return timeText(member.updatedAt, role);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Member:
        return tr("Member (project ID)");
    case Status:
        return tr("Status");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

void MemberTableModel::setMembers(const QList<ImageMember>& members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

} // namespace Skylight
