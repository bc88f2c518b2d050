// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDateTime>
#include <functional>

namespace Skylight {

// The time, injectable: token expiry and retry back-off are tested with a clock the test moves.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace Skylight
