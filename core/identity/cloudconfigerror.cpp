// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "identity/cloudconfigerror.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

QString CloudConfigError::describe() const
{
    QString where = file;
    if (line > 0)
        where += u':' + QString::number(line);
    if (!key.isEmpty())
        where += u" ("_s + key + u')';
    return where.isEmpty() ? message : where + u": "_s + message;
}

} // namespace Skylight
