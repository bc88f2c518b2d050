// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QStringList>

namespace Skylight {

// One word of a POSIX shell command line, as a person pastes it into a terminal. Anything but a
// plain word (letters, digits and - _ . / : = @ % + ,) goes in single quotes, a single quote inside
// as '\'': nothing in it is read by the shell ($(), backquotes, ;, |, &, globs, ~, newlines), so
// an id or a name from a server stays one argument, whatever it holds.
QString shellQuote(const QString& word);
// The words, each quoted as shellQuote() does, separated by spaces.
QString shellCommand(const QStringList& words);
// Whether `word` may go on a line meant for pasting: not empty, and without control characters,
// bidi controls or line separators (quoted, they are still inert for the shell, but they can hide
// or reorder what the person sees before pressing Enter, or end a terminal's bracketed paste).
bool isPastable(const QString& word);

} // namespace Skylight
