// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagemember.h"
#include "image/imagerecord.h"
#include "inspect/inspectionresult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <optional>

namespace Skylight {

// The images of one cloud, one row each. Rows are appended page by page as a listing streams in.
// One row per id: a server that lists an id again on a later page (its order changed while we
// paged) keeps the first copy's row; later copies are left out and counted (repeatedCount()), so
// selection and updates reach the one row with that id. The fresh details come from `show`.
// Built for 100,000 rows: each row keeps what the table shows, sorts and filters on (repeating
// values shared) and the whole record packed (packedimage.h), unpacked when one is asked for.
class ImageTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Status,
        Size,
        DiskFormat,
        ContainerFormat,
        Visibility,
        MinDisk,
        MinRam,
        Owner,
        Created,
        Updated,
        Tags,
        Id,
        // Added later: appended, so a column layout saved by an older version still fits.
        Protected,
        VirtualSize,
        Type,     // image or instance snapshot (the `image_type` property)
        Contents, // what inspecting the data found: safe, mismatch, unsafe (see ContentsRows)
        Stores,   // where the data is (Image API v2's `stores`)
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // typed value for sorting (bytes for sizes, time for dates)
        IdRole,
        SearchTextRole, // lower-case name, id and property values, for the filter box
    };
    Q_ENUM(Column)

    // What a row shows. Absent numbers are -1, absent texts null, absent times hasCreated/hasUpdated false.
    struct Row
    {
        QString id;
        QString name;
        QString status; // lower case
        QString diskFormat;
        QString containerFormat;
        QString visibility;
        QString owner;
        QString tags;   // joined with ", "
        QString stores; // joined with ", "
        qint64 size = -1;
        qint64 virtualSize = -1;
        qint64 minDisk = -1;
        qint64 minRam = -1;
        qint64 created = 0;
        qint64 updated = 0;
        bool hasName = false;
        bool hasCreated = false;
        bool hasUpdated = false;
        qint8 isProtected = -1; // -1 unknown, 0 no, 1 yes
        bool isSnapshot = false;
        bool isHidden = false; // os_hidden: left out of default listings
        qint8 membership = -1; // the user's project's answer to a share (ImageMember::Status), -1 none known
        qint8 contents = 0;    // ContentsRows::Badge: 0 not inspected, then safe, mismatch, unsafe
        QByteArray packed;
    };

    // Shown until the user chooses otherwise (View > Columns, or the header's menu).
    static bool hiddenByDefault(Column column);
    // The Image API v2 `sort` key that orders the listing like this column, or "" (tags, and the
    // columns sorted only here: protected, virtual size, type).
    static QString serverSortKey(int column);

    explicit ImageTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    // Appends the records whose id is not listed yet; returns the ids left out as repeated.
    QStringList append(const QList<ImageRecord>& records);
    // Copies of an already listed id left out since the last clear().
    qsizetype repeatedCount() const { return m_repeated; }
    // Replaces the record with the same id (e.g. after a fresh `show`); returns its row or -1.
    // The last one given keeps its payload (`raw`): the details show it.
    int update(const ImageRecord& record);
    std::optional<ImageRecord> record(int row) const;
    const Row& row(int row) const { return m_rows.at(row); }
    // The precomputed lower-case search text of `row` (see searchKeyOf): the filter reads it
    // directly instead of going through data() for every row and keystroke.
    const QString& searchKey(int row) const { return m_searchText.at(row); }
    int rowOf(const QString& id) const;
    // What inspecting image `id` found (the Contents column); kept across a relist, by id.
    void setVerdict(const QString& id, const InspectionResult& verdict);

    // The user's project's membership of the shared images of another project listed from now on
    // (until clear()): what the listing's member_status says of them (pending, rejected), nullopt
    // when it says nothing for certain. `ownProject` "": the user's project is unknown and no row
    // is marked (its own shared images are listed with any member_status).
    void setListedMembership(std::optional<ImageMember::Status> status, const QString& ownProject);
    const QString& ownProject() const { return m_ownProject; }
    // What is known of image `id`'s share now (a pending share found, an answer given): shown by
    // its row (Visibility "shared, pending", the name in bold while pending) until clear().
    void setMembership(const QString& id, ImageMember::Status status);
    // Image `id` waits for the user's answer, as a listing of pending shares says: marked when its
    // row is another project's share and nothing is known of it yet. Whether it was marked.
    bool markPending(const QString& id);

    // -1, 0 or 1: the order of two rows by a column (absent values first; ties by id).
    static int compare(const Row& a, const Row& b, int column);

private:
    Row summarise(const ImageRecord& record);
    bool isOthersShare(const Row& row) const;
    static QString visibilityText(const Row& row);
    static QString nameToolTip(const Row& row);
    QString shared(const std::optional<QString>& value);

    QList<Row> m_rows;
    QList<QString> m_searchText;
    QSet<QString> m_strings; // shared copies of repeating values
    QHash<QString, int> m_rowOfId;
    qsizetype m_repeated = 0;
    std::optional<ImageRecord> m_updated; // the last record given to update(), payload and all
    struct Verdict
    {
        qint8 badge = 0;
        QString problems; // the tooltip: one a line
    };
    QHash<QString, Verdict> m_verdicts;  // by image id
    QHash<QString, qint8> m_memberships; // by image id, until clear()
    qint8 m_listedMembership = -1;
    QString m_ownProject;
};

} // namespace Skylight
