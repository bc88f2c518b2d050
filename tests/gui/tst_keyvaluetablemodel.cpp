#include "models/keyvaluetablemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

class TestKeyValueTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsFollowTheGivenOrder();
    void displayText_data();
    void displayText();
};

void TestKeyValueTableModel::rowsFollowTheGivenOrder()
{
    KeyValueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setObject(QJsonObject{{u"b"_s, 1}, {u"a"_s, QJsonValue()}, {u"z"_s, u"last"_s}},
                    {u"z"_s, u"b"_s, u"missing"_s});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), u"z"_s);
    QCOMPARE(model.index(1, 0).data().toString(), u"b"_s);
    QCOMPARE(model.index(2, 0).data().toString(), u"a"_s);
    QCOMPARE(model.index(2, 1).data().toString(), u"null"_s);
    QVERIFY(model.index(2, 1).data(Qt::FontRole).value<QFont>().italic());
    model.setObject({});
    QCOMPARE(model.rowCount(), 0);
}

void TestKeyValueTableModel::displayText_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("null") << QJsonValue() << u"null"_s;
    QTest::newRow("bool") << QJsonValue(true) << u"true"_s;
    QTest::newRow("big integer") << QJsonValue(qint64(5368709120)) << u"5368709120"_s;
    QTest::newRow("string") << QJsonValue(u"x86_64"_s) << u"x86_64"_s;
    QTest::newRow("array") << QJsonValue(QJsonArray{u"a"_s, 1}) << uR"(["a",1])"_s;
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"k"_s, u"v"_s}}) << uR"({"k":"v"})"_s;
}

void TestKeyValueTableModel::displayText()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, text);
    QCOMPARE(KeyValueTableModel::displayText(value), text);
}

QTEST_MAIN(TestKeyValueTableModel)
#include "tst_keyvaluetablemodel.moc"
