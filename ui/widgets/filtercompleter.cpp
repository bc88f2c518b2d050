// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "widgets/filtercompleter.h"

#include "image/imageschema.h"

#include <QLineEdit>
#include <QSet>
#include <QStringListModel>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

namespace {
// The keys the filter reads itself (ImageQuery); any property is a key too.
const QStringList& filterKeys()
{
    static const QStringList keys{u"name"_s,         u"status"_s,      u"visibility"_s,       u"tag"_s,
                                  u"owner"_s,        u"disk_format"_s, u"container_format"_s, u"id"_s,
                                  u"member_status"_s};
    return keys;
}

// Text from a server that reads as one plain term: printable, no space, not too long.
bool isPlainTerm(const QString& text)
{
    if (text.isEmpty() || text.size() > FilterCompleter::kMaxTextChars)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isPrint() && !c.isSpace(); });
}

// Matches no entry: what an empty last term is matched against.
const QString kNothing = u"\u0001"_s;
} // namespace

FilterCompleter::FilterCompleter(QLineEdit* edit)
    : QCompleter(edit)
    , m_edit(edit)
    , m_model(new QStringListModel(this))
{
    setObjectName(u"filterCompleter"_s);
    setModel(m_model);
    setCaseSensitivity(Qt::CaseInsensitive);
    setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(12);
    m_model->setStringList(entriesFor(ImageSchema()));
    edit->setCompleter(this);
}

QStringList FilterCompleter::entriesFor(const ImageSchema& schema)
{
    QStringList entries;
    QSet<QString> seen;
    const auto add = [&entries, &seen](const QString& entry) {
        if (entries.size() < kMaxEntries && !seen.contains(entry)) {
            seen.insert(entry);
            entries.append(entry);
        }
    };
    for (const QString& key : filterKeys())
        add(key + u':');
    for (const QString& name : schema.names()) {
        if (name.contains(u':') || !isPlainTerm(name))
            continue;
        const QStringList values = schema.enumValues(name);
        if (values.isEmpty())
            continue;
        add(name + u':');
        for (const QString& value : values) {
            if (isPlainTerm(value))
                add(name + u':' + value);
        }
    }
    std::sort(entries.begin(), entries.end(),
              [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return entries;
}

void FilterCompleter::setSchema(const ImageSchema& schema)
{
    m_model->setStringList(entriesFor(schema));
}

QStringList FilterCompleter::entries() const
{
    return m_model->stringList();
}

QStringList FilterCompleter::splitPath(const QString& path) const
{
    const QString term = path.mid(path.lastIndexOf(u' ') + 1);
    return {term.isEmpty() ? kNothing : term};
}

QString FilterCompleter::pathFromIndex(const QModelIndex& index) const
{
    const QString entry = QCompleter::pathFromIndex(index);
    const QString text = m_edit ? m_edit->text() : QString();
    return text.left(text.lastIndexOf(u' ') + 1) + entry;
}

} // namespace Skylight
