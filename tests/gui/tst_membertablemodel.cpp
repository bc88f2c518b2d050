// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// The Sharing tab's table (issue 18): one row per member, its project, answer and times.
#include "models/membertablemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestMemberTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsEachMember_data();
    void showsEachMember();
    void headersAndReset();
};

void TestMemberTableModel::showsEachMember_data()
{
    QTest::addColumn<QString>("memberId");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("statusText");
    QTest::addColumn<QString>("created"); // ISO, empty: unknown
    QTest::addColumn<QString>("updated");
    QTest::newRow("pending") << u"5ef70662f8b34079a6eddb8da9d75fe8"_s << int(ImageMember::Status::Pending)
                             << u"Pending"_s << u"2024-03-05T14:30:00Z"_s << u"2024-03-05T14:30:00Z"_s;
    QTest::newRow("accepted") << u"partner"_s << int(ImageMember::Status::Accepted) << u"Accepted"_s
                              << u"2024-03-01T09:00:00Z"_s << u"2024-03-02T10:15:00Z"_s;
    QTest::newRow("rejected, no times")
        << u"<b>other</b>"_s << int(ImageMember::Status::Rejected) << u"Rejected"_s << QString() << QString();
}

void TestMemberTableModel::showsEachMember()
{
    QFETCH(QString, memberId);
    QFETCH(int, status);
    QFETCH(QString, statusText);
    QFETCH(QString, created);
    QFETCH(QString, updated);
    MemberTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ImageMember first;
    first.imageId = u"img"_s;
    first.memberId = u"someone-else"_s;
    ImageMember member;
    member.imageId = u"img"_s;
    member.memberId = memberId;
    member.status = ImageMember::Status(status);
    if (!created.isEmpty())
        member.createdAt = QDateTime::fromString(created, Qt::ISODate);
    if (!updated.isEmpty())
        member.updatedAt = QDateTime::fromString(updated, Qt::ISODate);
    model.setMembers({first, member});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(MemberTableModel::ColumnCount));
    QCOMPARE(model.index(1, MemberTableModel::Member).data().toString(), memberId);
    QCOMPARE(model.index(1, MemberTableModel::Status).data().toString(), statusText);
    QCOMPARE(model.index(1, MemberTableModel::Status).data(Qt::ToolTipRole).toString(),
             ImageMember::statusKey(member.status));
    const QModelIndex createdCell = model.index(1, MemberTableModel::Created);
    const QModelIndex updatedCell = model.index(1, MemberTableModel::Updated);
    if (created.isEmpty()) {
        QVERIFY(!createdCell.data().isValid());
        QVERIFY(!updatedCell.data().isValid());
    } else {
        const QDateTime when = QDateTime::fromString(created, Qt::ISODate);
        QCOMPARE(createdCell.data().toString(), QLocale().toString(when.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(createdCell.data(Qt::ToolTipRole).toString(), created);
        QCOMPARE(updatedCell.data(Qt::ToolTipRole).toString(), updated);
    }
    QVERIFY(!model.index(1, MemberTableModel::Member).data(Qt::DecorationRole).isValid());
}

void TestMemberTableModel::headersAndReset()
{
    MemberTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.headerData(MemberTableModel::Member, Qt::Horizontal).toString(), u"Member (project ID)"_s);
    QCOMPARE(model.headerData(MemberTableModel::Status, Qt::Horizontal).toString(), u"Status"_s);
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    ImageMember member;
    member.memberId = u"p"_s;
    model.setMembers({member});
    QCOMPARE(model.rowCount(), 1);
    model.setMembers({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestMemberTableModel)
#include "tst_membertablemodel.moc"
