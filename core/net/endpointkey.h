// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QUrl>

namespace Skylight {

// What a direct image endpoint (`skylight --endpoint URL`) goes by: the name of its cloud in the
// window, and the key its last image and unfinished downloads are kept under in the settings. The
// whole endpoint, normalised: scheme and host in lower case, the port always written (80 and 443
// when the URL leaves them out), dot segments resolved, no trailing slash but the root's, and no
// user info, query or fragment (a secret there never reaches the settings file). Two endpoints of
// one host (another port, another path) have two keys; two spellings of one endpoint have one.
QString endpointKey(const QUrl& url);

// What the window calls that cloud (the sidebar, the title, the status bar): the endpoint as a
// person reads it, from the same normalised URL: the host (an IPv6 address in brackets), the port
// when it is not the scheme's own, and the path but for the root ("cloud.example:9292/image/v2").
// Never user info, query or fragment. The settings keep endpointKey(), never this.
QString endpointDisplayName(const QUrl& url);

} // namespace Skylight
