// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "image/nesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Skylight::Nesting {

namespace {
// Replaces, in place, every object or array of `value` more than `left` levels down (`value` itself
// being the first) by cutMarker(); true when anything changed. Recurses at most `left` times.
bool cut(QJsonValue& value, int left)
{
    if (!value.isObject() && !value.isArray())
        return false;
    if (left <= 0) {
        value = cutMarker();
        return true;
    }
    bool changed = false;
    if (value.isObject()) {
        // Read through const iterators: a non-const one would copy the shared object.
        QJsonObject object = value.toObject();
        QList<std::pair<QString, QJsonValue>> cutMembers;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            QJsonValue inner = it.value();
            if (cut(inner, left - 1))
                cutMembers.append({it.key(), inner});
        }
        for (const auto& [key, inner] : std::as_const(cutMembers))
            object.insert(key, inner);
        changed = !cutMembers.isEmpty();
        if (changed)
            value = object;
    } else {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue inner = array.at(i);
            if (cut(inner, left - 1)) {
                array.replace(i, inner);
                changed = true;
            }
        }
        if (changed)
            value = array;
    }
    return changed;
}
} // namespace

QString cutMarker()
{
    return u"…"_s;
}

int depth(const QJsonValue& value, int limit)
{
    if (!value.isObject() && !value.isArray())
        return 0;
    if (limit <= 0)
        return 1;
    int deepest = 0;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end() && deepest < limit; ++it)
            deepest = std::max(deepest, depth(it.value(), limit - 1));
    } else {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && deepest < limit; ++i)
            deepest = std::max(deepest, depth(array.at(i), limit - 1));
    }
    return deepest + 1;
}

QJsonValue bounded(const QJsonValue& value, int maxDepth)
{
    QJsonValue result = value;
    cut(result, maxDepth);
    return result;
}

QJsonObject bounded(const QJsonObject& object, int maxDepth)
{
    return bounded(QJsonValue(object), maxDepth).toObject();
}

QByteArray compactJson(const QJsonValue& value, int maxDepth)
{
    const QJsonValue safe = bounded(value, maxDepth);
    if (safe.isObject())
        return QJsonDocument(safe.toObject()).toJson(QJsonDocument::Compact);
    if (safe.isArray())
        return QJsonDocument(safe.toArray()).toJson(QJsonDocument::Compact);
    // A scalar: written as the only member of an array, without the brackets.
    const QByteArray text = QJsonDocument(QJsonArray{safe}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

QByteArray compactJson(const QJsonObject& object, int maxDepth)
{
    return compactJson(QJsonValue(object), maxDepth);
}

} // namespace Skylight::Nesting
