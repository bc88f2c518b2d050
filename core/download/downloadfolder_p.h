// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Shared by DownloadFolder's sources only: downloadfolder.cpp (the common members and POSIX) and
// downloadfolder_win.cpp (the portable fallback, Windows).

#include "download/downloadfolder.h"

#include <expected>

namespace Skylight {

struct DownloadFolder::Handle
{
    QString path; // as given
#ifdef Q_OS_UNIX
    int fd = -1; // the folder, O_RDONLY | O_DIRECTORY
    ~Handle();
#endif
};

namespace DownloadFolderDetail {
// A single entry of the folder: never empty, ".", "..", nor a path.
bool plainName(const QString& name);
// folder + '/' + name
QString joined(const QString& folder, const QString& name);
// A LocalIo error: `sentence` with %1 the file shown, %2 the reason.
std::unexpected<ApiError> failure(const QString& sentence, const QString& shown, const QString& reason);
QString notPlainName();    // "It is not a plain file name."
QString refusedText();     // "Will not use %1. %2" (%2 a whole sentence)
QString temporarySuffix(); // random hex, for temporary names
} // namespace DownloadFolderDetail

} // namespace Skylight
