// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/secretprompt.h"

#include "identity/secretkindtext.h"
#include "widgets/themecolors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

QString SecretPrompt::kindLabel(const QString& kind)
{
    return SecretKindText::label(kind);
}

QString SecretPrompt::question(const QString& kind, const QString& cloud)
{
    static constexpr SecretKindText::Sentences kQuestions{
        "Skylight::SecretPrompt", QT_TRANSLATE_NOOP("Skylight::SecretPrompt", "The password for <b>%1</b>:"),
        QT_TRANSLATE_NOOP("Skylight::SecretPrompt", "The application credential secret for <b>%1</b>:"),
        QT_TRANSLATE_NOOP("Skylight::SecretPrompt", "The token for <b>%1</b>:"),
        QT_TRANSLATE_NOOP("Skylight::SecretPrompt", "The API key for <b>%1</b>:")};
    return SecretKindText::sentence(kQuestions, kind).arg(cloud.toHtmlEscaped());
}

SecretPrompt::SecretPrompt(const QString& cloud, const QString& kind, const QString& reason, bool remember,
                           QWidget* parent)
    : QDialog(parent)
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember in the system keychain"), this))
{
    setObjectName(u"secretPrompt"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Sign in to %1").arg(cloud));
    auto* layout = new QVBoxLayout(this);
    auto* asked = new QLabel(question(kind, cloud), this);
    layout->addWidget(asked);
    if (!reason.isEmpty()) {
        auto* why = new QLabel(reason, this);
        why->setObjectName(u"secretPromptReason"_s);
        why->setWordWrap(true);
        QPalette alert = why->palette();
        alert.setColor(QPalette::WindowText, ThemeColors::color(ThemeColors::Role::AlertText, palette()));
        why->setPalette(alert);
        layout->addWidget(why);
    }
    m_secret->setObjectName(u"secretEdit"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(kindLabel(kind));
    asked->setBuddy(m_secret);
    layout->addWidget(m_secret);
    m_remember->setObjectName(u"rememberSecret"_s);
    m_remember->setChecked(remember);
    m_remember->setToolTip(
        tr("Kept by the operating system's keychain; Skylight never writes it to a file."));
    layout->addWidget(m_remember);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SecretPrompt::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SecretPrompt::reject);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

void SecretPrompt::setKeychainUnavailable(const QString& why)
{
    m_remember->setChecked(false);
    m_remember->setEnabled(false);
    const QString note = tr("The system keychain cannot be reached: the secret is kept in memory for this "
                            "session only.");
    m_remember->setToolTip(why.isEmpty() ? note : note + u'\n' + why);
    m_remember->setAccessibleDescription(note);
}

QString SecretPrompt::secret() const
{
    return m_secret->text();
}

bool SecretPrompt::remember() const
{
    return m_remember->isChecked();
}

} // namespace Skylight
