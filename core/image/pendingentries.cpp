// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/pendingentries.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Skylight {

PendingEntries::PendingEntries(QByteArray body, QList<JsonSpan> spans, Reader reader, QString what,
                               QString where)
    : m_body(std::move(body))
    , m_spans(std::move(spans))
    , m_reader(std::move(reader))
    , m_what(std::move(what))
    , m_where(std::move(where))
{}

Result<std::optional<ImageRecord>> PendingEntries::readNext(SkippedEntries& skipped)
{
    if (atEnd())
        return std::optional<ImageRecord>();
    const JsonSpan span = m_spans.at(m_next++);
    const qsizetype number = m_next; // from 1
    const QByteArrayView text = span.in(m_body);
    QJsonValue entry;
    QJsonParseError error{};
    if (text.startsWith('{') || text.startsWith('[')) {
        const QJsonDocument document =
            QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &error);
        entry = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    } else {
        // A scalar where an entry should be: EntryCheck names it; Qt reads scalars inside an array.
        const QByteArray wrapped = '[' + text.toByteArray() + ']';
        const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
        entry = document.array().at(0);
        if (error.error != QJsonParseError::NoError)
            error.offset = std::max(0, error.offset - 1);
    }
    if (error.error != QJsonParseError::NoError) {
        // JsonPageScanner follows JSON's grammar; should Qt still disagree, the page is unusable.
        return std::unexpected(
            ApiError::make(ApiError::Kind::BadPayload,
                           QCoreApplication::translate("Skylight::JsonPayload",
                                                       "%1 sent malformed JSON for %2 (%3 at byte %4).")
                               .arg(m_where, m_what, error.errorString())
                               .arg(span.offset + error.offset)));
    }
    if (auto problem = m_check.problem(number, entry)) {
        skipped.add(*problem);
        return std::optional<ImageRecord>();
    }
    return std::optional<ImageRecord>(m_reader(entry.toObject()));
}

std::optional<ApiError> PendingEntries::readAll(ImagePage& page)
{
    page.images.reserve(page.images.size() + (m_spans.size() - m_next));
    while (!atEnd()) {
        auto entry = readNext(page.skipped);
        if (!entry)
            return entry.error();
        if (*entry)
            page.images.append(std::move(**entry));
    }
    return std::nullopt;
}

} // namespace Skylight
