// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QObject>

namespace Skylight {

class CloudBrowser;

// The live CloudBrowsers, one per cloud (by name), most recently used first. At most capacity()
// are kept: opening one more drops the least recently used (its rows go; choosing that cloud again
// lists it again). The browser just opened is never the one dropped.
class CloudBrowsers : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultCapacity = 4;

    explicit CloudBrowsers(int capacity = kDefaultCapacity, QObject* parent = nullptr);
    ~CloudBrowsers() override;

    int capacity() const { return m_capacity; }
    // At least 1; drops the least recently used ones beyond it at once.
    void setCapacity(int capacity);

    // The live browser of `cloud`, or null.
    CloudBrowser* find(const QString& cloud) const;
    // The browser of `cloud`, created if needed, made the most recently used.
    CloudBrowser* open(const QString& cloud);
    // Drops the browser of `cloud` (if live).
    void drop(const QString& cloud);
    // Drops every browser whose cloud is not in `clouds`.
    void keepOnly(const QStringList& clouds);
    // Most recently used first.
    const QList<CloudBrowser*>& browsers() const { return m_browsers; }
    QStringList clouds() const;

Q_SIGNALS:
    void created(Skylight::CloudBrowser* browser);
    // Emitted before `browser` is deleted.
    void dropping(Skylight::CloudBrowser* browser);

private:
    void dropAt(qsizetype index);
    void trim(const CloudBrowser* keep);

    QList<CloudBrowser*> m_browsers;
    int m_capacity;
};

} // namespace Skylight
