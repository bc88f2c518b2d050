// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QUrl>

namespace Skylight {

// A link the server gave (a `next` page, say), made safe to follow with the token: relative links
// are resolved against `base`; absolute ones keep their path and query but take base's scheme,
// host and port, so a token never goes to a host the user did not choose (and a proxy's wrong
// scheme in Nova's links does not break paging).
QUrl onOrigin(const QUrl& link, const QUrl& base);

} // namespace Skylight
