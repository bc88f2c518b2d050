// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

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

// `url` as a log line may show it. Conservative: what cannot be shown to be harmless is masked.
//  - kept: scheme, host, port, the path, the names of query keys;
//  - dropped: user info and the fragment;
//  - path: a segment's ";parameters" become ";***"; a segment that looks like a secret (one piece
//    of 32 or more characters of the base64/base64url/hex alphabets with a digit among them,
//    pieces split at '.') becomes "***" (a UUID, 8-4-4-4-12, stays: image and project ids);
//  - query ('&' and ';' both separate items): every value is "***" except those of the keys
//    limit, marker, sort, sort_key, sort_dir, visibility, status, member_status, os_hidden,
//    disk_format, container_format and name (an image list's paging and filters: never a secret),
//    and even those when they look like a secret as above; an item without '=' ("?secret") and a
//    key that looks like a secret are "***" as a whole.
// The result is printable ASCII (percent-encoded), passed through terminalSafe().
QString logSafeUrl(const QUrl& url);

} // namespace Skylight
