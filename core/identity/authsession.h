// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "identity/servicecatalog.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace Skylight {

// What signing in gives: a token (a secret), when it expires, the scope and the service catalog.
struct AuthSession
{
    QByteArray token;
    std::optional<QDateTime> expiresAt;
    QString projectId;
    QString userId;
    ServiceCatalog catalog;
};

} // namespace Skylight
