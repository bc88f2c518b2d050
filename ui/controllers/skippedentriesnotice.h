// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>
#include <QStringList>

namespace Skylight {

class ImageListLoader;

// What a listing left out, for the window's banner: entries that could not be read ("3 entries
// could not be read and are not shown.") and images the server listed again on a later page ("The
// server listed 2 images more than once; each is shown once."), Details saying why, page by page
// ("Page 2: entry 7 has no id", "Page 3: the id "x" was listed before"). Counts over one listing:
// reset() when a new one starts. Each cloud's browser keeps its own; the window shows the one of
// the cloud it shows.
class SkippedEntriesNotice : public QObject
{
    Q_OBJECT
public:
    // Details keep at most this many reasons; the rest are counted.
    static constexpr qsizetype kMaxDetails = 100;

    explicit SkippedEntriesNotice(QObject* parent = nullptr);

    // Follows `loader`'s pages (until the loader is deleted).
    void watch(ImageListLoader* loader);
    // Page `pageNumber` repeated these ids of earlier pages (left out of the table).
    void addRepeated(int pageNumber, const QStringList& ids);
    void reset();
    // Entries left out because they could not be read.
    qsizetype count() const { return m_count; }
    // Copies of an image listed before, left out.
    qsizetype repeatedCount() const { return m_repeated; }
    bool isEmpty() const { return m_count == 0 && m_repeated == 0; }
    // The banner's sentence(s), empty when nothing was left out.
    QString message() const;
    QString details() const;

Q_SIGNALS:
    // Something more was left out: message() and details() changed.
    void changed();

private:
    void onEntriesSkipped(int pageNumber, qsizetype count, const QStringList& reasons);
    void describe(const QString& line);

    qsizetype m_count = 0;
    qsizetype m_repeated = 0;
    qsizetype m_described = 0; // how many of m_count + m_repeated have a line in m_details
    QStringList m_details;
};

} // namespace Skylight
