// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "net/serverdetail.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
constexpr qsizetype kMaxDetail = 300;

QString messageFromJson(const QJsonObject& object)
{
    if (object.value(u"message"_s).isString())
        return object.value(u"message"_s).toString();
    // OpenStack faults nest the message one level down: {"badRequest": {"message": ...}}.
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject()) {
            const QJsonObject inner = it.value().toObject();
            if (inner.value(u"message"_s).isString())
                return inner.value(u"message"_s).toString();
        }
    }
    return {};
}
} // namespace

QString serverDetail(const QByteArray& body, const QByteArray& contentType)
{
    if (body.isEmpty())
        return {};
    const QByteArray head = body.left(64 * 1024);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(head, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        // WebOb (Glance, Nova) keeps its HTML page's line breaks in the JSON message:
        // "Only shared images have members.<br /><br />\n\n\n". They are not part of the text.
        static const QRegularExpression lineBreak(u"<br\\s*/?>"_s, QRegularExpression::CaseInsensitiveOption);
        return messageFromJson(document.object()).replace(lineBreak, u" "_s).simplified().left(kMaxDetail);
    }

    QString text = QString::fromUtf8(head);
    if (contentType.contains("html") || text.contains(u"<html"_s, Qt::CaseInsensitive)) {
        static const QRegularExpression title(u"<title>[^<]*</title>"_s,
                                              QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression tags(u"<[^>]*>"_s);
        text.remove(title);
        text.replace(tags, u" "_s);
    }
    return text.simplified().left(kMaxDetail);
}

} // namespace Skylight
