// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
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
    QString diskFormat; // the declared format the contents are checked against (DownloadRequest)
    bool askOnUnsafe = false;

    friend bool operator==(const StoredTransfer&, const StoredTransfer&) = default;
};

// The list the settings keep after one writer (a window, a process) saves its downloads, when
// several keep theirs in one file: `file` is the list in the file now, `known` what this writer
// last read or wrote, `now` what it holds. A download is known by its target (its `.part`).
//  - another writer's downloads (in `file`, not `known`) stay;
//  - this writer's (in `now`) are written, in place or added at the end;
//  - one this writer had and no longer has (finished, cancelled, removed) goes;
//  - one it had and still holds, but that another writer removed from the file meanwhile (it
//    finished or cancelled it), stays removed: it is not brought back.
QList<StoredTransfer> mergeStoredTransfers(const QList<StoredTransfer>& file,
                                           const QList<StoredTransfer>& known,
                                           const QList<StoredTransfer>& now);

} // namespace Skylight
