// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

namespace Skylight {

// A problem in the user's cloud configuration, located: which file, which key (dotted path), and
// what is wrong, in words the user can act on.
struct CloudConfigError
{
    QString file;
    QString key; // e.g. "clouds.prod.auth.auth_url"; empty for whole-file problems
    QString message;
    int line = 0; // 1-based, when the YAML parser knows it

    QString describe() const;
};

} // namespace Skylight
