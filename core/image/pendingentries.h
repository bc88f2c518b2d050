// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/entrycheck.h"
#include "image/imagepage.h"
#include "image/imagerecord.h"
#include "image/jsonpagescanner.h"
#include "net/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <functional>
#include <optional>

namespace Skylight {

// The entries of a listing page not read yet: the page's body, where each entry lies in it
// (JsonPageScanner) and how one entry becomes a record. Whoever takes records as they come (the
// CLI's list) reads them one at a time, so that a page's records never all exist at once; the
// rest read them all (readAll). Entries that cannot be used are counted in `skipped` with the
// reasons EntryCheck gives, as a whole page's parse would.
class PendingEntries
{
public:
    using Reader = std::function<ImageRecord(const QJsonObject&)>;

    // `what` names the list in errors ("the image list"), `where` the server ("host:port").
    PendingEntries(QByteArray body, QList<JsonSpan> spans, Reader reader, QString what, QString where);

    qsizetype size() const { return m_spans.size(); }
    qsizetype position() const { return m_next; }
    bool atEnd() const { return m_next >= m_spans.size(); }

    // The next entry: its record, nothing when it was left out (counted in `skipped`), or an error
    // when it is not JSON after all (the page is then unusable).
    Result<std::optional<ImageRecord>> readNext(SkippedEntries& skipped);
    // Every entry not read yet into `page` (images and skipped).
    std::optional<ApiError> readAll(ImagePage& page);

private:
    QByteArray m_body;
    QList<JsonSpan> m_spans;
    Reader m_reader;
    QString m_what;
    QString m_where;
    EntryCheck m_check;
    qsizetype m_next = 0;
};

} // namespace Skylight
