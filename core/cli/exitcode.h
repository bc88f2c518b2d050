// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "net/apierror.h"

namespace Skylight {

// The CLI's public exit statuses (a stable contract: scripts depend on them).
enum class ExitCode : int
{
    Ok = 0,
    Usage = 2, // usage or bad input
    NotFound = 3,
    Unauthorized = 4, // unauthorized or forbidden
    ApiFailure = 5,   // any other API error
    Network = 6,      // network, TLS, timeout
    Verification = 7, // checksum verification failed; inspect: unsafe or not the declared format
    LocalIo = 8,      // local I/O error
};

ExitCode exitCodeFor(const ApiError& error);

} // namespace Skylight
