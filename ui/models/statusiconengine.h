// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QColor>
#include <QIconEngine>
#include <QPalette>

namespace Skylight {

// Draws one status SVG (resources/icons/status) at any size. On a selected row (QIcon::Selected)
// a glyph whose colour would not stand out from the selection's highlight (less than 3:1,
// ThemeColors::standingOut) is drawn in the highlighted text's colour, its white marks in the
// highlight's: the grey "deleted" and "unknown" glyphs no longer vanish into a blue or grey
// selection. The palette is the painted widget's (its active or inactive highlight), or the
// application's for a bare pixmap.
class StatusIconEngine : public QIconEngine
{
public:
    explicit StatusIconEngine(const QString& file);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine* clone() const override;
    QString key() const override;

    // The SVG drawn in `mode` with the highlight colours of `group` in `palette`.
    QByteArray svgFor(QIcon::Mode mode, const QPalette& palette,
                      QPalette::ColorGroup group = QPalette::Active) const;

private:
    QPixmap render(const QSize& size, QIcon::Mode mode, const QPalette& palette,
                   QPalette::ColorGroup group) const;

    QString m_file;
    QByteArray m_svg;
    QColor m_glyph; // the SVG's first colour other than white: what it is drawn in
};

} // namespace Skylight
