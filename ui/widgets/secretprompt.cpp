// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/secretprompt.h"

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
    if (kind == u"api_key"_s)
        return tr("API key");
    if (kind == u"token"_s)
        return tr("token");
    if (kind == u"application_credential_secret"_s)
        return tr("application credential secret");
    return tr("password");
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
    auto* question =
        new QLabel(tr("The %1 for <b>%2</b>:").arg(kindLabel(kind), cloud.toHtmlEscaped()), this);
    layout->addWidget(question);
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
    question->setBuddy(m_secret);
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
