// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "inspect/inspectionresult.h"

#include <QByteArray>
#include <QString>

namespace Skylight {

// `inspect` output: a table of fields for people (every value from the image escaped for the
// terminal: a backing file name may hold anything), or one JSON object with exactly the keys
// format, virtual_size, declared_format, matches_declared, safe, problems, bytes_read, details.
QString inspectionTable(const InspectionResult& result);
QByteArray inspectionJson(const InspectionResult& result);

} // namespace Skylight
