// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "models/linktablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestLinkTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsRelTypeAndHref();
};

void TestLinkTableModel::showsRelTypeAndHref()
{
    LinkTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLinks({{u"self"_s, u"http://h/v2/images/x"_s, std::nullopt},
                    {u"alternate"_s, u"http://g/images/x"_s, u"application/vnd.openstack.image"_s}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, LinkTableModel::Rel).data().toString(), u"self"_s);
    QVERIFY(!model.index(0, LinkTableModel::Type).data().isValid());
    QCOMPARE(model.index(1, LinkTableModel::Type).data().toString(), u"application/vnd.openstack.image"_s);
    QCOMPARE(model.index(1, LinkTableModel::Href).data().toString(), u"http://g/images/x"_s);
    QCOMPARE(model.headerData(LinkTableModel::Href, Qt::Horizontal).toString(), u"Address"_s);
    model.setLinks({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestLinkTableModel)
#include "tst_linktablemodel.moc"
