// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

// Reading a list page entry by entry (JsonPageScanner), as GlanceV2::parseList and
// Compute::parseList do when they can. Input: the JSON text; the array looked for is "images".
// Checked: a text the scanner accepts is one Qt's reader accepts, its "images" entries are the
// array's (each read alone equals the same entry read with the whole document), and the object
// without them is the rest of the document.
#include "fuzz/fuzzsupport.h"
#include "image/jsonpagescanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::initialize();
    const QByteArray json = Fuzz::bytes(data, size);
    const auto page = JsonPageScanner::scan(json, "images");
    if (!page)
        return 0;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        Fuzz::fail("the scanner accepted a text Qt's reader refuses");
    const QJsonValue images = document.object().value(u"images"_s);
    if (page->hasArray() != images.isArray())
        Fuzz::fail("the scanner and Qt disagree on whether there is an images array");
    const QJsonArray array = images.toArray();
    if (page->elements().size() != array.size())
        Fuzz::fail("the scanner found a different number of entries");
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QByteArray alone = '[' + page->elements().at(i).in(json).toByteArray() + ']';
        const QJsonDocument entry = QJsonDocument::fromJson(alone, &error);
        if (error.error != QJsonParseError::NoError)
            Fuzz::fail("an entry the scanner found does not read alone");
        if (entry.array().at(0) != array.at(i))
            Fuzz::fail("an entry read alone differs from the same entry read with the page");
    }
    QJsonObject rest = document.object();
    rest.remove(u"images"_s);
    if (QJsonDocument::fromJson(page->objectWithout("images")).object() != rest)
        Fuzz::fail("the page without its entries is not the rest of the document");
    return 0;
}
