// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "controllers/inspectcontroller.h"
#include "net/transportoptions.h"

class QNetworkAccessManager;

namespace Skylight {

class RangeSupport;

// The Inspect action's real starter: the image's bytes where the adapter says they are
// (ImageAdapter::fileLocation: the URL and its token come from the adapter, never from here),
// read by a RemoteInspection with byte ranges where the store serves them. An image whose bytes
// cannot be located gets a job that fails with the adapter's reason (the action stays on).
// `ranges` (not owned, may be null) is where stores that refuse ranges are remembered, shared
// with the downloads.
InspectionStarter remoteInspectionStarter(QNetworkAccessManager* nam, TransportOptions options,
                                          RangeSupport* ranges);

} // namespace Skylight
