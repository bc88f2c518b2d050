#include "net/logging.h"

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

QString logSafeUrl(const QUrl& url)
{
    QUrl safe = url.adjusted(QUrl::RemoveUserInfo);
    if (safe.hasQuery()) {
        static const QStringList secretish = {u"token"_s,  u"secret"_s,     u"pass"_s, u"sig"_s,
                                              u"key"_s,    u"credential"_s, u"auth"_s, u"session"_s,
                                              u"cookie"_s, u"code"_s};
        QStringList items = safe.query(QUrl::FullyEncoded).split(u'&');
        for (QString& item : items) {
            const qsizetype equals = item.indexOf(u'=');
            const QString key = QUrl::fromPercentEncoding(item.left(equals).toUtf8()).toLower();
            if (std::any_of(secretish.cbegin(), secretish.cend(),
                            [&key](const QString& word) { return key.contains(word); }))
                item = item.left(equals < 0 ? item.size() : equals) + u"=***"_s;
        }
        safe.setQuery(items.join(u'&'));
    }
    return safe.toString(QUrl::FullyEncoded);
}

} // namespace Skylight
