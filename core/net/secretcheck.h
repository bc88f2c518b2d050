// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QStringView>

namespace Skylight {

// Why a secret (token, password, application credential secret, API key) cannot be sent: it
// contains a control character (C0, DEL or C1), which in a header would end it and start another
// (CR, LF) or cut it (NUL). "line break", "NUL", "control character U+001B"; empty when the secret
// is fine. The secret itself is never part of the answer.
QString controlCharacterIn(QStringView secret);

// "<what> contains a control character (<which>); it is not sent." or empty when it is fine.
QString unsendableSecret(const QString& what, QStringView secret);

} // namespace Skylight
