// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "net/secretredactor.h"
#include "widgets/messagekind.h"

#include <QFrame>
#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace Skylight {

struct ApiError;

// An inline banner for the last message, never a modal dialog. Its kind (information, warning,
// error) sets its colours, its icon and how assistive technology announces it. Retry is offered
// only for an error a repeat of the failed request can mend (ApiError's kind: the network, a
// timeout, the server's 5xx, a 429 that says when to come back); Details only when there is more
// to say than the sentence shown (the request id, the HTTP status, the server's own text).
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    // Whether the request that failed is one Retry (the window's Refresh) repeats: a listing, a
    // sign-in or an image's details are; a download is not (the Downloads panel retries it).
    enum class Retry
    {
        No,
        IfItCanHelp,
    };

    explicit ErrorBanner(QWidget* parent = nullptr);

    // Where the secrets come from that every message shown here is cleared of ("***"): a server
    // may echo the token in its error.
    void setRedactor(std::function<SecretRedactor()> known) { m_known = std::move(known); }
    void showError(const ApiError& error, Retry retry = Retry::IfItCanHelp);
    // A message without Retry; `details` (shown under Details…) only what `message` does not say.
    void showMessage(MessageKind kind, const QString& message, const QString& details = QString());
    // An error said in a sentence of its own (a file that cannot be read): no Retry.
    void showMessage(const QString& message, const QString& details = QString())
    {
        showMessage(MessageKind::Error, message, details);
    }
    void dismiss();
    QString message() const;
    MessageKind kind() const { return m_kind; }
    // What Details shows; empty (and no Details button) when the sentence says it all.
    QString details() const { return m_detailText; }
    bool offersRetry() const;

    // Whether sending the failed request again can succeed.
    static bool retryCanHelp(const ApiError& error);
    // What `error` tells beyond its message, one line each; empty when nothing.
    static QString detailsOf(const ApiError& error);

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    // Tints the banner for its kind and the palette around it (light or dark).
    void applyTheme();
    // `retry`: offered; `waitSeconds` (> 0): pressed only once they are over (Retry-After).
    void present(MessageKind kind, const QString& message, const QString& details, bool retry,
                 int waitSeconds = 0);

    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_retry;
    QPushButton* m_details;
    QPushButton* m_close;
    QTimer* m_retryWait;
    QString m_detailText;
    MessageKind m_kind = MessageKind::Error;
    std::function<SecretRedactor()> m_known;
};

} // namespace Skylight
