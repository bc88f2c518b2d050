// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagerecord.h"

#include <QList>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace Skylight {

class PendingEntries;

// The entries of one listing page that could not be read and were left out: how many, and why
// ("entry 7 has no id", entry numbers counted from 1 within the page). Only the first
// kMaxReasons reasons are kept, so that a page of bad entries costs no more than a few lines.
struct SkippedEntries
{
    static constexpr qsizetype kMaxReasons = 20;

    qsizetype count = 0;
    QStringList reasons; // the first kMaxReasons, in page order

    void add(const QString& reason)
    {
        ++count;
        if (reasons.size() < kMaxReasons)
            reasons.append(reason);
    }
    bool isEmpty() const { return count == 0; }
};

struct ImagePage
{
    QList<ImageRecord> images;
    QUrl next; // empty on the last page
    SkippedEntries skipped;
    // Asked for with PageRequest::streamEntries, where the dialect reads entries one at a time:
    // the entries not read yet (then `images` and `skipped` hold none of them).
    std::shared_ptr<PendingEntries> pending;
};

} // namespace Skylight
