// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "models/statusiconengine.h"

#include "widgets/themecolors.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPixmapCache>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

StatusIconEngine::StatusIconEngine(const QString& file)
    : m_file(file)
{
    QFile svg(file);
    if (svg.open(QIODevice::ReadOnly))
        m_svg = svg.readAll();
    static const QRegularExpression colour(u"#[0-9a-fA-F]{6}\\b"_s);
    for (const QRegularExpressionMatch& match : colour.globalMatch(QString::fromUtf8(m_svg))) {
        const QColor found(match.captured());
        if (found != QColor(Qt::white)) {
            m_glyph = found;
            break;
        }
    }
}

QByteArray StatusIconEngine::svgFor(QIcon::Mode mode, const QPalette& palette,
                                    QPalette::ColorGroup group) const
{
    if (mode != QIcon::Selected || !m_glyph.isValid())
        return m_svg;
    const QColor highlight = palette.color(group, QPalette::Highlight);
    const QColor glyph =
        ThemeColors::standingOut(m_glyph, highlight, palette.color(group, QPalette::HighlightedText));
    if (glyph == m_glyph)
        return m_svg;
    QString svg = QString::fromUtf8(m_svg);
    static const QString placeholder = u"@glyph@"_s;
    svg.replace(m_glyph.name(), placeholder, Qt::CaseInsensitive);
    // The white marks inside a filled glyph (a tick, a cross) are cut out of it.
    static const QRegularExpression white(u"#(?:fff|ffffff)\\b"_s, QRegularExpression::CaseInsensitiveOption);
    svg.replace(white, highlight.name());
    svg.replace(placeholder, glyph.name());
    return svg.toUtf8();
}

QPixmap StatusIconEngine::render(const QSize& size, QIcon::Mode mode, const QPalette& palette,
                                 QPalette::ColorGroup group) const
{
    if (size.isEmpty())
        return {};
    const QByteArray svg = svgFor(mode, palette, group);
    const QString key = u"skylight-status:%1:%2:%3x%4:%5"_s.arg(m_file)
                            .arg(int(mode))
                            .arg(size.width())
                            .arg(size.height())
                            .arg(QString::number(qHash(svg), 16));
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        if (mode == QIcon::Disabled)
            painter.setOpacity(0.45);
        QSvgRenderer renderer(svg);
        renderer.render(&painter);
    }
    pixmap = QPixmap::fromImage(image);
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

void StatusIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State)
{
    QPalette palette = QGuiApplication::palette();
    QPalette::ColorGroup group = QPalette::Active;
    if (const auto* widget = dynamic_cast<const QWidget*>(painter->device())) {
        palette = widget->palette();
        if (!widget->isActiveWindow())
            group = QPalette::Inactive;
    }
    const qreal scale = painter->device()->devicePixelRatio();
    QPixmap drawn = render(rect.size() * scale, mode, palette, group);
    drawn.setDevicePixelRatio(scale);
    painter->drawPixmap(rect, drawn);
}

QPixmap StatusIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State)
{
    return render(size, mode, QGuiApplication::palette(), QPalette::Active);
}

QPixmap StatusIconEngine::scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State, qreal scale)
{
    QPixmap drawn = render(size * scale, mode, QGuiApplication::palette(), QPalette::Active);
    drawn.setDevicePixelRatio(scale);
    return drawn;
}

QIconEngine* StatusIconEngine::clone() const
{
    return new StatusIconEngine(*this);
}

QString StatusIconEngine::key() const
{
    return u"skylight-status"_s;
}

} // namespace Skylight
