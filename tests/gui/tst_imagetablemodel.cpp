// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
ImageRecord image(const QString& id, std::optional<QString> name, std::optional<qint64> size)
{
    ImageRecord record;
    record.id = id;
    record.name = std::move(name);
    record.size = size;
    record.status = u"active"_s;
    record.createdAt = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    record.properties.insert(u"os_distro"_s, u"Ubuntu"_s);
    return record;
}
} // namespace

class TestImageTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendUpdateClearUnderTester();
    void displayAndSortRoles_data();
    void displayAndSortRoles();
    void searchTextIsLowerCase();
    void idRepeatedAcrossPagesKeepsOneRow();
    void addedColumns_data();
    void addedColumns();
    void addedColumnsSortThroughTheProxy_data();
    void addedColumnsSortThroughTheProxy();
    void contentsBadge();
    void storesAndHidden_data();
    void storesAndHidden();
    void membershipMarks_data();
    void membershipMarks();
};

void TestImageTableModel::appendUpdateClearUnderTester()
{
    ImageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append({image(u"a"_s, u"alpha"_s, 10), image(u"b"_s, std::nullopt, std::nullopt)});
    model.append({});
    model.append({image(u"c"_s, u"gamma"_s, 1024)});
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ImageTableModel::ColumnCount));
    QCOMPARE(model.rowOf(u"c"_s), 2);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ImageRecord renamed = image(u"b"_s, u"beta"_s, 5);
    QCOMPARE(model.update(renamed), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(1, ImageTableModel::Name).data().toString(), u"beta"_s);
    QCOMPARE(model.update(image(u"zzz"_s, u"missing"_s, 1)), -1);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.record(0));
}

void TestImageTableModel::displayAndSortRoles_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("display");
    QTest::addColumn<QVariant>("sort");
    QTest::newRow("name") << int(ImageTableModel::Name) << QVariant(u"alpha"_s) << QVariant(u"alpha"_s);
    QTest::newRow("size") << int(ImageTableModel::Size) << QVariant(u"1.5 KiB"_s) << QVariant(qint64(1536));
    QTest::newRow("status") << int(ImageTableModel::Status) << QVariant(u"active"_s) << QVariant(u"active"_s);
    QTest::newRow("created") << int(ImageTableModel::Created) << QVariant(u"2024-01-02T03:04:05Z"_s)
                             << QVariant(QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone::utc()));
    QTest::newRow("id") << int(ImageTableModel::Id) << QVariant(u"a"_s) << QVariant(u"a"_s);
}

void TestImageTableModel::displayAndSortRoles()
{
    QFETCH(int, column);
    QFETCH(QVariant, display);
    QFETCH(QVariant, sort);
    QLocale::setDefault(QLocale::c());
    ImageTableModel model;
    model.append({image(u"a"_s, u"alpha"_s, 1536)});
    const QModelIndex index = model.index(0, column);
    QCOMPARE(index.data(Qt::DisplayRole), display);
    QCOMPARE(index.data(ImageTableModel::SortRole), sort);
    QCOMPARE(index.data(ImageTableModel::IdRole).toString(), u"a"_s);
}

void TestImageTableModel::searchTextIsLowerCase()
{
    ImageTableModel model;
    model.append({image(u"ID-1"_s, u"Alpha"_s, 1), image(u"ID-2"_s, std::nullopt, std::nullopt)});
    const QString text = model.index(0, 0).data(ImageTableModel::SearchTextRole).toString();
    QVERIFY(text.contains(u"alpha"_s));
    QVERIFY(text.contains(u"id-1"_s));
    QVERIFY(text.contains(u"ubuntu"_s));
    QCOMPARE(model.index(1, ImageTableModel::Name).data().toString(), u"(no name)"_s);
    QVERIFY(!model.index(1, ImageTableModel::Size).data().isValid());
}

// A server that repeats an id on a later page (its order changed while we paged): the first copy
// keeps its row, the later copies are left out and counted, so selection and updates reach the
// only row with that id.
void TestImageTableModel::idRepeatedAcrossPagesKeepsOneRow()
{
    ImageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append({image(u"a"_s, u"alpha"_s, 10), image(u"b"_s, u"beta"_s, 20)});
    model.append({image(u"c"_s, u"gamma"_s, 30), image(u"a"_s, u"alpha again"_s, 11)});
    model.append({image(u"b"_s, u"beta again"_s, 21), image(u"a"_s, u"alpha third"_s, 12)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 2); // the last page brought nothing new
    QCOMPARE(model.rowOf(u"a"_s), 0);
    QCOMPARE(model.rowOf(u"b"_s), 1);
    QCOMPARE(model.rowOf(u"c"_s), 2);
    QCOMPARE(model.index(0, ImageTableModel::Name).data().toString(), u"alpha"_s);
    QCOMPARE(model.record(1)->name, std::optional<QString>(u"beta"_s));
    QCOMPARE(model.repeatedCount(), 3);

    QCOMPARE(model.update(image(u"a"_s, u"alpha fresh"_s, 13)), 0);
    int named = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        named += model.index(row, ImageTableModel::Name).data().toString() == u"alpha fresh"_s ? 1 : 0;
    QCOMPARE(named, 1);

    model.clear();
    QCOMPARE(model.repeatedCount(), 0);
    model.append({image(u"a"_s, u"alpha"_s, 10)});
    QCOMPARE(model.rowCount(), 1);
}

// Protected, Virtual size and Type (issue 16): in words, empty when the server does not say,
// sorted by their values (bytes, not text), appended after the older columns.
void TestImageTableModel::addedColumns_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("property"); // image_type; "-" for none
    QTest::addColumn<QVariant>("value");   // protected (bool) or virtual size (qint64); invalid: none
    QTest::addColumn<QVariant>("display");
    QTest::addColumn<QVariant>("sort");
    const int type = ImageTableModel::Type;
    const int isProtected = ImageTableModel::Protected;
    const int virtualSize = ImageTableModel::VirtualSize;
    QTest::newRow("type snapshot") << type << u"snapshot"_s << QVariant() << QVariant(u"Instance snapshot"_s)
                                   << QVariant(u"Instance snapshot"_s);
    QTest::newRow("type base") << type << u"base"_s << QVariant() << QVariant(u"Image"_s)
                               << QVariant(u"Image"_s);
    QTest::newRow("type none") << type << u"-"_s << QVariant() << QVariant(u"Image"_s)
                               << QVariant(u"Image"_s);
    QTest::newRow("protected yes") << isProtected << u"-"_s << QVariant(true) << QVariant(u"Yes"_s)
                                   << QVariant(1);
    QTest::newRow("protected no") << isProtected << u"-"_s << QVariant(false) << QVariant(u"No"_s)
                                  << QVariant(0);
    QTest::newRow("protected unknown") << isProtected << u"-"_s << QVariant() << QVariant() << QVariant(-1);
    QTest::newRow("virtual size") << virtualSize << u"-"_s << QVariant(qint64(13167616))
                                  << QVariant(u"12.6 MiB"_s) << QVariant(qint64(13167616));
    QTest::newRow("virtual size zero")
        << virtualSize << u"-"_s << QVariant(qint64(0)) << QVariant(u"0 bytes"_s) << QVariant(qint64(0));
    QTest::newRow("virtual size null")
        << virtualSize << u"-"_s << QVariant() << QVariant() << QVariant(qint64(-1));
}

void TestImageTableModel::addedColumns()
{
    QFETCH(int, column);
    QFETCH(QString, property);
    QFETCH(QVariant, value);
    QFETCH(QVariant, display);
    QFETCH(QVariant, sort);
    QLocale::setDefault(QLocale::c());
    ImageRecord record = image(u"a"_s, u"alpha"_s, 1536);
    if (property != u"-"_s)
        record.properties.insert(u"image_type"_s, property);
    if (value.isValid() && column == ImageTableModel::Protected)
        record.isProtected = value.toBool();
    if (value.isValid() && column == ImageTableModel::VirtualSize)
        record.virtualSize = value.toLongLong();
    ImageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append({record});
    QVERIFY(column > ImageTableModel::Id); // after the older columns: saved layouts still fit
    const QModelIndex index = model.index(0, column);
    QCOMPARE(index.data(Qt::DisplayRole), display);
    QCOMPARE(index.data(ImageTableModel::SortRole), sort);
    QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestImageTableModel::addedColumnsSortThroughTheProxy_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending"); // ids
    // a: 10 GiB, protected, snapshot; b: null, unknown, no type; c: 1 KiB, not protected, base;
    // d: 2 MiB, protected, snapshot. Ties by id.
    QTest::newRow("virtual size") << int(ImageTableModel::VirtualSize)
                                  << QStringList{u"b"_s, u"c"_s, u"d"_s, u"a"_s};
    QTest::newRow("protected") << int(ImageTableModel::Protected)
                               << QStringList{u"b"_s, u"c"_s, u"a"_s, u"d"_s};
    QTest::newRow("type") << int(ImageTableModel::Type) << QStringList{u"b"_s, u"c"_s, u"a"_s, u"d"_s};
}

void TestImageTableModel::addedColumnsSortThroughTheProxy()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);
    const auto make = [](const QString& id, std::optional<qint64> virtualSize,
                         std::optional<bool> isProtected, const QString& type) {
        ImageRecord record = image(id, id, 1);
        record.virtualSize = virtualSize;
        record.isProtected = isProtected;
        if (!type.isEmpty())
            record.properties.insert(u"image_type"_s, type);
        return record;
    };
    ImageTableModel model;
    ImageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append({make(u"a"_s, qint64(10) << 30, true, u"snapshot"_s),
                  make(u"b"_s, std::nullopt, std::nullopt, {}), make(u"c"_s, 1024, false, u"base"_s),
                  make(u"d"_s, qint64(2) << 20, true, u"snapshot"_s)});
    const auto order = [&proxy] {
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids << proxy.index(row, 0).data(ImageTableModel::IdRole).toString();
        return ids;
    };
    proxy.sort(column, Qt::AscendingOrder);
    QCOMPARE(order(), ascending);
    proxy.sort(column, Qt::DescendingOrder);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(order(), descending);
}

// The Contents badge (issue 17): what inspecting the image found, as a word and an icon, the
// problems as its tooltip (plain text), sorted not inspected < safe < mismatch < unsafe, kept
// for the id across fresh details and a relist.
void TestImageTableModel::contentsBadge()
{
    const int contents = ImageTableModel::Contents;
    QVERIFY(contents > ImageTableModel::Id); // appended: saved layouts still fit
    QVERIFY(!ImageTableModel::hiddenByDefault(ImageTableModel::Contents));
    ImageTableModel model;
    ImageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append({image(u"a"_s, u"a"_s, 1), image(u"b"_s, u"b"_s, 1), image(u"c"_s, u"c"_s, 1),
                  image(u"d"_s, u"d"_s, 1)});
    QCOMPARE(model.headerData(contents, Qt::Horizontal).toString(), u"Contents"_s);
    QVERIFY(!model.index(0, contents).data().isValid());
    QVERIFY(model.index(0, contents).data(Qt::DecorationRole).isNull());

    InspectionResult unsafe;
    unsafe.format = u"qcow2"_s;
    unsafe.problems = {{InspectionProblem::Kind::BackingFile, u"Names a backing file, <i>x</i>."_s},
                       {InspectionProblem::Kind::Corrupt, u"Marked corrupt."_s}};
    InspectionResult safe;
    safe.format = u"raw"_s;
    safe.safe = true;
    InspectionResult mismatch = safe;
    mismatch.declaredFormat = u"qcow2"_s;
    mismatch.matchesDeclared = false;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setVerdict(u"a"_s, unsafe);
    QCOMPARE(changed.count(), 1);
    model.setVerdict(u"c"_s, safe);
    model.setVerdict(u"d"_s, mismatch);
    model.setVerdict(u"not-listed"_s, safe); // no row: kept for later, nothing changes
    QCOMPARE(changed.count(), 3);

    const QModelIndex a = model.index(model.rowOf(u"a"_s), contents);
    QCOMPARE(a.data().toString(), u"unsafe"_s);
    QCOMPARE(a.data(Qt::ToolTipRole).toString(), u"Names a backing file, <i>x</i>.\nMarked corrupt."_s);
    QVERIFY(!a.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.index(model.rowOf(u"c"_s), contents).data().toString(), u"safe"_s);
    QCOMPARE(model.index(model.rowOf(u"d"_s), contents).data().toString(), u"mismatch"_s);

    const auto order = [&proxy] {
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids << proxy.index(row, 0).data(ImageTableModel::IdRole).toString();
        return ids;
    };
    proxy.sort(contents, Qt::AscendingOrder);
    QCOMPARE(order(), (QStringList{u"b"_s, u"c"_s, u"d"_s, u"a"_s}));
    proxy.sort(contents, Qt::DescendingOrder);
    QCOMPARE(order(), (QStringList{u"a"_s, u"d"_s, u"c"_s, u"b"_s}));

    // Fresh details, then a relist: the badge stays with the id.
    model.update(image(u"a"_s, u"renamed"_s, 2));
    QCOMPARE(model.index(model.rowOf(u"a"_s), contents).data().toString(), u"unsafe"_s);
    model.clear();
    model.append({image(u"not-listed"_s, u"n"_s, 1), image(u"a"_s, u"a"_s, 1)});
    QCOMPARE(model.index(model.rowOf(u"a"_s), contents).data().toString(), u"unsafe"_s);
    QCOMPARE(model.index(model.rowOf(u"not-listed"_s), contents).data().toString(), u"safe"_s);
}

// Issue 18: Image API v2's `stores` as a column (hidden until chosen), and the hidden images
// (os_hidden) marked: ", hidden" after the visibility, the name in italics, a tooltip saying why.
void TestImageTableModel::storesAndHidden_data()
{
    QTest::addColumn<QJsonObject>("properties");
    QTest::addColumn<QVariant>("stores");
    QTest::addColumn<bool>("hidden");
    QTest::newRow("none") << QJsonObject{} << QVariant() << false;
    QTest::newRow("one store") << QJsonObject{{u"stores"_s, u"file1"_s}} << QVariant(u"file1"_s) << false;
    QTest::newRow("stores as Glance sends them")
        << QJsonObject{{u"stores"_s, u"file1,fast "_s}} << QVariant(u"file1, fast"_s) << false;
    QTest::newRow("stores as an array")
        << QJsonObject{{u"stores"_s, QJsonArray{u"a"_s, u""_s, u"b"_s}}} << QVariant(u"a, b"_s) << false;
    QTest::newRow("stores empty") << QJsonObject{{u"stores"_s, u" , "_s}} << QVariant() << false;
    QTest::newRow("stores not text") << QJsonObject{{u"stores"_s, 7}} << QVariant() << false;
    {
        // Bounded: 64 stores of at most 64 characters, then "…".
        QStringList many;
        for (int i = 0; i < 70; ++i)
            many << u"s%1"_s.arg(i);
        many << QString(100, u'x');
        QStringList shown = many.first(64);
        shown << u"…"_s;
        QTest::newRow("stores bounded")
            << QJsonObject{{u"stores"_s, many.join(u',')}} << QVariant(shown.join(u", "_s)) << false;
        QTest::newRow("store name bounded")
            << QJsonObject{{u"stores"_s, QString(100, u'x')}} << QVariant(QString(63, u'x') + u'…') << false;
    }
    QTest::newRow("hidden") << QJsonObject{{u"os_hidden"_s, true}} << QVariant() << true;
    QTest::newRow("hidden as text") << QJsonObject{{u"os_hidden"_s, u"True"_s}} << QVariant() << true;
    QTest::newRow("not hidden") << QJsonObject{{u"os_hidden"_s, false}} << QVariant() << false;
    QTest::newRow("not hidden as text") << QJsonObject{{u"os_hidden"_s, u"no"_s}} << QVariant() << false;
}

void TestImageTableModel::storesAndHidden()
{
    QFETCH(QJsonObject, properties);
    QFETCH(QVariant, stores);
    QFETCH(bool, hidden);
    ImageRecord record = image(u"a"_s, u"alpha"_s, 1536);
    record.visibility = u"public"_s;
    record.properties = properties;
    ImageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append({record});
    QVERIFY(ImageTableModel::hiddenByDefault(ImageTableModel::Stores));
    QCOMPARE(model.headerData(ImageTableModel::Stores, Qt::Horizontal).toString(), u"Stores"_s);
    QCOMPARE(model.index(0, ImageTableModel::Stores).data(), stores);
    QCOMPARE(model.index(0, ImageTableModel::Visibility).data().toString(),
             hidden ? u"public, hidden"_s : u"public"_s);
    QCOMPARE(model.index(0, ImageTableModel::Visibility).data(ImageTableModel::SortRole).toString(),
             u"public"_s);
    const QModelIndex name = model.index(0, ImageTableModel::Name);
    QCOMPARE(name.data(Qt::FontRole).isValid() && name.data(Qt::FontRole).value<QFont>().italic(), hidden);
    QCOMPARE(name.data(Qt::ToolTipRole).toString().contains(u"os_hidden"_s), hidden);
    QVERIFY(name.data(Qt::ToolTipRole).toString().startsWith(u"a"_s));
    // Kept through the packed row: what the details show is the record as listed.
    QCOMPARE(model.record(0)->properties, properties);
}

void TestImageTableModel::membershipMarks_data()
{
    using Status = ImageMember::Status;
    QTest::addColumn<std::optional<Status>>("listed");
    QTest::addColumn<QString>("ownProject");
    QTest::addColumn<QString>("visibility");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<bool>("hidden");
    QTest::addColumn<QString>("shown");
    const QString mine = u"p-mine"_s;
    QTest::newRow("pending listing, another project's share")
        << std::optional(Status::Pending) << mine << u"shared"_s << u"p-other"_s << false
        << u"shared, pending"_s;
    QTest::newRow("rejected listing, another project's share")
        << std::optional(Status::Rejected) << mine << u"shared"_s << u"p-other"_s << false
        << u"shared, rejected"_s;
    QTest::newRow("pending and hidden") << std::optional(Status::Pending) << mine << u"Shared"_s
                                        << u"p-other"_s << true << u"shared, pending, hidden"_s;
    // Glance lists the user's own shared images whatever member_status says.
    QTest::newRow("own share") << std::optional(Status::Pending) << mine << u"shared"_s << mine << false
                               << u"shared"_s;
    QTest::newRow("no owner") << std::optional(Status::Pending) << mine << u"shared"_s << QString() << false
                              << u"shared"_s;
    QTest::newRow("not shared") << std::optional(Status::Pending) << mine << u"public"_s << u"p-other"_s
                                << false << u"public"_s;
    QTest::newRow("project unknown: nothing said")
        << std::optional(Status::Pending) << QString() << u"shared"_s << u"p-other"_s << false << u"shared"_s;
    QTest::newRow("accepted listing")
        << std::optional<Status>() << mine << u"shared"_s << u"p-other"_s << false << u"shared"_s;
}

void TestImageTableModel::membershipMarks()
{
    using Status = ImageMember::Status;
    QFETCH(std::optional<Status>, listed);
    QFETCH(QString, ownProject);
    QFETCH(QString, visibility);
    QFETCH(QString, owner);
    QFETCH(bool, hidden);
    QFETCH(QString, shown);
    ImageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setListedMembership(listed, ownProject);
    ImageRecord record = image(u"a"_s, u"alpha"_s, 1);
    record.visibility = visibility;
    record.owner = owner;
    if (hidden)
        record.properties.insert(u"os_hidden"_s, true);
    model.append({record, image(u"b"_s, u"beta"_s, 2)});
    const QModelIndex name = model.index(0, ImageTableModel::Name);
    QCOMPARE(model.index(0, ImageTableModel::Visibility).data().toString(), shown);
    const bool pending = shown.contains(u"pending"_s);
    const QFont font = name.data(Qt::FontRole).value<QFont>();
    QCOMPARE(name.data(Qt::FontRole).isValid() && font.bold(), pending);
    QCOMPARE(name.data(Qt::FontRole).isValid() && font.italic(), hidden);
    QCOMPARE(name.data(Qt::ToolTipRole).toString().contains(u"Sharing tab"_s),
             shown.contains(u"pending"_s) || shown.contains(u"rejected"_s));
    // Sorting goes by the visibility alone.
    QCOMPARE(model.index(0, ImageTableModel::Visibility).data(ImageTableModel::SortRole).toString(),
             visibility.toLower());

    // An answer given: the row says so at once, and still after fresh details.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.markPending(u"b"_s), false); // not shared
    model.setMembership(u"a"_s, Status::Accepted);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.markPending(u"a"_s), false); // a late pending listing: the answer stands
    QVERIFY(!model.index(0, ImageTableModel::Visibility).data().toString().contains(u"pending"_s));
    QVERIFY(!(name.data(Qt::FontRole).isValid() && name.data(Qt::FontRole).value<QFont>().bold()));
    QCOMPARE(model.update(record), 0);
    QVERIFY(!model.index(0, ImageTableModel::Visibility).data().toString().contains(u"pending"_s));
    model.setMembership(u"a"_s, Status::Pending);
    QVERIFY(model.index(0, ImageTableModel::Visibility)
                .data()
                .toString()
                .endsWith(hidden ? u"pending, hidden"_s : u"pending"_s));
    // Not listed: not kept. A new listing forgets the answers and the listing's word.
    const auto before = changed.count();
    model.setMembership(u"zzz"_s, Status::Pending);
    QCOMPARE(changed.count(), before);
    model.clear();
    model.append({record});
    QCOMPARE(model.index(0, ImageTableModel::Visibility).data().toString(),
             hidden ? visibility.toLower() + u", hidden"_s : visibility.toLower());
    // A pending listing's word counts only for another project's share, as the row says.
    const bool othersShare = visibility.toLower() == u"shared"_s && !owner.isEmpty() &&
                             !ownProject.isEmpty() && owner != ownProject;
    QCOMPARE(model.markPending(u"a"_s), othersShare);
}

QTEST_MAIN(TestImageTableModel)
#include "tst_imagetablemodel.moc"
