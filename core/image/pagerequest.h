// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/listscope.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <utility>

namespace Skylight {

// One page of a listing. `next` (a link the server gave) wins over the other fields.
struct PageRequest
{
    int limit = 0; // 0: the server's default page size
    QString marker;
    QString sort; // "name:asc,created_at:desc"
    QList<std::pair<QString, QString>> filters;
    ListScope scope; // where the dialect has one (ImageAdapter::hasListScope())
    QUrl next;
    // The caller reads the page's entries one at a time (ImagePage::pending) where the dialect can
    // leave them unread: a page's records then never all exist at once.
    bool streamEntries = false;
};

} // namespace Skylight
