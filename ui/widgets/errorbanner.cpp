// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/errorbanner.h"

#include "net/apierror.h"
#include "widgets/banneraccessible.h"
#include "widgets/themecolors.h"

#include <QAccessible>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTimer>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {

// Whether `sentence` already says `value` (as a word of its own: "HTTP 500", not "15000").
bool says(const QString& sentence, const QString& value)
{
    if (value.isEmpty())
        return true;
    const QRegularExpression word(u"(?<![\\w-])"_s + QRegularExpression::escape(value) + u"(?![\\w-])"_s);
    return sentence.contains(word);
}

} // namespace

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_details(new QPushButton(tr("De&tails…"), this))
    , m_close(new QPushButton(tr("Dismiss"), this))
    , m_retryWait(new QTimer(this))
{
    static const bool accessible = [] {
        QAccessible::installFactory(&BannerAccessible::create);
        return true;
    }();
    Q_UNUSED(accessible);
    setObjectName(u"errorBanner"_s);
    setAccessibleName(tr("Error"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_text->setTextFormat(Qt::PlainText); // messages carry the server's words: never markup
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(u"bannerRetry"_s);
    m_details->setObjectName(u"bannerDetails"_s);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_details);
    layout->addWidget(m_close);
    applyTheme();

    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    m_retryWait->setSingleShot(true);
    connect(m_retryWait, &QTimer::timeout, m_retry, [this] { m_retry->setEnabled(true); });
    connect(m_close, &QPushButton::clicked, this, &ErrorBanner::dismiss);
    connect(m_details, &QPushButton::clicked, this, [this] {
        QMessageBox box(QMessageBox::Information, tr("Details"), m_detailText, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText); // the server's words, never markup
        box.exec();
    });
    hide();
}

void ErrorBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange ||
        event->type() == QEvent::StyleChange)
        applyTheme();
}

void ErrorBanner::applyTheme()
{
    using Role = ThemeColors::Role;
    const QPalette around = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    Role backgroundRole = Role::ErrorBackground;
    Role textRole = Role::ErrorText;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxCritical;
    if (m_kind == MessageKind::Information) {
        backgroundRole = Role::InfoBackground;
        textRole = Role::InfoText;
        icon = QStyle::SP_MessageBoxInformation;
    } else if (m_kind == MessageKind::Warning) {
        backgroundRole = Role::WarningBackground;
        textRole = Role::WarningBannerText;
        icon = QStyle::SP_MessageBoxWarning;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(QSize(size, size)));
    const QColor background = ThemeColors::color(backgroundRole, around);
    const QColor text = ThemeColors::color(textRole, around);
    if (palette().color(QPalette::Window) == background && palette().color(QPalette::WindowText) == text)
        return; // also ends the PaletteChange that setPalette() below sends
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, background);
    tinted.setColor(QPalette::WindowText, text);
    setPalette(tinted);
}

bool ErrorBanner::retryCanHelp(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
        return true;
    case ApiError::Kind::OverLimit: // a rate limit that says when it ends; a size limit stays
        return error.httpStatus == 429 && error.retryAfterSeconds >= 0;
    default: // refused, not there, not understood, a local file, a checksum: the same again
        return false;
    }
}

QString ErrorBanner::detailsOf(const ApiError& error)
{
    // The message carries the server's own words already (ApiError::fromHttpStatus).
    QStringList lines;
    if (error.httpStatus > 0 && !says(error.message, QString::number(error.httpStatus)))
        lines << tr("HTTP status: %1").arg(error.httpStatus);
    if (!says(error.message, error.requestId))
        lines << tr("Request ID: %1").arg(error.requestId);
    if (error.retryAfterSeconds >= 0)
        lines << tr("The server asks to wait %n second(s) before trying again.", nullptr,
                    error.retryAfterSeconds);
    return lines.join(u'\n');
}

void ErrorBanner::showError(const ApiError& given, Retry retry)
{
    const ApiError error = m_known ? m_known().redact(given) : given;
    const bool retryOffered = retry == Retry::IfItCanHelp && retryCanHelp(error);
    present(MessageKind::Error, error.message, detailsOf(error), retryOffered,
            retryOffered ? error.retryAfterSeconds : 0);
}

void ErrorBanner::showMessage(MessageKind kind, const QString& message, const QString& details)
{
    present(kind, message, details, false);
}

void ErrorBanner::present(MessageKind kind, const QString& message, const QString& details, bool retry,
                          int waitSeconds)
{
    const SecretRedactor known = m_known ? m_known() : SecretRedactor();
    m_kind = kind;
    m_text->setText(known.redact(message));
    m_detailText = details.trimmed() == message.trimmed() ? QString() : known.redact(details);
    m_retry->setVisible(retry);
    // Asked at once, a server that said when to come back would refuse again (capped: a day).
    constexpr int kLongestWait = 24 * 60 * 60;
    m_retryWait->stop();
    m_retry->setEnabled(waitSeconds <= 0);
    if (waitSeconds > 0)
        m_retryWait->start(std::min(waitSeconds, kLongestWait) * 1000);
    m_details->setVisible(!m_detailText.isEmpty());
    switch (kind) {
    case MessageKind::Information:
        setAccessibleName(tr("Information"));
        break;
    case MessageKind::Warning:
        setAccessibleName(tr("Warning"));
        break;
    case MessageKind::Error:
        setAccessibleName(tr("Error"));
        break;
    }
    setAccessibleDescription(m_text->text());
    applyTheme();
    show();
    if (kind != MessageKind::Information && QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void ErrorBanner::dismiss()
{
    hide();
}

QString ErrorBanner::message() const
{
    return m_text->text();
}

bool ErrorBanner::offersRetry() const
{
    return !m_retry->isHidden();
}

} // namespace Skylight
