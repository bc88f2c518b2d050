// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/jsonpeek.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Skylight;

// Finding a top-level string member without parsing the document (the next page's address).
class TestJsonPeek : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void topLevelString_data();
    void topLevelString();
};

void TestJsonPeek::topLevelString_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("value");
    const auto row = [](const char* name, const char* json, bool found, const QString& value = {}) {
        QTest::newRow(name) << QByteArray(json) << found << value;
    };
    row("after the images", R"({"images": [{"id": "a"}], "next": "/v2/images?marker=a"})", true,
        u"/v2/images?marker=a"_s);
    row("before the images", R"({"next":"/v2/images?marker=b","images":[]})", true, u"/v2/images?marker=b"_s);
    row("whitespace", "{ \"first\" : \"/v2/images\" ,\n\t\"next\" :\r\n \"/n\" }", true, u"/n"_s);
    row("nested next is not the page's", R"({"images": [{"id": "a", "next": "/wrong"}], "schema": "/s"})",
        false);
    row("nested object", R"({"images": [{"p": {"next": "/wrong"}}], "next": "/right"})", true, u"/right"_s);
    row("key inside a string value", R"({"name": "\"next\": \"/wrong\"", "next": "/right"})", true,
        u"/right"_s);
    row("brackets inside strings", R"({"a": "{[", "b": ["]}", "x"], "next": "/right"})", true, u"/right"_s);
    row("escaped slashes", R"({"next": "\/v2\/images?marker=a"})", true, u"/v2/images?marker=a"_s);
    row("escaped quote and backslash", R"({"next": "a\"b\\c"})", true, u"a\"b\\c"_s);
    row("escaped backslash before the closing quote", R"({"x": "a\\", "next": "/n"})", true, u"/n"_s);
    row("unicode escape: left to the parser", R"({"next": "/v2/images?marker=\u00e9"})", false);
    row("utf-8", "{\"next\": \"/v2/images?marker=\xc3\xa9\"}", true, u"/v2/images?marker=é"_s);
    row("no next", R"({"images": [], "schema": "/v2/schemas/images"})", false);
    row("next is null", R"({"images": [], "next": null})", false);
    row("next is a number", R"({"next": 3})", false);
    row("an array", R"([{"next": "/n"}])", false);
    row("truncated", R"({"images": [{"id": "a"}, {"id": )", false);
    row("unterminated string", R"({"next": "/n)", false);
    row("empty", "", false);
    row("key is a prefix", R"({"nextPage": "/wrong"})", false);
}

void TestJsonPeek::topLevelString()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, found);
    QFETCH(QString, value);
    const auto result = JsonPeek::topLevelString(json, "next");
    QCOMPARE(result.has_value(), found);
    if (found)
        QCOMPARE(*result, value);
}

QTEST_APPLESS_MAIN(TestJsonPeek)
#include "tst_jsonpeek.moc"
