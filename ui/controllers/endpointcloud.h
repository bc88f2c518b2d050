// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/dialect.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Skylight {

class AppSettings;
class MainWindow;

// `skylight --endpoint URL`: the cloud of a direct image endpoint (token from OS_TOKEN), in the
// window's sidebar at once and current, named after the whole endpoint (endpointKey()), also when
// it cannot be reached (the sidebar and the status bar say so). What the window remembered of it
// under its host alone (before issue 16) is taken over first, from `settings` (may be null).
// Returns why it cannot be opened (the token cannot be sent), or an empty string. The window lists
// it on refresh().
QString openEndpointCloud(MainWindow* window, const QUrl& url, Dialect dialect, const QByteArray& token,
                          AppSettings* settings);

} // namespace Skylight
