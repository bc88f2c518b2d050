// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "identity/cloudconfigerror.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

QString CloudConfigError::describe() const
{
    QString where = file;
    if (line > 0)
        where += u':' + QString::number(line); // a location, as compilers and editors write it
    // The brackets and the colon are the language's (full-width in Chinese), not glued in code.
    if (where.isEmpty())
        return message;
    if (key.isEmpty())
        return QCoreApplication::translate("Skylight::CloudConfigError", "%1: %2",
                                           "a file, then what is wrong")
            .arg(where, message);
    return QCoreApplication::translate("Skylight::CloudConfigError", "%1 (%2): %3",
                                       "a file, the key in it, then what is wrong")
        .arg(where, key, message);
}

} // namespace Skylight
