// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QColor>
#include <QPalette>

namespace Skylight {

// Colours that carry a meaning (an error, a warning, the demo badge), picked for the palette in
// use so that they read on light and dark windows alike. Widgets ask again when the palette
// changes (QEvent::PaletteChange / ApplicationPaletteChange).
class ThemeColors
{
public:
    enum class Role
    {
        ErrorBackground,   // the error banner
        ErrorText,         // text on ErrorBackground
        AlertText,         // an error said on the window's own background
        WarningText,       // a lasting notice on the window's background
        AccentBackground,  // the demo badge
        AccentText,        // text on AccentBackground
        InfoBackground,    // the banner saying how to go on (no cloud yet...)
        InfoText,          // text on InfoBackground
        WarningBackground, // the banner saying something to heed (entries left out...)
        WarningBannerText, // text on WarningBackground
    };

    // A palette is dark when its window is darker than its text.
    static bool isDark(const QPalette& palette);
    static QColor color(Role role, const QPalette& palette);
    // WCAG contrast ratio of two colours, 1 (none) to 21 (black on white).
    static double contrast(const QColor& a, const QColor& b);
    // `preferred` when it stands out from `background` (3:1, WCAG's figure for graphics), else
    // `fallback` when that does, else black or white, whichever stands out more.
    static QColor standingOut(const QColor& preferred, const QColor& background, const QColor& fallback);
};

} // namespace Skylight
