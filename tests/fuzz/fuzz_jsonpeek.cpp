// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// The `next`-link peek (JsonPeek::topLevelString), which reads a list page's next link before the
// page is parsed. Input: the JSON text; the key looked for is "next" (as GlanceV2Adapter::peekNext
// asks), and, for a second look, the first top-level member name QJsonDocument finds.
// Checked: what the peek returns is what the full parse reads, for every valid JSON object whose
// key occurs once (a key twice, perhaps spelled with escapes, which Qt reads leniently: the peek
// takes the first, Qt the last, and ImageListLoader drops the page asked for early); and the
// next page the adapter starts early from the peek (GlanceV2Adapter::peekNext) is the one
// GlanceV2::parseList then reads.
#include "adapters/glancev2parser.h"
#include "fuzz/fuzzsupport.h"
#include "image/jsonpeek.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

namespace {
// Whether `key` is a member name of the object in `json` once only: spelled `"key"` exactly once in
// the text, and no other spelling ("ne\u0078t", "ne\xt") left when that one is renamed.
bool memberOnce(const QByteArray& json, const QString& key)
{
    const QByteArray quoted = '"' + key.toUtf8() + '"';
    if (json.count(quoted) != 1)
        return false;
    QByteArray renamed = json;
    renamed.replace(json.indexOf(quoted) + 1, quoted.size() - 2,
                    QByteArray(quoted.size() - 2, key.startsWith(u'Z') ? 'Y' : 'Z'));
    return !QJsonDocument::fromJson(renamed).object().contains(key);
}

void check(const QByteArray& json, const QJsonDocument& document, bool valid, const QString& key)
{
    const QByteArray name = key.toUtf8();
    const std::optional<QString> peeked = JsonPeek::topLevelString(json, name);
    if (!peeked || !valid || !document.isObject())
        return;
    if (!memberOnce(json, key))
        return;
    const QJsonValue parsed = document.object().value(key);
    if (!parsed.isString())
        Fuzz::fail("the peek found a string where the parser finds none");
    if (parsed.toString() != *peeked)
        Fuzz::fail("the peek and the parser read different strings");
}

// As GlanceV2Adapter::peekNext and GlanceV2::parseList.
void checkNextPage(const QByteArray& json)
{
    const std::optional<QString> peeked = JsonPeek::topLevelString(json, "next");
    if (!peeked || peeked->isEmpty() || !memberOnce(json, u"next"_s))
        return;
    const QUrl root(u"http://glance.example.com:9292"_s);
    const auto page = GlanceV2::parseList(HttpResponse{200,
                                                       QUrl(u"http://glance.example.com:9292/v2/images"_s),
                                                       {{"Content-Type", "application/json"}},
                                                       json},
                                          root);
    if (page && page->next != GlanceV2::resolveAgainstRoot(root, *peeked))
        Fuzz::fail("the page fetched early is not the next page the list names");
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::initialize();
    const QByteArray json = Fuzz::bytes(data, size);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    const bool valid = error.error == QJsonParseError::NoError;
    check(json, document, valid, QStringLiteral("next"));
    checkNextPage(json);
    if (valid && document.isObject() && !document.object().isEmpty())
        check(json, document, valid, document.object().begin().key());
    return 0;
}
