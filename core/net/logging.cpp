// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "net/logging.h"

#include "net/terminaltext.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

// Warnings and above by default: debug messages only when asked for.
Q_LOGGING_CATEGORY(lcNet, "skylight.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIdentity, "skylight.identity", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDownload, "skylight.download", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "skylight.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInspect, "skylight.inspect", QtInfoMsg)

void enableDebugLogging()
{
    // QT_LOGGING_RULES is applied after these rules: the environment still has the last word.
    QLoggingCategory::setFilterRules(u"skylight.*.debug=true"_s);
}

namespace {

const QString kMask = u"***"_s;

// The query keys whose values are an image list's paging and filters, shown as they are.
bool harmlessKey(const QString& key)
{
    static const QStringList keys{u"limit"_s,       u"marker"_s,           u"sort"_s,
                                  u"sort_key"_s,    u"sort_dir"_s,         u"visibility"_s,
                                  u"status"_s,      u"member_status"_s,    u"os_hidden"_s,
                                  u"disk_format"_s, u"container_format"_s, u"name"_s,
                                  u"size_min"_s,    u"size_max"_s};
    return keys.contains(key);
}

// A token, a signature, a key: 32 or more characters of base64, base64url or hex with a digit
// among them, in one of the '.'-separated pieces of `encoded` (percent-encoded text). A UUID is
// an id, not a secret.
bool looksSecret(const QString& encoded)
{
    static const QRegularExpression uuid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    static const QRegularExpression opaque(u"^[A-Za-z0-9+/=_~-]{32,}$"_s);
    static const QRegularExpression digit(u"[0-9]"_s);
    const QString text = QUrl::fromPercentEncoding(encoded.toUtf8());
    if (uuid.match(text).hasMatch())
        return false;
    const QStringList pieces = text.split(u'.');
    return std::any_of(pieces.cbegin(), pieces.cend(), [](const QString& piece) {
        return opaque.match(piece).hasMatch() && digit.match(piece).hasMatch();
    });
}

QString safePath(const QString& encodedPath)
{
    QStringList segments = encodedPath.split(u'/');
    for (QString& segment : segments) {
        const qsizetype parameters = segment.indexOf(u';'); // "/a;jsessionid=...": masked
        const QString name = parameters >= 0 ? segment.left(parameters) : segment;
        segment = looksSecret(name) ? kMask : name;
        if (parameters >= 0)
            segment += u';' + kMask;
    }
    return segments.join(u'/');
}

QString safeQuery(const QString& encodedQuery)
{
    static const QRegularExpression separators(u"[&;]"_s);
    QStringList items;
    for (const QString& item : encodedQuery.split(separators, Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(u'=');
        if (equals < 0) { // "?secret": a value without a key
            items.append(kMask);
            continue;
        }
        const QString key = item.left(equals);
        const QString value = item.mid(equals + 1);
        if (key.isEmpty() || looksSecret(key))
            items.append(kMask);
        else if (harmlessKey(QUrl::fromPercentEncoding(key.toUtf8())) && !looksSecret(value))
            items.append(item);
        else
            items.append(key + u'=' + kMask);
    }
    return items.join(u'&');
}

} // namespace

QString logSafeUrl(const QUrl& url)
{
    if (url.isEmpty())
        return QString();
    if (!url.isValid())
        return u"(invalid URL)"_s;
    QString text = url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                                QUrl::RemoveFragment | QUrl::FullyEncoded);
    text += safePath(url.path(QUrl::FullyEncoded));
    if (url.hasQuery())
        text += u'?' + safeQuery(url.query(QUrl::FullyEncoded));
    return terminalSafe(text);
}

} // namespace Skylight
