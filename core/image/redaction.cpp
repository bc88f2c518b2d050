#include "redaction.h"

#include "nesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
const QByteArray kMask = QByteArrayLiteral("***");

// Replaces secret values in place; true when anything changed. An object or array more than
// `left` levels down is not looked into but cut (Nesting::cutMarker()): what is not read cannot be
// shown unmasked, and nothing recurses past the limit.
bool redact(QJsonValue& value, int left)
{
    bool changed = false;
    if ((value.isObject() || value.isArray()) && left <= 0) {
        value = Nesting::cutMarker();
        return true;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (looksSecret(it.key().toUtf8()) && !it.value().isNull() && !it.value().isObject() &&
                !it.value().isArray()) {
                it.value() = QString::fromLatin1(kMask);
                changed = true;
            } else {
                QJsonValue inner = it.value();
                if (redact(inner, left - 1)) {
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
            if (redact(inner, left - 1)) {
                array[i] = inner;
                changed = true;
            }
        }
        if (changed)
            value = array;
    }
    return changed;
}
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
    if (contentType.contains("json")) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
        if (error.error != QJsonParseError::NoError)
            return payload;
        QJsonValue root = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        if (!redact(root, Nesting::kMaxDepth))
            return payload; // untouched, byte for byte
        return root.isObject() ? QJsonDocument(root.toObject()).toJson(QJsonDocument::Compact)
                               : QJsonDocument(root.toArray()).toJson(QJsonDocument::Compact);
    }
    if (contentType.startsWith("text/plain")) { // header dumps ("Name: value" lines)
        QList<QByteArray> lines = payload.split('\n');
        bool changed = false;
        for (QByteArray& line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && looksSecret(line.left(colon))) {
                line = line.left(colon + 1) + ' ' + kMask;
                changed = true;
            }
        }
        return changed ? lines.join('\n') : payload;
    }
    if (contentType.contains("xml")) {
        static const QRegularExpression attribute(
            u"([\\w:-]*(?:password|adminpass|secret|token|api_?key|credential)[\\w:-]*=\")[^\"]*\""_s,
            QRegularExpression::CaseInsensitiveOption);
        QString text = QString::fromUtf8(payload);
        const QString redacted = QString(text).replace(attribute, u"\\1***\""_s);
        return redacted == text ? payload : redacted.toUtf8();
    }
    return payload;
}

} // namespace Skylight
