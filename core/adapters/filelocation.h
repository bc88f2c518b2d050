// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Skylight {

// Where an image's bytes can be fetched, with the token for that place and, in a sentence, how
// it was found ("Image API v2 file", "the image service of the image's alternate link").
struct FileLocation
{
    QUrl url;
    QByteArray token;
    QString note;
};

} // namespace Skylight
