// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "cli/exitcode.h"

namespace Skylight {

ExitCode exitCodeFor(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::NotFound:
        return ExitCode::NotFound;
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
        return ExitCode::Unauthorized;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
        return ExitCode::Network;
    case ApiError::Kind::BadRequest:
        // Refused before any request was sent (e.g. a dialect that needs a project id): bad input.
        return error.httpStatus == 0 ? ExitCode::Usage : ExitCode::ApiFailure;
    case ApiError::Kind::OverLimit:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::Server:
    case ApiError::Kind::BadPayload:
    case ApiError::Kind::Cancelled:
        return ExitCode::ApiFailure;
    case ApiError::Kind::Verification:
        return ExitCode::Verification;
    case ApiError::Kind::LocalIo:
        return ExitCode::LocalIo;
    }
    return ExitCode::ApiFailure;
}

} // namespace Skylight
