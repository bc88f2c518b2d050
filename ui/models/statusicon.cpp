// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "models/statusicon.h"

#include "models/statusiconengine.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

QIcon statusIcon(const std::optional<QString>& status)
{
    static const QHash<QString, QString> files{
        {u"active"_s, u"active"_s},   {u"queued"_s, u"busy"_s},
        {u"saving"_s, u"busy"_s},     {u"uploading"_s, u"busy"_s},
        {u"importing"_s, u"busy"_s},  {u"deactivated"_s, u"deactivated"_s},
        {u"killed"_s, u"error"_s},    {u"error"_s, u"error"_s},
        {u"deleted"_s, u"deleted"_s}, {u"pending_delete"_s, u"deleted"_s},
    };
    static QHash<QString, QIcon> icons;
    const QString file = files.value(status.value_or(QString()).toLower(), u"unknown"_s);
    auto it = icons.find(file);
    if (it == icons.end())
        it = icons.insert(file, QIcon(new StatusIconEngine(u":/icons/status/%1.svg"_s.arg(file))));
    return *it;
}

} // namespace Skylight
