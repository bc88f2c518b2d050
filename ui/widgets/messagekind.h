// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

namespace Skylight {

// What a message in the window's banner is, which decides its look and how assistive technology
// announces it: how to go on (no cloud yet, an address copied), something to heed (entries left
// out, a read-only settings file), or a failure.
enum class MessageKind
{
    Information,
    Warning,
    Error,
};

} // namespace Skylight
