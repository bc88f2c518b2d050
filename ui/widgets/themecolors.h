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
        ErrorBackground,  // the error banner
        ErrorText,        // text on ErrorBackground
        AlertText,        // an error said on the window's own background
        WarningText,      // a lasting notice on the window's background
        AccentBackground, // the demo badge
        AccentText,       // text on AccentBackground
    };

    // A palette is dark when its window is darker than its text.
    static bool isDark(const QPalette& palette);
    static QColor color(Role role, const QPalette& palette);
    // WCAG contrast ratio of two colours, 1 (none) to 21 (black on white).
    static double contrast(const QColor& a, const QColor& b);
};

} // namespace Skylight
