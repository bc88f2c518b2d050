// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "fuzz/fuzzsupport.h"

#include "image/imagerecordjson.h"
#include "image/nesting.h"
#include "image/redaction.h"

#include <QJsonDocument>
#include <QSet>
#include <QtGlobal>
#include <cstdio>
#include <cstdlib>

namespace Skylight::Fuzz {

namespace {
void silent(QtMsgType /*type*/, const QMessageLogContext& /*context*/, const QString& /*message*/) {}
} // namespace

void initialize()
{
    static const bool once = [] {
        qInstallMessageHandler(silent);
        return true;
    }();
    Q_UNUSED(once);
}

QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

Choice choose(const uint8_t* data, size_t size)
{
    if (size == 0)
        return {};
    return Choice{static_cast<unsigned>(data[0] - '0') & 0xffu, bytes(data + 1, size - 1)};
}

std::pair<QByteArray, QByteArray> splitAt(const QByteArray& input, QByteArrayView separator)
{
    const qsizetype at = input.indexOf(separator);
    if (at < 0)
        return {input, QByteArray()};
    return {input.left(at), input.mid(at + separator.size())};
}

RawHeaderList headerLines(const QByteArray& text)
{
    RawHeaderList headers;
    for (QByteArray line : text.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        headers.append(RawHeader{line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return headers;
}

void use(const ImageRecord& record)
{
    const QByteArray json = QJsonDocument(toContractJson(record)).toJson(QJsonDocument::Compact);
    if (json.isEmpty())
        fail("an image record gave no JSON");
    redactSecrets(record.raw, record.rawContentType);
    Nesting::compactJson(record.properties);
}

void use(const ImagePage& page)
{
    QSet<QString> ids;
    for (const ImageRecord& record : page.images) {
        if (record.id.isEmpty())
            fail("a listed image without an id");
        if (ids.contains(record.id))
            fail("an id listed twice on one page");
        ids.insert(record.id);
        use(record);
    }
    if (page.skipped.reasons.size() > SkippedEntries::kMaxReasons ||
        page.skipped.reasons.size() > page.skipped.count)
        fail("more reasons for left-out entries than allowed or counted");
}

void fail(const char* what)
{
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::fflush(stderr);
    std::abort();
}

} // namespace Skylight::Fuzz
