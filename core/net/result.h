// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "net/apierror.h"

#include <expected>

namespace Skylight {

// Errors are values: every operation that can fail returns a Result.
template <class T>
using Result = std::expected<T, ApiError>;

} // namespace Skylight
