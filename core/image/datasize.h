// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

namespace Skylight {

// A byte count for people, in IEC units with one decimal ("12.6 MiB"), the same in every locale.
QString dataSizeText(qint64 bytes);

} // namespace Skylight
