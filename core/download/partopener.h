// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "download/downloadfolder.h"
#include "download/downloadrequest.h"
#include "net/result.h"

#include <QFile>
#include <QString>
#include <QStringList>
#include <memory>

namespace Skylight {

class RangeSupport;

// Where a download writes, opened before its first byte: the folder (through its handle, never
// following a link), the decision whether NAME.part can be continued (a sidecar of the same image,
// a checksum to prove it, an image store that serves ranges), the free space, the sidecar written
// next to the part, and the part file itself (created empty, or opened at its end).
class PartOpener
{
public:
    struct Part
    {
        DownloadFolder folder;
        std::unique_ptr<QFile> file;
        QString partName;  // NAME.part
        QString finalName; // NAME
        QString algorithm; // what the bytes are checked against: os_hash_algo or md5; empty: not checked
        bool kept = false; // the part's bytes are the image's beginning: continued from its end
    };

    PartOpener(const DownloadRequest& request, const RangeSupport& ranges);

    // Opens it; an error (LocalIo) leaves every file as it was. Said to the user either way: notes().
    Result<Part> open();
    // What the user may want to know (a part that is not used, a start from zero...), in order.
    const QStringList& notes() const { return m_notes; }
    // Why a partial file that was there is not continued (empty: none was, or it is continued).
    const QString& startOverReason() const { return m_startOver; }

    // A checksum Skylight can check: the MD5 checksum, or os_hash_value in an algorithm it knows.
    static bool provable(const DownloadRequest& request);

private:
    // Whether the part of `part`'s folder can be continued; says why not in a note.
    bool canContinue(const Part& part, DownloadFolder::Entry partEntry, const QString& sidecarName,
                     bool& sidecarMatches);

    const DownloadRequest& m_request;
    const RangeSupport& m_ranges;
    QStringList m_notes;
    QString m_startOver;
};

} // namespace Skylight
