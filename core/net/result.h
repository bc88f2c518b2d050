#pragma once

#include "net/apierror.h"

#include <expected>

namespace Skylight {

// Errors are values: every operation that can fail returns a Result.
template <class T>
using Result = std::expected<T, ApiError>;

} // namespace Skylight
