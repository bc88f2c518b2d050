// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "inspect/inspectionresult.h"

#include <QString>
#include <expected>

class QIODevice;

namespace Skylight {

struct CliOptions;

// Inspects a local file through the streaming ImageInspector, reading as little as the verdict
// needs: chunks from the start while it asks for them, then (for a streamOptimized vmdk) only the
// last bytes. Only a regular file is read (a FIFO or a device is refused, never waited on).
// An error is a sentence (the file cannot be opened or read).
std::expected<InspectionResult, QString> inspectFile(const QString& path, const QString& declaredFormat,
                                                     qsizetype chunkSize = 4096);

// skylight-cli inspect --file PATH: prints the verdict (table or JSON) and returns the exit status:
// 0 safe and as declared, 7 unsafe or not as declared, 8 the file could not be read or the output
// not written.
int runFileInspection(const CliOptions& options, QIODevice* out, QIODevice* err);

} // namespace Skylight
