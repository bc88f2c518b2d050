// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "adapters/imageadapter.h"

#include <QCoreApplication>
#include <QTimer>

namespace Skylight {

void ImageAdapter::renewToken(int generation, QObject* context,
                              std::function<void(std::optional<ApiError>)> done)
{
    Q_UNUSED(generation);
    const ApiError why =
        ApiError::make(ApiError::Kind::Unauthorized,
                       QCoreApplication::translate(
                           "Skylight::ImageAdapter",
                           "The token was refused, and a token given on its own cannot be renewed."));
    QTimer::singleShot(0, context, [done = std::move(done), why] { done(why); });
}

} // namespace Skylight
