// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/helpmenu.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

#ifndef SKYLIGHT_COMMIT
#define SKYLIGHT_COMMIT "unknown"
#endif

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

HelpMenu::HelpMenu(QWidget* window)
    : QMenu(tr("&Help"), window)
    , m_window(window)
{
    setObjectName(u"helpMenu"_s);
    QAction* shortcuts = addAction(tr("&Keyboard Shortcuts"), this, &HelpMenu::showShortcuts);
    shortcuts->setObjectName(u"shortcutsAction"_s);
    shortcuts->setShortcut(QKeySequence::HelpContents);
    addSeparator();
    QAction* about = addAction(tr("&About Skylight"), this,
                               [this] { QMessageBox::about(m_window, tr("About Skylight"), aboutText()); });
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}

QList<std::pair<QString, QString>> HelpMenu::shortcutsOf(const QWidget* window)
{
    QList<std::pair<QString, QString>> list;
    for (const QAction* action : window->findChildren<QAction*>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        QString text = action->text();
        text.remove(QRegularExpression(u"\\(&\\w\\)"_s)); // 下载(&D)
        text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
        text.remove(u"…"_s);
        const std::pair<QString, QString> entry{text.trimmed(),
                                                action->shortcut().toString(QKeySequence::NativeText)};
        if (!list.contains(entry))
            list << entry;
    }
    std::sort(list.begin(), list.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    return list;
}

QString HelpMenu::aboutText()
{
    return tr("<h3>Skylight %1</h3>"
              "<p>A browser for the virtual-machine images of OpenStack-compatible clouds.</p>"
              "<p>Commit %2<br>Qt %3 (built with Qt %4)</p>"
              "<p>Licensed under the Apache License, Version 2.0.</p>")
        .arg(QStringLiteral(SKYLIGHT_VERSION), QStringLiteral(SKYLIGHT_COMMIT),
             QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
}

void HelpMenu::showShortcuts()
{
    auto* dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"shortcutsDialog"_s);
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    const auto shortcuts = shortcutsOf(m_window);
    auto* table = new QTableWidget(int(shortcuts.size()), 2, dialog);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < shortcuts.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(shortcuts.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(shortcuts.at(row).second));
    }
    table->resizeColumnToContents(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(460, 520);
    dialog->show();
}

} // namespace Skylight
