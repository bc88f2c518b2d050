// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Skylight {

// Asks for the one secret a cloud's sign-in needs (password, API key, application-credential
// secret or token), says why when a secret was refused, and offers to keep it in the keychain.
// The typed text lives only in the line edit; the dialog deletes itself when closed.
class SecretPrompt : public QDialog
{
    Q_OBJECT
public:
    SecretPrompt(const QString& cloud, const QString& kind, const QString& reason, bool remember,
                 QWidget* parent = nullptr);

    QString secret() const;
    bool remember() const;
    // The keychain cannot be reached (`why`): nothing can be remembered, the box is cleared and
    // off, and says that the secret is kept in memory for this session only.
    void setKeychainUnavailable(const QString& why);
    QLineEdit* secretEdit() const { return m_secret; }

    // The secret's name standing alone ("Password", "API key"...), translated.
    static QString kindLabel(const QString& kind);
    // What the dialog asks, one translated sentence per kind of secret (rich text).
    static QString question(const QString& kind, const QString& cloud);

private:
    QLineEdit* m_secret;
    QCheckBox* m_remember;
};

} // namespace Skylight
