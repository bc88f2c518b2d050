// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/glancev2adapter.h"
#include "i18n/translationinstaller.h"
#include "widgets/cloudprofiledialog.h"
#include "widgets/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QTabBar>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

// Alt+letter reaches one thing per menu, per menu bar and per dialog, in every language Skylight
// speaks (issue 16: Alt+B three times and Alt+A, Alt+E twice in German; "Show &Details" and
// "&Download…" in English).
class TestMnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oncePerPlace_data();
    void oncePerPlace();

private:
    // "file: F used by &File and &Find" for each letter used twice among `texts`.
    static QStringList clashes(const QString& place, const QStringList& texts);
};

QStringList TestMnemonics::clashes(const QString& place, const QStringList& texts)
{
    QHash<QChar, QStringList> users;
    for (const QString& text : texts) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            users[text.at(i + 1).toLower()] << text;
            break;
        }
    }
    QStringList found;
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it.value().size() > 1)
            found << u"%1: Alt+%2 used by %3"_s.arg(place, it.key().toUpper(), it.value().join(u", "_s));
    }
    return found;
}

void TestMnemonics::oncePerPlace_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : TranslationInstaller::languages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestMnemonics::oncePerPlace()
{
    QFETCH(QString, language);
    TranslationInstaller installer(QCoreApplication::instance());
    QCOMPARE(installer.install(QLocale(language)), language);

    QNetworkAccessManager nam;
    auto* adapter = new GlanceV2Adapter(&nam, {.url = QUrl(u"http://127.0.0.1:9/v2"_s), .token = "t"}, {});
    MainWindow window(adapter, CloudDescription{u"Demo cloud"_s, true});
    adapter->setParent(&window);
    QStringList found;
    QStringList titles;
    for (QAction* top : window.menuBar()->actions()) {
        titles << top->text();
        if (QMenu* menu = top->menu()) {
            QStringList texts;
            for (QAction* action : menu->actions()) {
                if (!action->isSeparator())
                    texts << (action->menu() ? action->menu()->title() : action->text());
            }
            found << clashes(menu->title(), texts);
        }
    }
    // The menu bar's titles, the tabs, buttons and labelled fields of the window share one Alt.
    QStringList inWindow = titles;
    for (const QTabBar* tabs : window.findChildren<QTabBar*>()) {
        for (int i = 0; i < tabs->count(); ++i)
            inWindow << tabs->tabText(i);
    }
    for (const QAbstractButton* button : window.findChildren<QAbstractButton*>())
        inWindow << button->text();
    for (const QLabel* label : window.findChildren<QLabel*>()) {
        if (label->buddy())
            inWindow << label->text();
    }
    found << clashes(u"main window"_s, inWindow);

    CloudProfileDialog dialog;
    QStringList fields;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        fields << label->text();
    for (const QAbstractButton* button : dialog.findChildren<QAbstractButton*>())
        fields << button->text();
    found << clashes(u"New Cloud dialog"_s, fields);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
