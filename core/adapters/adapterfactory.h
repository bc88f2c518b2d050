// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "adapters/serviceendpoint.h"
#include "image/dialect.h"
#include "net/transportoptions.h"

#include <QString>
#include <expected>

class QNetworkAccessManager;
class QObject;

namespace Skylight {

class ImageAdapter;

// Builds the adapter for a dialect; `Auto` resolves to the dialect the endpoint most likely speaks.
// A dialect this build cannot speak yet is an error value with a sentence for the user.
std::expected<ImageAdapter*, QString> createImageAdapter(Dialect dialect, QNetworkAccessManager* nam,
                                                         const ServiceEndpoint& endpoint,
                                                         const TransportOptions& options, QObject* parent);

} // namespace Skylight
