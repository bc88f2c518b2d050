#include "widgets/errorbanner.h"

#include "net/apierror.h"
#include "widgets/themecolors.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_details(new QPushButton(tr("De&tails…"), this))
    , m_close(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(u"errorBanner"_s);
    setAccessibleName(tr("Error"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    applyTheme();

    m_text->setTextFormat(Qt::PlainText); // messages carry the server's words: never markup
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_details);
    layout->addWidget(m_close);

    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_close, &QPushButton::clicked, this, &ErrorBanner::dismiss);
    connect(m_details, &QPushButton::clicked, this, [this] {
        QMessageBox box(QMessageBox::Information, tr("Error details"), m_detailText, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText); // the server's words, never markup
        box.exec();
    });
    hide();
}

void ErrorBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

void ErrorBanner::applyTheme()
{
    const QPalette around = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    const QColor background = ThemeColors::color(ThemeColors::Role::ErrorBackground, around);
    const QColor text = ThemeColors::color(ThemeColors::Role::ErrorText, around);
    if (palette().color(QPalette::Window) == background && palette().color(QPalette::WindowText) == text)
        return; // also ends the PaletteChange that setPalette() below sends
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, background);
    tinted.setColor(QPalette::WindowText, text);
    setPalette(tinted);
}

void ErrorBanner::showError(const ApiError& given)
{
    const ApiError error = m_known ? m_known().redact(given) : given;
    QStringList details;
    details << tr("Kind: %1").arg(ApiError::kindName(error.kind));
    if (error.httpStatus > 0)
        details << tr("HTTP status: %1").arg(error.httpStatus);
    if (!error.requestId.isEmpty())
        details << tr("Request ID: %1").arg(error.requestId);
    details << tr("Message: %1").arg(error.message);
    showMessage(error.message, details.join(u'\n'));
}

void ErrorBanner::showMessage(const QString& message, const QString& details)
{
    const SecretRedactor known = m_known ? m_known() : SecretRedactor();
    m_text->setText(known.redact(message));
    m_detailText = known.redact(details.isEmpty() ? message : details);
    show();
}

void ErrorBanner::dismiss()
{
    hide();
}

QString ErrorBanner::message() const
{
    return m_text->text();
}

} // namespace Skylight
