// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "models/cloudlistmodel.h"

#include "adapters/imageadapter.h"

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
QIcon stateIcon(CloudSession::State state)
{
    QColor colour;
    switch (state) {
    case CloudSession::State::SignedIn:
        colour = QColor(0x2d, 0xa4, 0x4e);
        break;
    case CloudSession::State::SigningIn:
    case CloudSession::State::NeedsSecret:
        colour = QColor(0xd2, 0x99, 0x22);
        break;
    case CloudSession::State::Failed:
        colour = QColor(0xcf, 0x22, 0x2e);
        break;
    case CloudSession::State::SignedOut:
        colour = QColor(0x8c, 0x95, 0x9f);
        break;
    }
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(8, 8, 16, 16));
    return QIcon(pixmap);
}
} // namespace

ImageAdapter* CloudEntry::currentAdapter() const
{
    if (session)
        return session->adapter();
    return adapter;
}

CloudListModel::CloudListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

int CloudListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QString CloudListModel::stateText(CloudSession::State state)
{
    switch (state) {
    case CloudSession::State::SignedOut:
        return tr("Not signed in");
    case CloudSession::State::SigningIn:
        return tr("Signing in…");
    case CloudSession::State::NeedsSecret:
        return tr("Needs a secret to sign in");
    case CloudSession::State::SignedIn:
        return tr("Signed in");
    case CloudSession::State::Failed:
        return tr("Sign-in failed");
    }
    return QString();
}

QString CloudListModel::stateText(const CloudSession& session)
{
    if (session.state() != CloudSession::State::Failed || !session.lastError())
        return stateText(session.state());
    // Failed how: a cloud that cannot be reached was not refused a sign-in (and a direct endpoint
    // has no sign-in at all).
    switch (session.lastError()->kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return tr("Cannot be reached");
    case ApiError::Kind::Tls:
        return tr("Secure connection failed");
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
        return tr("Sign-in refused");
    default:
        break;
    }
    const bool identity = !session.profile().auth.authUrl.isEmpty();
    return identity ? stateText(session.state()) : tr("Failed to connect");
}

QVariant CloudListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CloudEntry& entry = m_entries.at(index.row());
    const CloudSession::State state = entry.session ? entry.session->state() : CloudSession::State::SignedIn;
    const QString said = entry.session ? stateText(*entry.session) : stateText(state);
    const ImageAdapter* adapter = entry.currentAdapter();
    const QString dialect = adapter         ? dialectName(adapter->dialect())
                            : entry.session ? dialectName(entry.session->profile().dialect)
                                            : dialectName(Dialect::Auto);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return entry.shownName();
    case Qt::ToolTipRole:
        return tr("%1\nDialect: %2\nFrom: %3\n%4").arg(entry.shownName(), dialect, entry.source, said);
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(entry.shownName(), said);
    case Qt::DecorationRole:
        return stateIcon(state);
    case StateRole:
        return static_cast<int>(state);
    case StateTextRole:
        return said;
    case DialectRole:
        return dialect;
    case SourceRole:
        return entry.source;
    case IsDemoRole:
        return entry.isDemo;
    default:
        return {};
    }
}

int CloudListModel::addCloud(const CloudEntry& entry)
{
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows(QModelIndex(), row, row);
    m_entries.append(entry);
    endInsertRows();
    if (CloudSession* session = entry.session) {
        const auto changed = [this, session] {
            onSessionChanged(session);
        };
        connect(session, &CloudSession::stateChanged, this, changed);
        connect(session, &CloudSession::ready, this, changed);
    }
    return row;
}

void CloudListModel::removeCloud(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    const CloudEntry removed = m_entries.takeAt(row);
    endRemoveRows();
    if (removed.session)
        disconnect(removed.session, nullptr, this, nullptr);
}

const CloudEntry* CloudListModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int CloudListModel::rowOf(const QString& name) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).name == name)
            return row;
    }
    return -1;
}

int CloudListModel::rowOf(const CloudSession* session) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).session == session)
            return row;
    }
    return -1;
}

QStringList CloudListModel::names() const
{
    QStringList names;
    for (const CloudEntry& entry : m_entries)
        names << entry.name;
    return names;
}

void CloudListModel::onSessionChanged(const CloudSession* session)
{
    const int row = rowOf(session);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

} // namespace Skylight
