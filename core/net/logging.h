#pragma once

#include <QLoggingCategory>
#include <QString>
#include <QUrl>

namespace Skylight {

// Skylight's logging categories. Their debug messages are off unless asked for: `--debug` on
// either executable (enableDebugLogging()), or QT_LOGGING_RULES="skylight.*.debug=true".
// Never log a secret: a token, a password, a credential; URLs go through logSafeUrl().
Q_DECLARE_LOGGING_CATEGORY(lcNet)      // skylight.net: every HTTP exchange (HttpJob)
Q_DECLARE_LOGGING_CATEGORY(lcIdentity) // skylight.identity: sign-in, renewal, keychain
Q_DECLARE_LOGGING_CATEGORY(lcDownload) // skylight.download: transfers, resumes
Q_DECLARE_LOGGING_CATEGORY(lcUi)       // skylight.ui: the window's controllers
Q_DECLARE_LOGGING_CATEGORY(lcInspect)  // skylight.inspect: payload inspection, skipped entries

// Turns on the debug messages of every skylight.* category (the rules of QT_LOGGING_RULES
// still apply on top: an environment rule can turn one off again).
void enableDebugLogging();

// `url` as a log may show it: no user info, and the value of every query item whose key looks
// secret (token, signature, password, credential, key...) replaced by "***".
QString logSafeUrl(const QUrl& url);

} // namespace Skylight
