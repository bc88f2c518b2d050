#pragma once

#include "net/secretredactor.h"

#include <QFrame>
#include <functional>

class QLabel;
class QPushButton;

namespace Skylight {

struct ApiError;

// An inline banner for the last failure, with Retry and Details; never a modal dialog.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    // Where the secrets come from that every message shown here is cleared of ("***"): a server
    // may echo the token in its error.
    void setRedactor(std::function<SecretRedactor()> known) { m_known = std::move(known); }
    void showError(const ApiError& error);
    void showMessage(const QString& message, const QString& details = QString());
    void dismiss();
    QString message() const;
    // What Details shows.
    QString details() const { return m_detailText; }

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    // Tints the banner for the palette around it (light or dark).
    void applyTheme();

    QLabel* m_text;
    QPushButton* m_retry;
    QPushButton* m_details;
    QPushButton* m_close;
    QString m_detailText;
    std::function<SecretRedactor()> m_known;
};

} // namespace Skylight
