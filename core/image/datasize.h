// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

class QLocale;

namespace Skylight {

// A byte count for people, in IEC units with one decimal ("12.6 MiB"), the same in every locale.
QString dataSizeText(qint64 bytes);
// The same in the given locale's digits and decimal separator ("12,6 MiB" in German).
QString dataSizeText(qint64 bytes, const QLocale& locale);

} // namespace Skylight
