// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "controllers/skippedentriesnotice.h"

#include "adapters/imagelistloader.h"

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

SkippedEntriesNotice::SkippedEntriesNotice(QObject* parent)
    : QObject(parent)
{}

void SkippedEntriesNotice::watch(ImageListLoader* loader)
{
    connect(loader, &ImageListLoader::entriesSkipped, this, &SkippedEntriesNotice::onEntriesSkipped);
}

void SkippedEntriesNotice::reset()
{
    m_count = 0;
    m_repeated = 0;
    m_described = 0;
    m_details.clear();
}

QString SkippedEntriesNotice::message() const
{
    QStringList sentences;
    if (m_count > 0)
        sentences << (m_count == 1 ? tr("1 entry could not be read and is not shown.")
                                   : tr("%1 entries could not be read and are not shown.").arg(m_count));
    if (m_repeated > 0)
        sentences << tr("The server listed %n image(s) more than once; each is shown once.", nullptr,
                        int(m_repeated));
    return sentences.join(u' ');
}

QString SkippedEntriesNotice::details() const
{
    QStringList lines = m_details;
    if (m_count + m_repeated > m_described)
        lines.append(tr("… and %1 more.").arg(m_count + m_repeated - m_described));
    return lines.join(u'\n');
}

void SkippedEntriesNotice::describe(const QString& line)
{
    if (m_details.size() >= kMaxDetails)
        return;
    m_details.append(line);
    ++m_described;
}

void SkippedEntriesNotice::onEntriesSkipped(int pageNumber, qsizetype count, const QStringList& reasons)
{
    if (count <= 0)
        return;
    m_count += count;
    for (const QString& reason : reasons)
        describe(tr("Page %1: %2").arg(pageNumber).arg(reason));
    Q_EMIT changed();
}

void SkippedEntriesNotice::addRepeated(int pageNumber, const QStringList& ids)
{
    if (ids.isEmpty())
        return;
    m_repeated += ids.size();
    for (const QString& id : ids)
        describe(tr("Page %1: the id \"%2\" was listed before").arg(pageNumber).arg(id));
    Q_EMIT changed();
}

} // namespace Skylight
