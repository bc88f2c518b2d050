// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "inspect/declaredformat.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

bool declaredFormatMatches(const QString& declaredName, const QString& detected)
{
    const QString declared = declaredName.trimmed().toLower();
    if (declared == u"raw"_s || declared == u"ami"_s || declared == u"ari"_s || declared == u"aki"_s)
        return detected == u"raw"_s || detected == u"gpt"_s;
    if (declared == u"qcow2"_s)
        return detected == u"qcow2"_s || detected == u"qcow"_s;
    return declared == detected;
}

} // namespace Skylight
