// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "net/shellquote.h"

#include "net/terminaltext.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
bool isPlain(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           QStringView(u"-_./:@+,").contains(c); // not = (zsh expands a leading =word) nor %
}
} // namespace

QString shellQuote(const QString& word)
{
    if (!word.isEmpty() && std::all_of(word.cbegin(), word.cend(), isPlain))
        return word;
    QString quoted;
    quoted.reserve(word.size() + 2);
    quoted += u'\'';
    for (const QChar c : word) {
        if (c == u'\'')
            quoted += u"'\\''"_s; // close, an escaped quote, open again
        else
            quoted += c;
    }
    quoted += u'\'';
    return quoted;
}

QString shellCommand(const QStringList& words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString& word : words)
        quoted << shellQuote(word);
    return quoted.join(u' ');
}

bool isPastable(const QString& word)
{
    // terminalSafe() escapes exactly the characters that do not belong on a pasted line.
    // A backslash: fish reads \' inside single quotes as a quote, so no quoting holds it for every shell.
    return !word.isEmpty() && terminalSafe(word) == word && !word.contains(u'\\');
}

} // namespace Skylight
