// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "models/imagefilterproxymodel.h"
#include "models/imagetablemodel.h"
#include "widgets/filterbar.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QScopeGuard>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;
using Chip = ImageFilterProxyModel::Chip;

// The filter bar as a person uses it: a chip's menu stays open while several values are checked,
// All and Clear at its top, the keyboard works it; Escape empties the box; a term the filter
// cannot read is said under the box and left out.
class TestFilterBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void chipMenuStaysOpenForSeveralValues();
    void chipMenuWorksFromTheKeyboard();
    void chipToolTipListsValuesTheLanguagesWay_data();
    void chipToolTipListsValuesTheLanguagesWay();
    void allAndClear();
    void escapeEmptiesTheBox();
    void unreadableTermIsSaidAndLeftOut_data();
    void unreadableTermIsSaidAndLeftOut();

private:
    QMenu* openMenu(Chip chip);
    QAction* action(QMenu* menu, const QString& value) const;

    ImageTableModel* m_model = nullptr;
    ImageFilterProxyModel* m_proxy = nullptr;
    FilterBar* m_bar = nullptr;
};

void TestFilterBar::init()
{
    m_model = new ImageTableModel;
    m_proxy = new ImageFilterProxyModel;
    m_proxy->setSourceModel(m_model);
    QList<ImageRecord> records;
    const QList<std::tuple<const char*, const char*, qint64>> rows{
        {"ubuntu-1", "active", 2LL << 30}, {"ubuntu-2", "queued", 1LL << 20},  {"debian-1", "killed", 0},
        {"debian-2", "active", 5LL << 30}, {"fedora-1", "deleted", 3LL << 30},
    };
    for (const auto& [id, status, size] : rows) {
        ImageRecord record;
        record.id = QString::fromLatin1(id);
        record.name = record.id;
        record.status = QString::fromLatin1(status);
        record.visibility = u"public"_s;
        record.diskFormat = u"qcow2"_s;
        record.size = size;
        records.append(record);
    }
    m_model->append(records);
    m_bar = new FilterBar(m_model, m_proxy);
    m_bar->resize(800, m_bar->sizeHint().height());
    m_bar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_bar));
}

void TestFilterBar::cleanup()
{
    delete m_bar;
    delete m_proxy;
    delete m_model;
}

QMenu* TestFilterBar::openMenu(Chip chip)
{
    // As the chip's button opens it, but without the blocking exec() of its instant popup.
    QToolButton* button = m_bar->chipButton(chip);
    QMenu* menu = button->menu();
    menu->popup(button->mapToGlobal(QPoint(0, button->height())));
    if (!QTest::qWaitForWindowExposed(menu))
        return nullptr;
    return menu;
}

QAction* TestFilterBar::action(QMenu* menu, const QString& value) const
{
    const QList<QAction*> actions = menu->actions();
    for (QAction* action : actions) {
        if (action->data().toString() == value)
            return action;
    }
    return nullptr;
}

void TestFilterBar::chipToolTipListsValuesTheLanguagesWay_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("joiner");
    QTest::newRow("English") << QLocale(QLocale::English) << u" and "_s;
    QTest::newRow("German") << QLocale(QLocale::German) << u" und "_s;
    QTest::newRow("Chinese") << QLocale(QLocale::Chinese, QLocale::China) << u"和"_s;
}

// Several values are listed as the language lists things, never glued with ", " in code.
void TestFilterBar::chipToolTipListsValuesTheLanguagesWay()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, joiner);
    const QLocale before;
    QLocale::setDefault(locale);
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    QMenu* menu = openMenu(Chip::Status);
    QVERIFY(menu);
    QAction* active = action(menu, u"active"_s);
    QAction* queued = action(menu, u"queued"_s);
    QVERIFY(active && queued);
    active->trigger();
    queued->trigger();
    const QString tip = m_bar->chipButton(Chip::Status)->toolTip();
    QVERIFY2(tip.contains(joiner) && tip.contains(u"active"_s) && tip.contains(u"queued"_s), qPrintable(tip));
    QVERIFY2(!tip.contains(u"active, queued"_s), qPrintable(tip));
    QTest::keyClick(menu, Qt::Key_Escape);
}

void TestFilterBar::chipMenuStaysOpenForSeveralValues()
{
    QAbstractItemModelTester tester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QMenu* menu = openMenu(Chip::Status);
    QVERIFY(menu);
    QAction* active = action(menu, u"active"_s);
    QAction* queued = action(menu, u"queued"_s);
    QVERIFY(active && queued);

    const auto click = [menu](QAction* item) {
        const QPoint centre = menu->actionGeometry(item).center();
        QTest::mouseMove(menu, centre);
        QTest::mouseClick(menu, Qt::LeftButton, {}, centre);
    };
    click(active);
    QVERIFY(active->isChecked());
    QVERIFY(menu->isVisible()); // still open for the next value
    QCOMPARE(m_proxy->rowCount(), 2);
    click(queued);
    QVERIFY(queued->isChecked());
    QVERIFY(menu->isVisible());
    QCOMPARE(m_proxy->chip(Chip::Status), (QSet<QString>{u"active"_s, u"queued"_s}));
    QCOMPARE(m_proxy->rowCount(), 3);

    // The chip says how many values it has; its tooltip names them.
    QToolButton* button = m_bar->chipButton(Chip::Status);
    QVERIFY2(button->text().contains(u'2'), qPrintable(button->text()));
    QVERIFY(button->toolTip().contains(u"active"_s) && button->toolTip().contains(u"queued"_s));
    QVERIFY(button->isChecked());

    click(active); // and off again
    QVERIFY(!active->isChecked());
    QVERIFY(menu->isVisible());
    QCOMPARE(m_proxy->rowCount(), 1);
    QVERIFY(button->text().contains(u"queued"_s));

    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!menu->isVisible());
    QCOMPARE(m_proxy->chip(Chip::Status), QSet<QString>{u"queued"_s}); // what was chosen stays
}

void TestFilterBar::chipMenuWorksFromTheKeyboard()
{
    QMenu* menu = openMenu(Chip::Status);
    QVERIFY(menu);
    QAction* deleted = action(menu, u"deleted"_s);
    QAction* killed = action(menu, u"killed"_s);
    QVERIFY(deleted && killed);
    menu->setActiveAction(deleted);
    QTest::keyClick(menu, Qt::Key_Space);
    QVERIFY(deleted->isChecked());
    QVERIFY(menu->isVisible());
    QTest::keyClick(menu, Qt::Key_Down); // values are sorted: active, deleted, killed, queued
    QCOMPARE(menu->activeAction(), killed);
    QTest::keyClick(menu, Qt::Key_Return);
    QVERIFY(killed->isChecked());
    QVERIFY(menu->isVisible());
    QCOMPARE(m_proxy->chip(Chip::Status), (QSet<QString>{u"deleted"_s, u"killed"_s}));
    QCOMPARE(m_proxy->rowCount(), 2);
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!menu->isVisible());
}

void TestFilterBar::allAndClear()
{
    QMenu* menu = openMenu(Chip::Status);
    QVERIFY(menu);
    QAction* all = menu->findChild<QAction*>(u"chipAll"_s);
    QAction* clear = menu->findChild<QAction*>(u"chipClear"_s);
    QVERIFY(all && clear);
    // At the top, above the values.
    QCOMPARE(menu->actions().value(0), all);
    QCOMPARE(menu->actions().value(1), clear);
    QVERIFY(all->isEnabled());
    QVERIFY(!clear->isEnabled()); // nothing to clear yet

    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(all).center());
    QVERIFY(menu->isVisible());
    QCOMPARE(m_proxy->chip(Chip::Status),
             (QSet<QString>{u"active"_s, u"deleted"_s, u"killed"_s, u"queued"_s}));
    QCOMPARE(m_proxy->rowCount(), 5);
    QVERIFY(m_bar->chipButton(Chip::Status)->text().contains(u'4'));
    QVERIFY(!all->isEnabled());
    QVERIFY(clear->isEnabled());

    // Unchecking one of all: every other status.
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action(menu, u"active"_s)).center());
    QCOMPARE(m_proxy->rowCount(), 3);

    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(clear).center());
    QVERIFY(menu->isVisible());
    QVERIFY(m_proxy->chip(Chip::Status).isEmpty());
    QCOMPARE(m_proxy->rowCount(), 5);
    QCOMPARE(m_bar->chipButton(Chip::Status)->text(), u"Status"_s);
    QVERIFY(!m_bar->chipButton(Chip::Status)->isChecked());
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!menu->isVisible());
}

void TestFilterBar::escapeEmptiesTheBox()
{
    QLineEdit* edit = m_bar->lineEdit();
    edit->setFocus();
    QTest::keyClicks(edit, u"size>lots ubuntu"_s);
    m_bar->applyNow();
    QCOMPARE(m_proxy->rowCount(), 2);
    auto* problem = m_bar->findChild<QLabel*>(u"filterProblem"_s);
    QVERIFY(problem);
    QVERIFY(!problem->isHidden());
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(edit->text().isEmpty());
    QVERIFY(m_proxy->searchText().isEmpty()); // at once, not after the typing pause
    QCOMPARE(m_proxy->rowCount(), 5);
    QVERIFY(problem->isHidden());
}

void TestFilterBar::unreadableTermIsSaidAndLeftOut_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("term");
    QTest::addColumn<int>("rows");
    QTest::newRow("not a size") << u"size>lots"_s << u"size>lots"_s << 5;
    QTest::newRow("not a date") << u"created<yesterdayish"_s << u"created<yesterdayish"_s << 5;
    QTest::newRow("unknown field") << u"foo>3"_s << u"foo>3"_s << 5;
    QTest::newRow("the rest filters") << u"size>1G size>lots"_s << u"size>lots"_s << 3;
    QTest::newRow("with a word") << u"debian size>=1.5Q"_s << u"size>=1.5Q"_s << 2;
}

void TestFilterBar::unreadableTermIsSaidAndLeftOut()
{
    QFETCH(QString, text);
    QFETCH(QString, term);
    QFETCH(int, rows);
    auto* problem = m_bar->findChild<QLabel*>(u"filterProblem"_s);
    auto* mark = m_bar->findChild<QAction*>(u"filterProblemMark"_s);
    QVERIFY(problem && mark);
    QVERIFY(problem->isHidden());
    QVERIFY(!mark->isVisible());
    m_bar->lineEdit()->setText(text);
    m_bar->applyNow();
    QCOMPARE(m_proxy->rowCount(), rows); // the bad term hides nothing
    QVERIFY(!problem->isHidden());
    QVERIFY2(problem->text().contains(term), qPrintable(problem->text()));
    QVERIFY(m_bar->lineEdit()->toolTip().contains(term));
    QVERIFY(m_bar->lineEdit()->accessibleDescription().contains(term));
    QVERIFY(m_bar->lineEdit()->actions().contains(mark)); // a mark in the box
    QVERIFY(mark->isVisible());
    QVERIFY(mark->toolTip().contains(term));

    m_bar->lineEdit()->setText(u"size>1G"_s); // read: nothing to say
    m_bar->applyNow();
    QCOMPARE(m_proxy->rowCount(), 3);
    QVERIFY(problem->isHidden());
    QVERIFY(!m_bar->lineEdit()->toolTip().contains(term));
    QVERIFY(!mark->isVisible());
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
