// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/nesting.h"
#include "models/keyvaluetablemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
// `levels` objects, one inside the other: {"a": {"a": ... {"a": "x"}}}. Built without recursion.
QJsonValue chain(int levels)
{
    QJsonValue value = u"x"_s;
    for (int i = 0; i < levels; ++i)
        value = QJsonObject{{u"a"_s, value}};
    return value;
}
} // namespace

class TestKeyValueTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsFollowTheGivenOrder();
    void displayText_data();
    void displayText();
    void deepValuesStopAtTheLimit_data();
    void deepValuesStopAtTheLimit();
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

void TestKeyValueTableModel::deepValuesStopAtTheLimit_data()
{
    QTest::addColumn<QJsonValue>("value"); // of property "p"
    QTest::addColumn<bool>("expand");
    QTest::addColumn<int>("keyLevels");   // ".a" in the key of p's row
    QTest::addColumn<QString>("display"); // how p's row ends
    const QString deepText = QString(Nesting::kMaxDepth, u'}');
    for (const bool expand : {true, false}) {
        const char* mode = expand ? "expanded" : "compact";
        QTest::addRow("%s, 60 levels", mode)
            << chain(60) << expand << (expand ? 60 : 0) << (expand ? u"x"_s : u"\"x\""_s + QString(60, u'}'));
        QTest::addRow("%s, 10000 levels", mode)
            << chain(10000) << expand << (expand ? Nesting::kMaxDepth - 1 : 0) << u"\"\u2026\""_s + deepText;
        QTest::addRow("%s, 1000 levels as JSON text", mode)
            << QJsonValue(
                   QString::fromUtf8(QJsonDocument(chain(1000).toObject()).toJson(QJsonDocument::Compact)))
            << expand << (expand ? Nesting::kMaxDepth - 1 : 0)
            << (expand ? u"\"\u2026\""_s + deepText : u"\"x\""_s + QString(1000, u'}'));
    }
}

// The Properties tab expands nested values row by row down to the limit, then shows the rest as
// compact JSON, itself cut at the limit: a 10,000-level value gives one row, not 10,000 levels.
void TestKeyValueTableModel::deepValuesStopAtTheLimit()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, expand);
    QFETCH(int, keyLevels);
    QFETCH(QString, display);
    KeyValueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setExpandNested(expand);
    model.setObject(QJsonObject{{u"p"_s, value}, {u"q"_s, 1}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), u"p"_s + u".a"_s.repeated(keyLevels));
    const QString text = model.index(0, 1).data().toString();
    QVERIFY2(text.endsWith(display), qPrintable(text.right(200)));
    QVERIFY2(text.count(u'{') <= std::max(Nesting::kMaxDepth, 1000), qPrintable(text.left(200)));
    QVERIFY(model.index(0, 1).data(KeyValueTableModel::RawValueRole).isValid());
    QCOMPARE(model.index(1, 0).data().toString(), u"q"_s);
    QVERIFY(model.copyText({0, 1}).size() < 8000);
}

QTEST_MAIN(TestKeyValueTableModel)
#include "tst_keyvaluetablemodel.moc"
