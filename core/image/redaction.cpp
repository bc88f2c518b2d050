// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/redaction.h"

#include "image/nesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
const QByteArray kMask = QByteArrayLiteral("***");

// Replaces secret values in place; true when anything changed. A value under a secret-looking
// name is replaced whole, whatever it is (a string, a number, an object, an array); only null
// stays. An object or array more than `left` levels down is not looked into but cut
// (Nesting::cutMarker()): what is not read cannot be shown unmasked, and nothing recurses past
// the limit.
bool redact(QJsonValue& value, int left, bool* sawSecret)
{
    bool changed = false;
    if ((value.isObject() || value.isArray()) && left <= 0) {
        value = Nesting::cutMarker();
        return true;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (looksSecret(it.key().toUtf8())) {
                *sawSecret = true;
                if (!it.value().isNull() && it.value() != QJsonValue(QString::fromLatin1(kMask))) {
                    it.value() = QString::fromLatin1(kMask);
                    changed = true;
                }
            } else {
                QJsonValue inner = it.value();
                if (redact(inner, left - 1, sawSecret)) {
                    it.value() = inner;
                    changed = true;
                }
            }
        }
        if (changed)
            value = object;
    } else if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue inner = array.at(i);
            if (redact(inner, left - 1, sawSecret)) {
                array[i] = inner;
                changed = true;
            }
        }
        if (changed)
            value = array;
    }
    return changed;
}

QByteArray redactJson(const QByteArray& payload)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError)
        return payload;
    QJsonValue root = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    // A secret-looking key whose value needed no mask (null) is still written out as parsed, not
    // as received: the bytes may hold the same key twice, `{"adminPass": "x", "adminPass": null}`,
    // and only the last one was looked at.
    bool sawSecret = false;
    if (!redact(root, Nesting::kMaxDepth, &sawSecret) && !sawSecret)
        return payload; // untouched, byte for byte
    return root.isObject() ? QJsonDocument(root.toObject()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(root.toArray()).toJson(QJsonDocument::Compact);
}

// RFC 9110 token characters: what a header name is made of.
bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// The header name of a "Name: value" line; empty for a line that is not one (the status line, or
// a continuation: Qt joins repeated Set-Cookie headers with line breaks).
QByteArrayView headerName(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return {};
    const QByteArrayView name = line.first(colon);
    return std::all_of(name.begin(), name.end(), isTokenChar) ? name : QByteArrayView();
}

bool secretHeader(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    return lower == "set-cookie" || lower == "cookie" || lower == "authorization" ||
           lower == "proxy-authorization" || looksSecret(name);
}

QByteArray redactHeaders(const QByteArray& payload)
{
    const QList<QByteArray> lines = payload.split('\n');
    QList<QByteArray> shown;
    shown.reserve(lines.size());
    bool changed = false;
    bool masking = false; // inside a masked header: its continuation lines go too
    for (const QByteArray& line : lines) {
        const QByteArrayView name = headerName(line);
        if (name.isEmpty() && masking && !line.trimmed().isEmpty()) {
            changed = true;
            continue;
        }
        masking = !name.isEmpty() && secretHeader(name);
        if (masking) {
            const QByteArray masked = name.toByteArray() + ": " + kMask + (line.endsWith('\r') ? "\r" : "");
            changed = changed || masked != line;
            shown << masked;
        } else {
            shown << line;
        }
    }
    return changed ? shown.join('\n') : payload;
}

// XML, scanned rather than parsed, so that everything not masked stays byte for byte (also
// where the XML is not well-formed). Masked: the values of attributes with secret-looking names
// (in either quoting), and the whole content of elements named like a secret (<adminPass>) or
// naming one (<meta key="admin_password">, <property name="token" value="...">, whose value
// attribute goes too). No recursion: open elements are counted.
class XmlMasker
{
public:
    explicit XmlMasker(const QByteArray& in)
        : m_in(in)
    {}

    QByteArray run()
    {
        qsizetype pos = 0;
        while (pos < m_in.size()) {
            const qsizetype lt = m_in.indexOf('<', pos);
            if (lt < 0) {
                copy(pos, m_in.size());
                break;
            }
            copy(pos, lt);
            pos = markup(lt);
        }
        return m_out == m_in ? m_in : m_out; // untouched: the payload itself
    }

private:
    // Copies in[from, to) unless inside a masked element.
    void copy(qsizetype from, qsizetype to)
    {
        if (m_maskDepth < 0)
            m_out.append(QByteArrayView(m_in).sliced(from, to - from));
    }

    qsizetype endOf(qsizetype from, QByteArrayView close) const
    {
        const qsizetype at = m_in.indexOf(close, from);
        return at < 0 ? m_in.size() : at + close.size();
    }

    qsizetype markup(qsizetype lt)
    {
        const QByteArrayView rest = QByteArrayView(m_in).sliced(lt);
        qsizetype end = 0;
        if (rest.startsWith("<!--"))
            end = endOf(lt + 4, "-->");
        else if (rest.startsWith("<![CDATA["))
            end = endOf(lt + 9, "]]>");
        else if (rest.startsWith("<?"))
            end = endOf(lt + 2, "?>");
        else if (rest.startsWith("<!"))
            end = endOf(lt + 2, ">");
        else if (rest.startsWith("</")) {
            end = endOf(lt + 2, ">");
            m_depth = std::max(0, m_depth - 1);
            if (m_maskDepth >= 0 && m_depth == m_maskDepth)
                m_maskDepth = -1; // the masked element's own end tag: shown
        } else {
            return startTag(lt);
        }
        copy(lt, end);
        return end;
    }

    qsizetype startTag(qsizetype lt)
    {
        qsizetype i = lt + 1;
        const qsizetype nameStart = i;
        while (i < m_in.size() && !isSpace(m_in[i]) && m_in[i] != '>' && m_in[i] != '/')
            ++i;
        const QByteArrayView name = QByteArrayView(m_in).sliced(nameStart, i - nameStart);
        struct Attribute
        {
            QByteArrayView name;
            qsizetype from = 0; // the value, without quotes
            qsizetype to = 0;
            bool hasValue = false; // name=value, not a bare name
        };
        QList<Attribute> attributes;
        bool selfClosing = false;
        while (i < m_in.size() && m_in[i] != '>') {
            if (m_in[i] == '/') {
                selfClosing = i + 1 < m_in.size() && m_in[i + 1] == '>';
                ++i;
                continue;
            }
            if (isSpace(m_in[i])) {
                ++i;
                continue;
            }
            const qsizetype attrStart = i;
            while (i < m_in.size() && !isSpace(m_in[i]) && m_in[i] != '=' && m_in[i] != '>' && m_in[i] != '/')
                ++i;
            Attribute attribute{QByteArrayView(m_in).sliced(attrStart, i - attrStart), i, i};
            while (i < m_in.size() && isSpace(m_in[i]))
                ++i;
            if (i < m_in.size() && m_in[i] == '=') {
                attribute.hasValue = true;
                ++i;
                while (i < m_in.size() && isSpace(m_in[i]))
                    ++i;
                if (i < m_in.size() && (m_in[i] == '"' || m_in[i] == '\'')) {
                    const char quote = m_in[i];
                    const qsizetype close = m_in.indexOf(quote, i + 1);
                    attribute.from = i + 1;
                    attribute.to = close < 0 ? m_in.size() : close;
                    i = close < 0 ? m_in.size() : close + 1;
                } else { // unquoted (not XML, but shown as it is all the same)
                    attribute.from = i;
                    while (i < m_in.size() && !isSpace(m_in[i]) && m_in[i] != '>')
                        ++i;
                    attribute.to = i;
                }
            }
            if (attribute.name.isEmpty() && i == attrStart)
                ++i; // a stray character: step over it
            attributes << attribute;
        }
        const bool closed = i < m_in.size();
        const qsizetype end = std::min(i + 1, m_in.size());
        if (m_maskDepth >= 0) { // inside a masked element: gone, only counted
            if (!selfClosing)
                ++m_depth;
            return end;
        }
        bool namesSecret = false;
        for (const Attribute& attribute : std::as_const(attributes)) {
            const QByteArray lower = attribute.name.toByteArray().toLower();
            if ((lower == "key" || lower == "name") &&
                looksSecret(QByteArrayView(m_in).sliced(attribute.from, attribute.to - attribute.from)))
                namesSecret = true;
        }
        const bool secretElement = looksSecret(name) || namesSecret;
        qsizetype at = lt;
        for (const Attribute& attribute : std::as_const(attributes)) {
            const bool secret = looksSecret(attribute.name) ||
                                (namesSecret && attribute.name.toByteArray().toLower() == "value");
            if (!secret || !attribute.hasValue || attribute.to < attribute.from)
                continue;
            m_out.append(QByteArrayView(m_in).sliced(at, attribute.from - at));
            m_out.append(kMask);
            at = attribute.to;
        }
        m_out.append(QByteArrayView(m_in).sliced(at, end - at));
        if (selfClosing || !closed)
            return end;
        if (secretElement) {
            m_maskDepth = m_depth;
            m_out.append(kMask);
        }
        ++m_depth;
        return end;
    }

    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    const QByteArray& m_in;
    QByteArray m_out;
    int m_depth = 0;      // open elements
    int m_maskDepth = -1; // >= 0: inside a masked element opened at this depth
};
} // namespace

bool looksSecret(QByteArrayView name)
{
    static const QRegularExpression pattern(u"password|adminpass|secret|token|api_?key|credential"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    // Deliberately broad: a harmless property hidden in a view costs less than a leaked secret.
    return pattern.match(QString::fromUtf8(name.toByteArray())).hasMatch();
}

QByteArray redactSecrets(const QByteArray& payload, const QByteArray& contentType)
{
    if (contentType.contains("json"))
        return redactJson(payload);
    if (contentType.startsWith("text/plain")) // header dumps ("Name: value" lines)
        return redactHeaders(payload);
    if (contentType.contains("xml"))
        return XmlMasker(payload).run();
    return payload;
}

} // namespace Skylight
