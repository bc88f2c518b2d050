// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QString>

namespace Skylight {

// The human part of an error body: the `message` of OpenStack JSON faults
// ({"itemNotFound": {"message": ...}}, {"error": {"message": ...}}), or the text of an HTML or
// plain-text error page, simplified and cut to a sentence-sized length.
QString serverDetail(const QByteArray& body, const QByteArray& contentType);

} // namespace Skylight
