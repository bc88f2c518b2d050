// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/cloudbrowsers.h"

#include "controllers/cloudbrowser.h"

#include <algorithm>

namespace Skylight {

CloudBrowsers::CloudBrowsers(int capacity, QObject* parent)
    : QObject(parent)
    , m_capacity(std::max(1, capacity))
{}

CloudBrowsers::~CloudBrowsers()
{
    qDeleteAll(m_browsers);
}

void CloudBrowsers::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    trim(m_browsers.isEmpty() ? nullptr : m_browsers.first());
}

CloudBrowser* CloudBrowsers::find(const QString& cloud) const
{
    const auto it =
        std::find_if(m_browsers.cbegin(), m_browsers.cend(),
                     [&cloud](const CloudBrowser* browser) { return browser->cloudName() == cloud; });
    return it == m_browsers.cend() ? nullptr : *it;
}

CloudBrowser* CloudBrowsers::open(const QString& cloud)
{
    CloudBrowser* browser = find(cloud);
    if (browser) {
        m_browsers.move(m_browsers.indexOf(browser), 0);
        return browser;
    }
    browser = new CloudBrowser(cloud);
    m_browsers.prepend(browser);
    Q_EMIT created(browser);
    trim(browser);
    return browser;
}

void CloudBrowsers::drop(const QString& cloud)
{
    if (CloudBrowser* browser = find(cloud))
        dropAt(m_browsers.indexOf(browser));
}

void CloudBrowsers::keepOnly(const QStringList& clouds)
{
    for (qsizetype index = m_browsers.size() - 1; index >= 0; --index) {
        if (!clouds.contains(m_browsers.at(index)->cloudName()))
            dropAt(index);
    }
}

QStringList CloudBrowsers::clouds() const
{
    QStringList names;
    for (const CloudBrowser* browser : m_browsers)
        names << browser->cloudName();
    return names;
}

void CloudBrowsers::dropAt(qsizetype index)
{
    CloudBrowser* browser = m_browsers.takeAt(index);
    Q_EMIT dropping(browser);
    delete browser;
}

void CloudBrowsers::trim(const CloudBrowser* keep)
{
    for (qsizetype index = m_browsers.size() - 1; index >= 0 && m_browsers.size() > m_capacity; --index) {
        if (m_browsers.at(index) != keep)
            dropAt(index);
    }
}

} // namespace Skylight
