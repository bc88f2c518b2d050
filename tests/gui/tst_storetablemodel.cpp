// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// The cloud panel's store table (issue 18): one row per store of GET /v2/info/stores, the default
// marked, read-only said, the type where the detail was readable.

#include "models/storetablemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestStoreTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listedStores();
    void detailedStoresHaveTypes();
    void replacedAndCleared();
};

namespace {
ImageStore store(const QString& id, const QString& description, bool isDefault, bool readOnly,
                 std::optional<QString> type = std::nullopt)
{
    ImageStore s;
    s.id = id;
    s.description = description;
    s.isDefault = isDefault;
    s.readOnly = readOnly;
    s.type = std::move(type);
    return s;
}
} // namespace

void TestStoreTableModel::listedStores()
{
    StoreTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(StoreTableModel::ColumnCount));
    ImageStoreList list;
    list.stores = {store(u"fast"_s, u"SSD <b>fast</b>"_s, true, false),
                   store(u"cold"_s, u"Archive"_s, false, true)};
    model.setStores(list);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.hasTypes());
    QCOMPARE(model.index(0, StoreTableModel::Id).data().toString(), u"fast"_s);
    // The server's text as it is (the view draws text, not markup).
    QCOMPARE(model.index(0, StoreTableModel::Description).data().toString(), u"SSD <b>fast</b>"_s);
    QCOMPARE(model.index(0, StoreTableModel::Default).data().toString(), u"Default"_s);
    QCOMPARE(model.index(0, StoreTableModel::Default).data(Qt::UserRole).toBool(), true);
    QVERIFY(model.index(0, StoreTableModel::Id).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model.index(0, StoreTableModel::ReadOnly).data().toString(), u"Writable"_s);
    QCOMPARE(model.index(1, StoreTableModel::Id).data().toString(), u"cold"_s);
    QCOMPARE(model.index(1, StoreTableModel::Default).data().toString(), QString());
    QCOMPARE(model.index(1, StoreTableModel::Default).data(Qt::UserRole).toBool(), false);
    QVERIFY(!model.index(1, StoreTableModel::Id).data(Qt::FontRole).isValid());
    QCOMPARE(model.index(1, StoreTableModel::ReadOnly).data().toString(), u"Read-only"_s);
    QCOMPARE(model.index(1, StoreTableModel::ReadOnly).data(Qt::UserRole).toBool(), true);
    QVERIFY(!model.index(1, StoreTableModel::ReadOnly).data(Qt::ToolTipRole).toString().isEmpty());
    // Not detailed: the type is not known, and not said to be.
    QCOMPARE(model.index(0, StoreTableModel::Type).data().toString(), QString());
    QVERIFY(!model.index(0, StoreTableModel::Type).data(Qt::UserRole).isValid());
    QCOMPARE(model.headerData(StoreTableModel::Id, Qt::Horizontal).toString(), u"Store"_s);
    QCOMPARE(model.headerData(StoreTableModel::Default, Qt::Horizontal).toString(), u"Default"_s);
}

void TestStoreTableModel::detailedStoresHaveTypes()
{
    StoreTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ImageStoreList list;
    list.detailed = true;
    ImageStore withProperties = store(u"fast"_s, u"Fast"_s, true, false, u"file"_s);
    withProperties.properties = QJsonObject{{u"datadir"_s, u"/var/lib/glance/images"_s}};
    list.stores = {withProperties, store(u"ceph"_s, u"Ceph"_s, false, false)};
    model.setStores(list);
    QVERIFY(model.hasTypes());
    QCOMPARE(model.index(0, StoreTableModel::Type).data().toString(), u"file"_s);
    QCOMPARE(model.index(0, StoreTableModel::Type).data(Qt::UserRole).toString(), u"file"_s);
    QVERIFY(model.index(0, StoreTableModel::Type).data(Qt::ToolTipRole).toString().contains(u"datadir"_s));
    // Detailed, but this one's type was not given: said so.
    QCOMPARE(model.index(1, StoreTableModel::Type).data().toString(), u"—"_s);
    QVERIFY(!model.index(1, StoreTableModel::Type).data(Qt::UserRole).isValid());
}

void TestStoreTableModel::replacedAndCleared()
{
    StoreTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ImageStoreList three;
    three.stores = {store(u"a"_s, {}, true, false), store(u"b"_s, {}, false, false),
                    store(u"c"_s, {}, false, true)};
    model.setStores(three);
    QCOMPARE(model.rowCount(), 3);
    ImageStoreList one;
    one.stores = {store(u"z"_s, {}, false, false)};
    model.setStores(one);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, StoreTableModel::Id).data().toString(), u"z"_s);
    QVERIFY(!model.index(1, StoreTableModel::Id).isValid());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hasTypes());
}

QTEST_MAIN(TestStoreTableModel)
#include "tst_storetablemodel.moc"
