// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

namespace Skylight {

// A download left unfinished when the app closed, as the settings keep it: enough to find the
// image again and resume into its `.part` (the URL and token are asked for again, never stored).
struct StoredTransfer
{
    QString cloud;
    QString imageName;
    QString imageId;
    QString targetPath;
    qint64 expectedSize = -1;
    QString hashAlgorithm;
    QString hashValue;
    QString md5;
    QString store;
    bool verify = true;

    friend bool operator==(const StoredTransfer&, const StoredTransfer&) = default;
};

} // namespace Skylight
