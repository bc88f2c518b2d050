// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "download/rangesupport.h"

#include "settings/appsettings.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

RangeSupport::RangeSupport(AppSettings* settings)
    : m_settings(settings)
{
    if (!m_settings)
        return;
    const QStringList known = m_settings->endpointsWithoutRanges();
    for (const QString& key : known.mid(0, kMaxEntries))
        m_refused.insert(key);
}

QString RangeSupport::keyFor(const QUrl& fileUrl, const QString& store)
{
    QUrl endpoint = fileUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = endpoint.path();
    const qsizetype images = path.indexOf(u"/images/"_s);
    if (images >= 0)
        path.truncate(images);
    endpoint.setPath(path);
    QString key = endpoint.toString(QUrl::FullyEncoded);
    if (!store.isEmpty())
        key += u" ["_s + store.left(64) + u']';
    return key;
}

bool RangeSupport::refuses(const QUrl& fileUrl, const QString& store) const
{
    const QString key = keyFor(fileUrl, store);
    if (m_refused.contains(key))
        return true;
    // Another process (the CLI, the other app) may have learnt it since.
    return m_settings && m_settings->endpointsWithoutRanges().contains(key);
}

void RangeSupport::markRefused(const QUrl& fileUrl, const QString& store)
{
    const QString key = keyFor(fileUrl, store);
    m_refused.insert(key);
    if (!m_settings)
        return;
    QStringList known = m_settings->endpointsWithoutRanges();
    known.removeAll(key);
    known.prepend(key);
    while (known.size() > kMaxEntries)
        known.removeLast();
    m_settings->setEndpointsWithoutRanges(known);
}

} // namespace Skylight
