// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagerecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace Skylight {

// The public JSON shape of an image (CLI `-f json`, exports). Exactly the keys of
// contractKeys(); absent values are null; times ISO 8601 UTC with 'Z'.
QJsonObject toContractJson(const ImageRecord& record);
QJsonArray toContractJson(const QList<ImageRecord>& records);
const QStringList& contractKeys();

// "2014-05-05T17:15:10Z"; an empty string for an absent time.
QString isoUtc(const std::optional<QDateTime>& time);

} // namespace Skylight
