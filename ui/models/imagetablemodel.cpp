// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "models/imagetablemodel.h"

#include "image/datasize.h"
#include "image/imagequery.h"
#include "image/imagerecordjson.h"
#include "image/packedimage.h"
#include "models/contentsrows.h"
#include "models/overviewrows.h"
#include "models/statusicon.h"

#include <QFont>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
QVariant orEmpty(const QString& value)
{
    return value.isNull() ? QVariant() : QVariant(value);
}

QVariant time(bool present, qint64 msecs, bool sorting)
{
    if (!present)
        return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
    return sorting ? QVariant(when) : QVariant(isoUtc(when));
}

int order(qint64 a, qint64 b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int textOrder(const QString& a, const QString& b)
{
    if (a.isNull() || b.isNull())
        return int(!a.isNull()) - int(!b.isNull()); // absent first
    return QString::compare(a, b, Qt::CaseInsensitive);
}
} // namespace

ImageTableModel::ImageTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ImageTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImageTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role == SearchTextRole)
        return m_searchText.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Name)
        return nameToolTip(row);
    const bool pending = row.membership == qint8(ImageMember::Status::Pending);
    if (role == Qt::FontRole && (row.isHidden || pending) &&
        (index.column() == Name || index.column() == Visibility)) {
        QFont font;
        font.setItalic(row.isHidden);
        font.setBold(pending); // waits for the user's answer
        return font;
    }
    if (role == Qt::DecorationRole && index.column() == Status)
        return statusIcon(row.status.isNull() ? std::nullopt : std::optional<QString>(row.status));
    if (index.column() == Contents && (role == Qt::DecorationRole || role == Qt::ToolTipRole)) {
        if (row.contents == 0)
            return {};
        if (role == Qt::DecorationRole)
            return ContentsRows::badgeIcon(ContentsRows::Badge(row.contents));
        return m_verdicts.value(row.id).problems; // plain text, never markup
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Size || index.column() == VirtualSize ||
                                          index.column() == MinDisk || index.column() == MinRam))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};

    const bool sorting = role == SortRole;
    const auto number = [sorting](qint64 value, const QString& display) -> QVariant {
        if (value < 0)
            return sorting ? QVariant(qint64(-1)) : QVariant();
        return sorting ? QVariant(value) : QVariant(display);
    };
    switch (static_cast<Column>(index.column())) {
    case Name:
        if (row.hasName)
            return row.name;
        // Unnamed images sort after every name.
        return sorting ? QVariant(QString(QChar(0xFFFF))) : QVariant(tr("(no name)"));
    case Status:
        return orEmpty(row.status);
    case Size:
        return number(row.size, row.size < 0 ? QString() : dataSizeText(row.size, QLocale()));
    case DiskFormat:
        return orEmpty(row.diskFormat);
    case ContainerFormat:
        return orEmpty(row.containerFormat);
    case Visibility:
        return sorting ? orEmpty(row.visibility) : QVariant(visibilityText(row));
    case MinDisk:
        return number(row.minDisk, OverviewRows::minDiskText(row.minDisk));
    case MinRam:
        return number(row.minRam, OverviewRows::minRamText(row.minRam));
    case Owner:
        return orEmpty(row.owner);
    case Created:
        return time(row.hasCreated, row.created, sorting);
    case Updated:
        return time(row.hasUpdated, row.updated, sorting);
    case Tags:
        return orEmpty(row.tags);
    case Id:
        return row.id;
    case Protected:
        if (row.isProtected < 0)
            return sorting ? QVariant(-1) : QVariant();
        return sorting ? QVariant(int(row.isProtected)) : QVariant(OverviewRows::yesNo(row.isProtected > 0));
    case VirtualSize:
        return number(row.virtualSize,
                      row.virtualSize < 0 ? QString() : dataSizeText(row.virtualSize, QLocale()));
    case Type:
        return OverviewRows::typeText(row.isSnapshot);
    case Contents:
        if (sorting)
            return int(row.contents);
        return row.contents == 0 ? QVariant()
                                 : QVariant(ContentsRows::badgeText(ContentsRows::Badge(row.contents)));
    case Stores:
        return orEmpty(row.stores);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Size:
        return tr("Size");
    case DiskFormat:
        return tr("Disk format");
    case ContainerFormat:
        return tr("Container");
    case Visibility:
        return tr("Visibility");
    case MinDisk:
        return tr("Min disk");
    case MinRam:
        return tr("Min RAM");
    case Owner:
        return tr("Owner");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    case Tags:
        return tr("Tags");
    case Id:
        return tr("ID");
    case Protected:
        return tr("Protected");
    case VirtualSize:
        return tr("Virtual size");
    case Type:
        return tr("Type");
    case Contents:
        return tr("Contents");
    case Stores:
        return tr("Stores");
    case ColumnCount:
        break;
    }
    return {};
}

bool ImageTableModel::hiddenByDefault(Column column)
{
    return column == MinDisk || column == MinRam || column == Owner || column == Id || column == Protected ||
           column == VirtualSize || column == Stores;
}

int ImageTableModel::compare(const Row& a, const Row& b, int column)
{
    int result = 0;
    switch (static_cast<Column>(column)) {
    case Name:
        // Unnamed images after every name.
        result = a.hasName && b.hasName ? QString::compare(a.name, b.name, Qt::CaseInsensitive)
                                        : int(!a.hasName) - int(!b.hasName);
        break;
    case Status:
        result = textOrder(a.status, b.status);
        break;
    case Size:
        result = order(a.size, b.size);
        break;
    case DiskFormat:
        result = textOrder(a.diskFormat, b.diskFormat);
        break;
    case ContainerFormat:
        result = textOrder(a.containerFormat, b.containerFormat);
        break;
    case Visibility:
        result = textOrder(a.visibility, b.visibility);
        break;
    case MinDisk:
        result = order(a.minDisk, b.minDisk);
        break;
    case MinRam:
        result = order(a.minRam, b.minRam);
        break;
    case Owner:
        result = textOrder(a.owner, b.owner);
        break;
    case Created:
        result = a.hasCreated && b.hasCreated ? order(a.created, b.created)
                                              : int(a.hasCreated) - int(b.hasCreated);
        break;
    case Updated:
        result = a.hasUpdated && b.hasUpdated ? order(a.updated, b.updated)
                                              : int(a.hasUpdated) - int(b.hasUpdated);
        break;
    case Tags:
        result = textOrder(a.tags, b.tags);
        break;
    case Protected:
        result = order(a.isProtected, b.isProtected); // unknown, no, yes
        break;
    case VirtualSize:
        result = order(a.virtualSize, b.virtualSize);
        break;
    case Type:
        result = int(a.isSnapshot) - int(b.isSnapshot); // images, then snapshots
        break;
    case Contents:
        result = int(a.contents) - int(b.contents); // not inspected, safe, mismatch, unsafe
        break;
    case Stores:
        result = textOrder(a.stores, b.stores);
        break;
    case Id:
    case ColumnCount:
        break;
    }
    return result != 0 ? (result < 0 ? -1 : 1) : order(qint64(QString::compare(a.id, b.id)), 0);
}

QString ImageTableModel::shared(const std::optional<QString>& value)
{
    if (!value)
        return {};
    return *m_strings.insert(value->isNull() ? QString(u""_s) : *value);
}

ImageTableModel::Row ImageTableModel::summarise(const ImageRecord& record)
{
    Row row;
    row.id = record.id;
    row.hasName = record.name.has_value();
    row.name = record.name.value_or(QString());
    row.status = shared(record.status ? std::optional<QString>(record.status->toLower()) : std::nullopt);
    row.diskFormat = shared(record.diskFormat);
    row.containerFormat = shared(record.containerFormat);
    row.visibility =
        shared(record.visibility ? std::optional<QString>(record.visibility->toLower()) : std::nullopt);
    row.owner = shared(record.owner);
    if (record.tags)
        row.tags = shared(record.tags->join(u", "_s));
    row.size = record.size.value_or(-1);
    row.virtualSize = record.virtualSize.value_or(-1);
    row.isProtected = record.isProtected ? qint8(*record.isProtected ? 1 : 0) : qint8(-1);
    row.isSnapshot = OverviewRows::isSnapshot(record.properties);
    row.isHidden = OverviewRows::isHidden(record.properties);
    if (const QString stores = OverviewRows::storesText(record.properties); !stores.isEmpty())
        row.stores = shared(stores);
    row.minDisk = record.minDisk.value_or(-1);
    row.minRam = record.minRam.value_or(-1);
    row.hasCreated = record.createdAt.has_value();
    row.created = row.hasCreated ? record.createdAt->toMSecsSinceEpoch() : 0;
    row.hasUpdated = record.updatedAt.has_value();
    row.updated = row.hasUpdated ? record.updatedAt->toMSecsSinceEpoch() : 0;
    row.contents = m_verdicts.value(record.id).badge;
    row.membership = m_memberships.value(record.id, -1);
    if (row.membership < 0 && m_listedMembership >= 0 && isOthersShare(row))
        row.membership = m_listedMembership;
    row.packed = packImage(record);
    return row;
}

void ImageTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_searchText.clear();
    m_strings.clear();
    m_rowOfId.clear();
    m_repeated = 0;
    m_updated.reset();
    m_memberships.clear();
    m_listedMembership = -1;
    endResetModel();
}

void ImageTableModel::setListedMembership(std::optional<ImageMember::Status> status,
                                          const QString& ownProject)
{
    m_listedMembership = status ? qint8(*status) : qint8(-1);
    m_ownProject = ownProject;
}

void ImageTableModel::setMembership(const QString& id, ImageMember::Status status)
{
    // Bounded by what is listed: a membership of an image not in the table is not kept.
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_memberships.insert(id, qint8(status));
    m_rows[row].membership = qint8(status);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool ImageTableModel::isOthersShare(const Row& row) const
{
    // Only a shared image of a known project that is not the user's has the user as a member.
    return row.visibility == u"shared"_s && !row.owner.isEmpty() && !m_ownProject.isEmpty() &&
           row.owner != m_ownProject;
}

bool ImageTableModel::markPending(const QString& id)
{
    // What the table lists decides, not the second listing's copy; an answer given meanwhile
    // (or a mark already there) stands.
    const int row = rowOf(id);
    if (row < 0 || m_memberships.contains(id) || !isOthersShare(m_rows.at(row)))
        return false;
    setMembership(id, ImageMember::Status::Pending);
    return true;
}

QString ImageTableModel::visibilityText(const Row& row)
{
    QStringList marks;
    if (!row.visibility.isNull())
        marks.append(row.visibility);
    if (row.membership == qint8(ImageMember::Status::Pending))
        marks.append(tr("pending"));
    else if (row.membership == qint8(ImageMember::Status::Rejected))
        marks.append(tr("rejected"));
    if (row.isHidden)
        marks.append(tr("hidden"));
    return marks.join(u", "_s);
}

QString ImageTableModel::nameToolTip(const Row& row)
{
    QString tip = row.id;
    if (row.membership == qint8(ImageMember::Status::Pending))
        tip += u'\n' + tr("Shared with your project, not answered yet: Accept or Reject in the Sharing tab");
    else if (row.membership == qint8(ImageMember::Status::Rejected))
        tip += u'\n' + tr("Shared with your project, rejected: Accept in the Sharing tab to list it again");
    if (row.isHidden)
        tip += u'\n' + tr("Hidden: left out of the default listing (os_hidden)");
    return tip;
}

QStringList ImageTableModel::append(const QList<ImageRecord>& records)
{
    QStringList repeated;
    QList<const ImageRecord*> fresh;
    fresh.reserve(records.size());
    QSet<QString> added;
    for (const ImageRecord& record : records) {
        if (m_rowOfId.contains(record.id) || added.contains(record.id)) {
            repeated.append(record.id);
            continue;
        }
        added.insert(record.id);
        fresh.append(&record);
    }
    m_repeated += repeated.size();
    if (fresh.isEmpty())
        return repeated;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    for (const ImageRecord* record : std::as_const(fresh)) {
        m_searchText.append(searchKeyOf(*record));
        m_rowOfId.insert(record->id, int(m_rows.size()));
        m_rows.append(summarise(*record));
    }
    endInsertRows();
    return repeated;
}

int ImageTableModel::update(const ImageRecord& record)
{
    const int row = rowOf(record.id);
    if (row < 0)
        return -1;
    m_rows[row] = summarise(record);
    m_searchText[row] = searchKeyOf(record);
    m_updated = record;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return row;
}

std::optional<ImageRecord> ImageTableModel::record(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    if (m_updated && m_updated->id == m_rows.at(row).id)
        return m_updated;
    return unpackImage(m_rows.at(row).packed);
}

QString ImageTableModel::serverSortKey(int column)
{
    switch (static_cast<Column>(column)) {
    case Name:
        return u"name"_s;
    case Status:
        return u"status"_s;
    case Size:
        return u"size"_s;
    case DiskFormat:
        return u"disk_format"_s;
    case ContainerFormat:
        return u"container_format"_s;
    case Visibility:
        return u"visibility"_s;
    case MinDisk:
        return u"min_disk"_s;
    case MinRam:
        return u"min_ram"_s;
    case Owner:
        return u"owner"_s;
    case Created:
        return u"created_at"_s;
    case Updated:
        return u"updated_at"_s;
    case Id:
        return u"id"_s;
    case Tags:
    case Protected: // sorted here: not a sort key every Glance release takes; Type is a property
    case VirtualSize:
    case Type:
    case Contents:
    case Stores:
    case ColumnCount:
        break;
    }
    return {};
}

void ImageTableModel::setVerdict(const QString& id, const InspectionResult& verdict)
{
    const auto badge = qint8(ContentsRows::badgeOf(verdict));
    const QString problems =
        verdict.problems.isEmpty() ? ContentsRows::safetyText(verdict) : verdict.problemTexts().join(u'\n');
    m_verdicts.insert(id, Verdict{badge, problems});
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_rows[row].contents = badge;
    Q_EMIT dataChanged(index(row, Contents), index(row, Contents));
}

int ImageTableModel::rowOf(const QString& id) const
{
    return m_rowOfId.value(id, -1);
}

} // namespace Skylight
