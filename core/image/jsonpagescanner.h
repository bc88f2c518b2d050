// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <optional>

namespace Skylight {

// Where a JSON value lies in the text it was read from.
struct JsonSpan
{
    qsizetype offset = 0;
    qsizetype length = 0;

    QByteArrayView in(QByteArrayView text) const { return text.sliced(offset, length); }
    bool operator==(const JsonSpan&) const = default;
};

// Reads a listing page (a JSON object) without building its document: the spans of its top-level
// values, and of the elements of one array among them (a page's images), so that the entries can
// be read, and dropped, one at a time. The whole text is checked against JSON's grammar on the way
// (strings and their escapes, UTF-8, numbers, literals, nesting up to Qt's reader limit), so a text
// it accepts is one QJsonDocument accepts too. The spans point into `text`, which must outlive
// the scanner.
//
// Nothing comes back when the text is anything but plain: not an object, a fault anywhere, a
// top-level key given twice or written with escapes, nesting deeper than Qt reads. The caller then
// reads the whole document as before, which reports the fault in Qt's words.
class JsonPageScanner
{
public:
    static std::optional<JsonPageScanner> scan(QByteArrayView text, QByteArrayView arrayKey);

    // The value of a top-level key (its raw text), when the object has it.
    std::optional<JsonSpan> value(QByteArrayView key) const;
    // Whether `arrayKey`'s value is an array; its elements, in order.
    bool hasArray() const { return m_hasArray; }
    const QList<JsonSpan>& elements() const { return m_elements; }
    // The object as text without `key` (the small rest of a page: its links, its schema).
    QByteArray objectWithout(QByteArrayView key) const;

private:
    struct Member
    {
        JsonSpan key; // without the quotes
        JsonSpan value;
    };

    QByteArrayView m_text;
    QList<Member> m_members;
    QList<JsonSpan> m_elements;
    bool m_hasArray = false;
};

} // namespace Skylight
