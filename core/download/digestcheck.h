// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "net/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Skylight {

struct DownloadOutcome;
struct DownloadRequest;

// A finished download's digest against what the image says it should be: os_hash_value (when
// its algorithm was the one hashed), else the MD5 checksum, else the Content-MD5 header of a
// whole (not resumed) answer. Fills the outcome's verified and verifyNote; a mismatch is a
// Verification error. Its sentences are FileDownloader's (same translation context).
class DigestCheck
{
    Q_DECLARE_TR_FUNCTIONS(Skylight::FileDownloader)
public:
    static Result<void> verify(const DownloadRequest& request, const QByteArray& contentMd5, bool resumed,
                               DownloadOutcome& outcome);
};

} // namespace Skylight
