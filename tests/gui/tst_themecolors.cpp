// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/errorbanner.h"
#include "widgets/mainwindow.h"
#include "widgets/themecolors.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {

QPalette lightPalette()
{
    QPalette palette(QColor(0xef, 0xef, 0xef), QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Text, Qt::black);
    return palette;
}

QPalette darkPalette()
{
    QPalette palette(QColor(0x35, 0x35, 0x35), QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    return palette;
}

} // namespace

// The colours that carry meaning follow the system's light or dark palette, and stay readable.
class TestThemeColors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void readable_data();
    void readable();
    void widgetsFollowThePalette();
};

void TestThemeColors::cleanup()
{
    QApplication::setPalette(QPalette());
}

void TestThemeColors::readable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << lightPalette() << false;
    QTest::newRow("dark") << darkPalette() << true;
}

// WCAG AA: 4.5:1 for text.
void TestThemeColors::readable()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    using Role = ThemeColors::Role;
    QCOMPARE(ThemeColors::isDark(palette), dark);
    const QColor window = palette.color(QPalette::Window);
    const struct
    {
        const char* what;
        double ratio;
    } pairs[] = {
        {"error text on the banner",
         ThemeColors::contrast(ThemeColors::color(Role::ErrorText, palette),
                               ThemeColors::color(Role::ErrorBackground, palette))},
        {"information text on the banner",
         ThemeColors::contrast(ThemeColors::color(Role::InfoText, palette),
                               ThemeColors::color(Role::InfoBackground, palette))},
        {"warning text on the banner",
         ThemeColors::contrast(ThemeColors::color(Role::WarningBannerText, palette),
                               ThemeColors::color(Role::WarningBackground, palette))},
        {"alert on the window", ThemeColors::contrast(ThemeColors::color(Role::AlertText, palette), window)},
        {"warning on the window",
         ThemeColors::contrast(ThemeColors::color(Role::WarningText, palette), window)},
        {"badge text", ThemeColors::contrast(ThemeColors::color(Role::AccentText, palette),
                                             ThemeColors::color(Role::AccentBackground, palette))},
    };
    for (const auto& pair : pairs)
        QVERIFY2(pair.ratio >= 4.5,
                 qPrintable(u"%1: %2:1"_s.arg(QLatin1StringView(pair.what)).arg(pair.ratio)));
    // The banner stands out from the window it sits on.
    QVERIFY(ThemeColors::color(Role::ErrorBackground, palette) != window);
    // Information, a warning and an error do not look alike.
    QVERIFY(ThemeColors::color(Role::InfoBackground, palette) != window);
    QVERIFY(ThemeColors::color(Role::InfoBackground, palette) !=
            ThemeColors::color(Role::ErrorBackground, palette));
    QVERIFY(ThemeColors::color(Role::WarningBackground, palette) !=
            ThemeColors::color(Role::ErrorBackground, palette));
    QCOMPARE(ThemeColors::contrast(Qt::black, Qt::white), 21.0);
}

void TestThemeColors::widgetsFollowThePalette()
{
    QApplication::setPalette(lightPalette());
    MainWindow window(nullptr, CloudDescription{});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ErrorBanner* banner = window.errorBanner();
    auto* notice = window.noticeLabel();
    const QColor lightBanner = banner->palette().color(QPalette::Window);
    const QColor lightNotice = notice->palette().color(QPalette::WindowText);
    QVERIFY(lightBanner.lightness() > 180);

    // The system switches to dark while the window is open.
    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(banner->palette().color(QPalette::Window).lightness() < 100);
    QVERIFY(banner->palette().color(QPalette::WindowText).lightness() > 180);
    QVERIFY(notice->palette().color(QPalette::WindowText) != lightNotice);
    QVERIFY(ThemeColors::contrast(notice->palette().color(QPalette::WindowText),
                                  window.palette().color(QPalette::Window)) >= 4.5);
    // The rest of the banner (its buttons) keeps following the palette.
    QCOMPARE(banner->palette().color(QPalette::ButtonText), QColor(0xee, 0xee, 0xee));

    // And back.
    QApplication::setPalette(lightPalette());
    QTRY_COMPARE(banner->palette().color(QPalette::Window), lightBanner);
    QCOMPARE(notice->palette().color(QPalette::WindowText), lightNotice);
}

QTEST_MAIN(TestThemeColors)
#include "tst_themecolors.moc"
