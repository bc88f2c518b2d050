// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/jsonpagescanner.h"

#include "image/nesting.h"

#include <QByteArray>

namespace Skylight {

namespace {

// Deeper than this, the whole document goes to Qt's reader, which refuses past its own limit with
// its own words (a little below that limit, so that the two never disagree about the edge).
constexpr int kMaxDepth = Nesting::kQtReaderDepth - 8;
// A page has a handful of top-level keys; more goes to Qt's reader (no quadratic duplicate check).
constexpr qsizetype kMaxMembers = 64;

class Reader
{
public:
    explicit Reader(QByteArrayView text)
        : m_p(reinterpret_cast<const unsigned char*>(text.data()))
        , m_begin(m_p)
        , m_end(m_p + text.size())
    {}

    qsizetype offset() const { return m_p - m_begin; }
    bool atEnd() const { return m_p == m_end; }
    unsigned char peek() const { return m_p < m_end ? *m_p : 0; }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool take(char c)
    {
        if (m_p < m_end && *m_p == static_cast<unsigned char>(c)) {
            ++m_p;
            return true;
        }
        return false;
    }

    // A string, the opening quote next; `escaped` tells whether it held a backslash.
    bool string(bool* escaped = nullptr)
    {
        if (!take('"'))
            return false;
        bool sawEscape = false;
        while (m_p < m_end) {
            const unsigned char c = *m_p;
            if (c == '"') {
                ++m_p;
                if (escaped)
                    *escaped = sawEscape;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                sawEscape = true;
                if (!escape())
                    return false;
            } else if (c < 0x80) {
                ++m_p;
            } else if (!utf8()) {
                return false;
            }
        }
        return false;
    }

    bool value(int depth)
    {
        if (depth > kMaxDepth)
            return false;
        switch (peek()) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

private:
    bool escape()
    {
        ++m_p; // the backslash
        if (m_p >= m_end)
            return false;
        const unsigned char c = *m_p++;
        switch (c) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            return true;
        case 'u':
            for (int i = 0; i < 4; ++i) {
                if (m_p >= m_end || !isHex(*m_p))
                    return false;
                ++m_p;
            }
            return true;
        default:
            return false;
        }
    }

    static bool isHex(unsigned char c)
    {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    // One UTF-8 sequence of two to four bytes as RFC 3629 allows it: no overlong forms, no
    // surrogates, nothing past U+10FFFF.
    bool utf8()
    {
        const unsigned char lead = *m_p;
        int extra = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            extra = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            extra = 2;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            extra = 3;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        if (m_end - m_p <= extra)
            return false;
        if (m_p[1] < low || m_p[1] > high)
            return false;
        for (int i = 2; i <= extra; ++i) {
            if (m_p[i] < 0x80 || m_p[i] > 0xBF)
                return false;
        }
        m_p += extra + 1;
        return true;
    }

    bool literal(const char* word)
    {
        for (; *word; ++word) {
            if (!take(*word))
                return false;
        }
        return true;
    }

    bool digits()
    {
        const unsigned char* start = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p > start;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    bool number()
    {
        const unsigned char* start = m_p;
        if (!numberSyntax())
            return false;
        // Qt's reader also refuses a number it cannot hold (1e999): read it the way Qt does.
        bool ok = false;
        QByteArray::fromRawData(reinterpret_cast<const char*>(start), m_p - start).toDouble(&ok);
        return ok;
    }

    bool numberSyntax()
    {
        take('-');
        if (take('0')) {
            // no more integer digits after a leading zero
        } else if (peek() >= '1' && peek() <= '9') {
            digits();
        } else {
            return false;
        }
        if (take('.') && !digits())
            return false;
        if (take('e') || take('E')) {
            if (!take('+'))
                take('-');
            if (!digits())
                return false;
        }
        return true;
    }

    bool object(int depth)
    {
        take('{');
        skipSpace();
        if (take('}'))
            return true;
        for (;;) {
            skipSpace();
            if (!string())
                return false;
            skipSpace();
            if (!take(':'))
                return false;
            skipSpace();
            if (!value(depth))
                return false;
            skipSpace();
            if (take('}'))
                return true;
            if (!take(','))
                return false;
        }
    }

    bool array(int depth)
    {
        take('[');
        skipSpace();
        if (take(']'))
            return true;
        for (;;) {
            skipSpace();
            if (!value(depth))
                return false;
            skipSpace();
            if (take(']'))
                return true;
            if (!take(','))
                return false;
        }
    }

    const unsigned char* m_p;
    const unsigned char* m_begin;
    const unsigned char* m_end;
};

} // namespace

std::optional<JsonPageScanner> JsonPageScanner::scan(QByteArrayView text, QByteArrayView arrayKey)
{
    JsonPageScanner page;
    page.m_text = text;
    Reader reader(text);
    reader.skipSpace();
    if (!reader.take('{'))
        return std::nullopt;
    reader.skipSpace();
    if (!reader.take('}')) {
        for (;;) {
            reader.skipSpace();
            Member member;
            const qsizetype keyStart = reader.offset() + 1;
            bool escaped = false;
            if (!reader.string(&escaped) || escaped)
                return std::nullopt; // a key with escapes is compared as Qt decodes it: Qt reads it
            member.key = {keyStart, reader.offset() - 1 - keyStart};
            const QByteArrayView key = member.key.in(text);
            if (page.m_members.size() >= kMaxMembers)
                return std::nullopt;
            for (const Member& seen : std::as_const(page.m_members)) {
                if (seen.key.in(text) == key)
                    return std::nullopt; // which one counts is Qt's to say
            }
            reader.skipSpace();
            if (!reader.take(':'))
                return std::nullopt;
            reader.skipSpace();
            const qsizetype valueStart = reader.offset();
            if (key == arrayKey && reader.peek() == '[') {
                page.m_hasArray = true;
                reader.take('[');
                reader.skipSpace();
                if (!reader.take(']')) {
                    for (;;) {
                        reader.skipSpace();
                        const qsizetype start = reader.offset();
                        if (!reader.value(2))
                            return std::nullopt;
                        page.m_elements.append({start, reader.offset() - start});
                        reader.skipSpace();
                        if (reader.take(']'))
                            break;
                        if (!reader.take(','))
                            return std::nullopt;
                    }
                }
            } else if (!reader.value(1)) {
                return std::nullopt;
            }
            member.value = {valueStart, reader.offset() - valueStart};
            page.m_members.append(member);
            reader.skipSpace();
            if (reader.take('}'))
                break;
            if (!reader.take(','))
                return std::nullopt;
        }
    }
    reader.skipSpace();
    if (!reader.atEnd())
        return std::nullopt;
    return page;
}

std::optional<JsonSpan> JsonPageScanner::value(QByteArrayView key) const
{
    for (const Member& member : m_members) {
        if (member.key.in(m_text) == key)
            return member.value;
    }
    return std::nullopt;
}

QByteArray JsonPageScanner::objectWithout(QByteArrayView key) const
{
    QByteArray text = "{";
    for (const Member& member : m_members) {
        if (member.key.in(m_text) == key)
            continue;
        if (text.size() > 1)
            text += ',';
        text += '"';
        text += member.key.in(m_text);
        text += "\":";
        text += member.value.in(m_text);
    }
    text += '}';
    return text;
}

} // namespace Skylight
