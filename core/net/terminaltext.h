// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

namespace Skylight {

// Text from a server (or a URL, a file name, a clouds.yaml entry), made safe to print on a
// terminal or in a log line: C0 and C1 control characters and DEL (ESC, BEL, NUL, CR, LF, TAB...)
// are shown escaped as \xNN, and the characters that reorder or break lines (bidi embeddings,
// overrides and isolates, LRM/RLM/ALM, line and paragraph separators) as \uNNNN, so that an image
// name or a response header cannot move the cursor, set the window title, hide text or forge
// another line. Backslashes stay as they are. For tables, error lines and every value of a
// --debug line; JSON output goes through terminalSafeJson() and stays exact once parsed.
QString terminalSafe(const QString& text);

// JSON text (UTF-8, as QJsonDocument writes it) with the characters JSON allows raw but a terminal
// acts on (DEL, C1 controls, the bidi and line-breaking characters above) written as \uNNNN
// escapes: the same document once parsed, harmless when printed.
QByteArray terminalSafeJson(const QByteArray& json);

} // namespace Skylight
