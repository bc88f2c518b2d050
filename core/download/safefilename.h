// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

namespace Skylight {

// A file name for an image, from names the server chose (hostile until proven otherwise): no
// path (separators of every platform are replaced), no control characters, no leading dots, no
// Windows reserved names or trailing dots/spaces, at most 200 bytes in UTF-8; the disk format as
// extension. Falls back to the image id, then to "image".
QString safeFileName(const QString& imageName, const QString& diskFormat, const QString& imageId);

// `fileName` inside `folder`, or empty when it would land elsewhere (after cleaning the path).
QString pathInside(const QString& folder, const QString& fileName);

} // namespace Skylight
