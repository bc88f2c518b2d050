#pragma once

#include "imagerecord.h"

#include <QList>
#include <QUrl>

namespace Skylight {

struct ImagePage
{
    QList<ImageRecord> images;
    QUrl next; // empty on the last page
};

} // namespace Skylight
