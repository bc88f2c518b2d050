// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "inspect/imageinspector.h"
#include "inspect/inspectionresult.h"
#include "net/apierror.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace Skylight {

struct DownloadRequest;

// The content side of a download (issue 17): every byte written to the part, and every byte a
// resumed part already held, goes through an ImageInspector in the same pass as the hash (on the
// download's worker thread, FileSink). Before the part is put at its final name the verdict must
// be acceptable() (safe, and the declared disk_format); otherwise the download is refused with a
// Verification error (CLI exit 7) naming the problems, unless the request allows unsafe content
// (DownloadRequest::allowUnsafe) or asks for a decision (askOnUnsafe: FileDownloader::
// contentRejected()). Plain functions: no state of its own.
class ContentCheck
{
    Q_DECLARE_TR_FUNCTIONS(Skylight::ContentCheck)
public:
    // A fresh inspector for a download's bytes (declared format, expected size when known), or
    // none when the request does not inspect.
    static std::unique_ptr<ImageInspector> inspectorFor(const DownloadRequest& request);
    // Whether `inspection` stops the download before its part is placed.
    static bool refuses(const std::optional<InspectionResult>& inspection, const DownloadRequest& request);
    // The failure of a refused download: its problems in sentences, and that nothing was kept.
    static ApiError refusal(const InspectionResult& inspection, const QString& imageId);
    // One line for people: "qcow2, 10 GiB virtual — safe", "raw, 2 GiB virtual — not the declared
    // qcow2", "qcow2 — unsafe: …". Plain text (the caller escapes it for a terminal).
    static QString summary(const InspectionResult& inspection);
    // The problems as one paragraph (sentences, one after another).
    static QString problemText(const InspectionResult& inspection);
};

} // namespace Skylight
