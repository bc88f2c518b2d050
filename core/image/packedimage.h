// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagerecord.h"

#include <QByteArray>

namespace Skylight {

// An ImageRecord in a few hundred bytes (strings as UTF-8, times as milliseconds, properties as
// CBOR) for keeping 100,000 of them: a table of a large cloud holds its rows packed and unpacks
// the one it is asked for. Everything round-trips except `raw` (a list entry's payload is not
// kept; the details fetch the image's own response).
QByteArray packImage(const ImageRecord& record);
ImageRecord unpackImage(const QByteArray& packed);

} // namespace Skylight
