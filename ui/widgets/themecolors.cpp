// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/themecolors.h"

#include <cmath>

namespace Skylight {

bool ThemeColors::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor ThemeColors::color(Role role, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (role) {
    case Role::ErrorBackground:
        return dark ? QColor(0x5c, 0x1f, 0x24) : QColor(0xf8, 0xd7, 0xda);
    case Role::ErrorText:
        return dark ? QColor(0xff, 0xdc, 0xd7) : QColor(0x58, 0x15, 0x1c);
    case Role::AlertText:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x1d, 0x28);
    case Role::WarningText:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x7d, 0x4e, 0x00);
    case Role::AccentBackground:
        return dark ? QColor(0x38, 0x8b, 0xfd) : QColor(0x0a, 0x58, 0xca);
    case Role::AccentText:
        return dark ? QColor(0x0d, 0x11, 0x17) : QColor(0xff, 0xff, 0xff);
    case Role::InfoBackground:
        return dark ? QColor(0x0c, 0x2d, 0x6b) : QColor(0xdd, 0xf4, 0xff);
    case Role::InfoText:
        return dark ? QColor(0xca, 0xe8, 0xff) : QColor(0x0a, 0x30, 0x69);
    case Role::WarningBackground:
        return dark ? QColor(0x4d, 0x38, 0x00) : QColor(0xff, 0xf8, 0xc5);
    case Role::WarningBannerText:
        return dark ? QColor(0xf8, 0xe3, 0xa1) : QColor(0x4d, 0x2d, 0x00);
    }
    return palette.color(QPalette::WindowText);
}

double ThemeColors::contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& colour) {
        const auto channel = [](double value) {
            return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
               0.0722 * channel(colour.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ThemeColors::standingOut(const QColor& preferred, const QColor& background, const QColor& fallback)
{
    constexpr double kGraphics = 3.0;
    if (contrast(preferred, background) >= kGraphics)
        return preferred;
    if (contrast(fallback, background) >= kGraphics)
        return fallback;
    return contrast(Qt::black, background) >= contrast(Qt::white, background) ? QColor(Qt::black)
                                                                              : QColor(Qt::white);
}

} // namespace Skylight
