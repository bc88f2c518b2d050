// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/linkaction.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == u"https"_s ? 443 : 80) == b.port(b.scheme() == u"https"_s ? 443 : 80);
}
} // namespace

LinkAction linkActionFor(const ImageLink& link, const QUrl& apiEndpoint)
{
    const QString rel = link.rel.toLower();
    if (rel == u"self"_s)
        return LinkAction::FetchDetails;
    if (rel == u"file"_s)
        return LinkAction::Download;
    const QUrl url(link.href, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty())
        return LinkAction::Refuse;
    static const QStringList apiRelations{u"describedby"_s, u"schema"_s, u"bookmark"_s, u"alternate"_s};
    if (apiRelations.contains(rel) || (apiEndpoint.isValid() && sameOrigin(url, apiEndpoint)))
        return LinkAction::CopyApiAddress;
    return LinkAction::OpenInBrowser;
}

} // namespace Skylight
