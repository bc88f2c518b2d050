// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "net/secretcheck.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

QString controlCharacterIn(QStringView secret)
{
    for (const QChar c : secret) {
        const char16_t u = c.unicode();
        if (u == u'\r' || u == u'\n')
            return u"line break"_s;
        if (u == 0)
            return u"NUL"_s;
        if (u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F))
            return u == u'\t' ? u"tab"_s : u"U+"_s + QString::number(u, 16).toUpper().rightJustified(4, u'0');
    }
    return {};
}

QString unsendableSecret(const QString& what, QStringView secret)
{
    const QString which = controlCharacterIn(secret);
    if (which.isEmpty())
        return {};
    return u"%1 contains a control character (%2); it is not sent."_s.arg(what, which);
}

} // namespace Skylight
