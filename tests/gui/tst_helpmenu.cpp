// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/glancev2adapter.h"
#include "widgets/helpmenu.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QTableWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

// The Help menu (issue 16): every shortcut of the window in one list, and what this build is.
class TestHelpMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theWindowHasIt();
    void listsTheWindowsShortcuts();
    void aboutSaysWhatThisBuildIs();
};

namespace {
std::unique_ptr<MainWindow> window(QNetworkAccessManager* nam)
{
    auto* adapter = new GlanceV2Adapter(nam, {.url = QUrl(u"http://127.0.0.1:9/v2"_s), .token = "t"}, {});
    auto made = std::make_unique<MainWindow>(adapter, CloudDescription{u"Demo cloud"_s, true});
    adapter->setParent(made.get());
    return made;
}
} // namespace

void TestHelpMenu::theWindowHasIt()
{
    QNetworkAccessManager nam;
    const auto shown = window(&nam);
    auto* help = shown->findChild<HelpMenu*>(u"helpMenu"_s);
    QVERIFY(help);
    QCOMPARE(shown->menuBar()->actions().last()->menu(), help);
    QVERIFY(help->findChild<QAction*>(u"shortcutsAction"_s));
    QVERIFY(help->findChild<QAction*>(u"aboutAction"_s));
}

void TestHelpMenu::listsTheWindowsShortcuts()
{
    QNetworkAccessManager nam;
    const auto shown = window(&nam);
    const auto shortcuts = HelpMenu::shortcutsOf(shown.get());
    QStringList texts;
    for (const auto& [text, keys] : shortcuts) {
        QVERIFY2(!text.contains(u'&'), qPrintable(text));
        QVERIFY(!keys.isEmpty());
        texts << text;
    }
    for (const QString& expected : {u"Refresh"_s, u"Quit"_s, u"Keyboard Shortcuts"_s, u"Show Details"_s})
        QVERIFY2(texts.contains(expected), qPrintable(texts.join(u", "_s)));
    QStringList sorted = texts;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
    QCOMPARE(texts, sorted);

    shown->show();
    shown->findChild<QAction*>(u"shortcutsAction"_s)->trigger();
    auto* dialog = shown->findChild<QDialog*>(u"shortcutsDialog"_s);
    QVERIFY(dialog);
    auto* table = dialog->findChild<QTableWidget*>();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), shortcuts.size());
}

void TestHelpMenu::aboutSaysWhatThisBuildIs()
{
    const QString about = HelpMenu::aboutText();
    QVERIFY2(about.contains(QStringLiteral(SKYLIGHT_VERSION)), qPrintable(about));
    QVERIFY2(about.contains(QString::fromLatin1(qVersion())), qPrintable(about));
    QVERIFY2(about.contains(u"Apache License"_s), qPrintable(about));
    QVERIFY2(!about.contains(u"Commit unknown"_s), qPrintable(about)); // built from a git checkout
}

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
