// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// The Tasks tab's table (issue 18): one row per import or copy task, read from the server's JSON.
#include "models/tasktablemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestTaskTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsEachTask_data();
    void showsEachTask();
    void headersAndReset();
};

void TestTaskTableModel::showsEachTask_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("cells"); // Status .. Message, then Id
    QTest::addColumn<QString>("expiresTip");
    QTest::newRow("copy in progress")
        << QByteArray(R"({"tasks":[{"id":"t1","type":"api_image_import","status":"processing",
            "message":"Copied 15 MiB","created_at":"2025-12-01T09:00:00.000000",
            "updated_at":"2025-12-01T09:02:30.000000","expires_at":"2025-12-03T09:02:30.000000",
            "input":{"import_req":{"method":{"name":"copy-image"},"stores":["cold"]}}}]})")
        << QStringList{u"processing"_s, u"api_image_import"_s, u"copy-image"_s,
                       u"cold"_s,       u"Copied 15 MiB"_s,    u"t1"_s}
        << u"2025-12-03T09:02:30Z"_s;
    QTest::newRow("backend list, no message")
        << QByteArray(R"({"tasks":[{"id":"t2","type":"api_image_import","status":"SUCCESS",
            "input":{"backend":["fast","cold"],"import_req":{"method":{"name":"web-download"}}}}]})")
        << QStringList{u"success"_s, u"api_image_import"_s, u"web-download"_s, u"fast, cold"_s, QString(),
                       u"t2"_s}
        << QString();
    QTest::newRow("markup stays text")
        << QByteArray(R"({"tasks":[{"id":"t3","type":"import","status":"failure",
            "message":"<b>no space</b> left"}]})")
        << QStringList{u"failure"_s, u"import"_s, QString(), QString(), u"<b>no space</b> left"_s, u"t3"_s}
        << QString();
}

void TestTaskTableModel::showsEachTask()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, cells);
    QFETCH(QString, expiresTip);
    const auto list = ImageTaskList::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(list.has_value());
    QCOMPARE(list->tasks.size(), 1);
    TaskTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTasks(list->tasks);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(TaskTableModel::ColumnCount));
    const int columns[] = {TaskTableModel::Status, TaskTableModel::Type,    TaskTableModel::Method,
                           TaskTableModel::Stores, TaskTableModel::Message, TaskTableModel::Id};
    for (int i = 0; i < 6; ++i) {
        const QVariant value = model.index(0, columns[i]).data();
        QCOMPARE(value.toString(), cells.at(i));
        QCOMPARE(value.isValid(), !cells.at(i).isEmpty()); // nothing rather than an empty text
    }
    QCOMPARE(model.index(0, TaskTableModel::Expires).data(Qt::ToolTipRole).toString(), expiresTip);
    QCOMPARE(model.index(0, TaskTableModel::Expires).data().isValid(), !expiresTip.isEmpty());
}

void TestTaskTableModel::headersAndReset()
{
    TaskTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.headerData(TaskTableModel::Message, Qt::Horizontal).toString(), u"Message"_s);
    QCOMPARE(model.headerData(TaskTableModel::Stores, Qt::Horizontal).toString(), u"Stores"_s);
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    ImageTask task;
    task.id = u"x"_s;
    model.setTasks({task, task});
    QCOMPARE(model.rowCount(), 2);
    model.setTasks({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestTaskTableModel)
#include "tst_tasktablemodel.moc"
