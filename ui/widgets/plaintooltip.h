// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

namespace Skylight {

// A tooltip that shows `text` as it is: Qt takes a tooltip that looks like markup as rich text,
// so a server's "<b>" or "<img src=...>" would be rendered. Such text is escaped (and its line
// breaks kept); other text is returned unchanged.
QString plainToolTip(const QString& text);

} // namespace Skylight
